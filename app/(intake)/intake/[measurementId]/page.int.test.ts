import { beforeAll, describe, expect, it, vi } from 'vitest';
import { recordCoachingAgreement, seedClient } from '@/db/queries/client-test-fixtures';
import { getLatestInstrument } from '@/lib/instruments';
import { batLikeInput } from '@/lib/instruments/test-fixtures';
import { saveCustomInstrument } from '@/lib/intake/custom-instruments';
import { startMeasurement } from '@/lib/intake/service';
import { actAs, addCoach, createPractice } from '@/lib/testing/fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import IntakePage from './page';

// The page rendered outside Next, in Dutch: the server's translators and the hooks' provider from the real messages.
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));
// The form's router (it moves on to the results after completing) exists only inside Next's app router.
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ push: () => {}, replace: () => {}, refresh: () => {}, back: () => {}, prefetch: () => {} }),
}));

async function render(measurementId: string) {
  return renderPageHtml(await IntakePage({ params: Promise.resolve({ measurementId }) }));
}

describe('the live intake page', () => {
  let coach: Awaited<ReturnType<typeof addCoach>>;
  let onLeave: string;
  let working: string;
  let checkInOnLeave: string;
  let customOnLeave: string;

  beforeAll(async () => {
    const owner = await createPractice();
    coach = await addCoach(owner.practiceId);
    const start = async (values: Parameters<typeof seedClient>[2], instrumentKey = 'jdr-intake') => {
      const client = await seedClient(owner.practiceId, coach.userId, values);
      const { id } = await startMeasurement(owner.practiceId, {
        clientId: client.id,
        instrumentKey,
        administeredBy: 'coach',
        createdBy: coach.userId,
      });
      return id;
    };
    onLeave = await start({ firstName: 'Sara', lastName: 'Verlof', onSickLeave: true, sickLeaveSince: '2026-09-14' });
    working = await start({ firstName: 'Wim', lastName: 'Werkt' });
    checkInOnLeave = await start({ firstName: 'Chris', lastName: 'Verlof', onSickLeave: true, sickLeaveSince: null }, 'check-in');
    const custom = await saveCustomInstrument(owner.practiceId, coach.userId, { definition: batLikeInput() });
    if (!custom.ok) throw new Error(JSON.stringify(custom));
    customOnLeave = await start({ firstName: 'Kim', lastName: 'Verlof', onSickLeave: true, sickLeaveSince: '2026-09-14' }, custom.data.key);
  });

  it('asks about the time before the sick leave, with its date, for a client on sick leave', async () => {
    actAs(coach);
    const html = await render(onLeave);
    expect(html).toContain('Sara Verlof');
    expect(html).toContain('data-testid="reference-period"');
    expect(html).toContain('14 september 2026');
    // The intake's own period: "Denk bij het invullen aan de afgelopen drie maanden".
    expect(html).toContain('de afgelopen drie maanden’, lees ‘de laatste drie maanden dat je werkte');
  });

  it('names the check-in’s own period (two weeks), not the intake’s three months', async () => {
    actAs(coach);
    const html = await render(checkInOnLeave);
    expect(html).toContain('data-testid="reference-period"');
    expect(html).toContain('de afgelopen twee weken’, lees ‘de laatste twee weken dat je werkte');
    expect(html).not.toContain('drie maanden');
  });

  it('shows no reference period for a custom questionnaire that states none, even on sick leave', async () => {
    actAs(coach);
    const html = await render(customOnLeave);
    expect(html).toContain('Kim Verlof');
    expect(html).not.toContain('data-testid="reference-period"');
  });

  it('shows no reference period for a client at work, and the questions in Dutch', async () => {
    actAs(coach);
    const html = await render(working);
    expect(html).not.toContain('data-testid="reference-period"');
    const question = getLatestInstrument('jdr-intake')!.sections[0]!.items[0]!;
    expect(html).toContain(question.text.nl);
    expect(html).not.toContain(question.text.en);
  });

  it('says up front that the coaching agreement is missing, instead of a form whose every answer would be refused', async () => {
    actAs(coach);
    const client = await seedClient(coach.practiceId, coach.userId, { firstName: 'Ilse', lastName: 'Ingetrokken' });
    const { id } = await startMeasurement(coach.practiceId, {
      clientId: client.id,
      instrumentKey: 'check-in',
      administeredBy: 'coach',
      createdBy: coach.userId,
    });
    expect(await render(id)).toContain('data-testid="measurement-form"');
    await recordCoachingAgreement(coach.practiceId, client.id, coach.userId, 'withdrawn');
    const html = await render(id);
    expect(html).toContain('Ilse Ingetrokken');
    expect(html).toContain('data-testid="agreement-required"');
    expect(html).toContain(`href="/clients/${client.id}#consents"`);
    expect(html).not.toContain('data-testid="measurement-form"');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { seedClient, seedCompletedMeasurement } from '@/db/queries/client-test-fixtures';
import { insertCustomInstrument } from '@/db/queries/instruments';
import { jdrIntakeV2 } from '@/lib/instruments';
import { batLikeInput } from '@/lib/instruments/test-fixtures';
import { actAs, createPractice } from '@/lib/testing/fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import { archiveCustomInstrumentAction } from './actions';
import InstrumentsPage from './page';

// The page rendered outside Next, in Dutch: the server's translators and the hooks' provider from the real messages.
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ push: () => {}, replace: () => {}, refresh: () => {}, back: () => {}, prefetch: () => {} }),
}));

async function render() {
  const element = await InstrumentsPage();
  return renderPageHtml(element);
}

describe('the questionnaires page', () => {
  const replaces = 'Vervangt versie 1: metingen met die versie blijven daarmee gescoord.';

  it('lists each standard questionnaire once, in the version a coach starts; a new practice reads of no replaced version', async () => {
    const owner = await createPractice();
    actAs(owner);
    const html = await render();
    const names = [...html.matchAll(/<p class="font-semibold">([^<]+)<\/p>/g)].map((m) => m[1]);
    expect(names.filter((n) => n === jdrIntakeV2.name.nl)).toHaveLength(1);
    expect(html).toContain(`versie ${jdrIntakeV2.version}`);
    expect(html).not.toContain('Vervangt versie');
  });

  it('says which version it replaces once the practice has measurements of that version (of any client)', async () => {
    const owner = await createPractice();
    const other = await createPractice();
    // Another practice's measurements of version 1 say nothing about this one.
    await seedCompletedMeasurement(other.practiceId, (await seedClient(other.practiceId, other.userId)).id, {});
    actAs(owner);
    expect(await render()).not.toContain('Vervangt versie');
    await seedCompletedMeasurement(owner.practiceId, (await seedClient(owner.practiceId, owner.userId)).id, {});
    expect(await render()).toContain(replaces);
  });
});

describe('the questionnaires page, with archived questionnaires of its own', () => {
  const none = 'Nog geen eigen vragenlijsten';
  const onlyArchived = 'Geen actieve eigen vragenlijsten. Gearchiveerde staan hieronder.';

  it('says "none yet" only while there are none at all; with only archived ones, that they are listed below', async () => {
    const owner = await createPractice();
    actAs(owner);
    expect(await render()).toContain(none);

    const definition = { ...batLikeInput(), name: { nl: 'Oude BAT', en: '' } };
    await insertCustomInstrument(owner.practiceId, { key: 'oude-bat', version: 1, definition, createdBy: owner.userId });
    expect(await render()).not.toContain(none);

    expect(await archiveCustomInstrumentAction({ key: 'oude-bat', archived: true })).toEqual({ ok: true, data: null });
    const page = await render();
    expect(page).not.toContain(none);
    expect(page).toContain(onlyArchived);
    expect(page).toContain('<a href="/instruments/oude-bat">Oude BAT</a>');
  });

  it('heads each active row with the questionnaire’s name, which a screen reader says with the row’s archive button', async () => {
    const owner = await createPractice();
    actAs(owner);
    const definition = { ...batLikeInput(), name: { nl: 'Mijn BAT', en: '' } };
    await insertCustomInstrument(owner.practiceId, { key: 'mijn-bat', version: 1, definition, createdBy: owner.userId });
    const row = (await render()).match(/<tr class="border-b border-slate-100">(.*?)<\/tr>/s)?.[1] ?? '';
    expect(row).toMatch(/^<th scope="row"[^>]*><a class="font-medium" href="\/instruments\/mijn-bat">Mijn BAT<\/a>/);
    expect(row).toContain('Archiveren');
    // The button itself says which questionnaire it archives; an archived one's, which it restores.
    expect(row).toMatch(/<button[^>]*aria-label="Mijn BAT archiveren"[^>]*>Archiveren<\/button>/);
    expect(await archiveCustomInstrumentAction({ key: 'mijn-bat', archived: true })).toEqual({ ok: true, data: null });
    expect(await render()).toMatch(/<button[^>]*aria-label="Mijn BAT terugzetten"[^>]*>Terugzetten<\/button>/);
  });
});

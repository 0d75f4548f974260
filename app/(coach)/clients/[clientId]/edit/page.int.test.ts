import { beforeEach, describe, expect, it, vi } from 'vitest';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { setCoachVisibility } from '@/lib/intake/test-fixtures';
import { actAs, addCoach, createPractice } from '@/lib/testing/fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import EditClientPage from './page';

// The page rendered outside Next, in Dutch: the server's translators and the hooks' provider from the real messages.
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));
// The form's router exists only inside Next's app router.
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ push: () => {}, replace: () => {}, refresh: () => {}, back: () => {}, prefetch: () => {} }),
  usePathname: () => '/clients',
}));

beforeEach(() => actAs(null));

async function render(clientId: string) {
  const element = await EditClientPage({ params: Promise.resolve({ clientId }) });
  return renderPageHtml(element);
}

/** The hint under the coach field, and whether the select points to it. */
function coachHint(page: string) {
  const select = /<select [^>]*id="coachId"[^>]*>/.exec(page)?.[0] ?? '';
  return { describedBy: /aria-describedby="([^"]*)"/.exec(select)?.[1], text: /<p id="coachId-hint"[^>]*>(.*?)<\/p>/.exec(page)?.[1] };
}

// What updateClientDetails does (coach-change.int.test.ts): past sessions not yet recorded go along, overlaps are counted.
const moves =
  'Kies je een andere coach, dan gaan de sessies die nog gepland staan bij de huidige coach naar de agenda van de nieuwe coach, ' +
  'ook voorbije sessies die nog niet zijn vastgelegd: die legt de nieuwe coach vast. Overlap met de agenda van de nieuwe coach ' +
  'houdt de wissel niet tegen; de tijdlijn vermeldt hoeveel verplaatste sessies overlappen.';
const hides = 'sla je een andere coach op, dan zie je deze cliënt niet meer.';

describe('the coach field of the client edit form', () => {
  it('warns a coach who sees only their own clients that handing this one over takes it out of their sight', async () => {
    const owner = await createPractice();
    await setCoachVisibility(owner.practiceId, 'assigned');
    const coach = await addCoach(owner.practiceId);
    const client = await seedClient(owner.practiceId, coach.userId);
    actAs(coach);
    const hint = coachHint(await render(client.id));
    expect(hint.describedBy).toBe('coachId-hint');
    expect(hint.text).toContain(moves);
    expect(hint.text).toContain(hides);
    // The owner sees every client: only what happens to the sessions.
    actAs(owner);
    const owners = coachHint(await render(client.id));
    expect(owners.text).toContain(moves);
    expect(owners.text).not.toContain(hides);
  });

  it('says nothing of sight where every coach sees every client', async () => {
    const owner = await createPractice();
    const coach = await addCoach(owner.practiceId);
    const client = await seedClient(owner.practiceId, coach.userId);
    actAs(coach);
    const hint = coachHint(await render(client.id));
    expect(hint.text).toContain(moves);
    expect(hint.text).not.toContain(hides);
  });
});

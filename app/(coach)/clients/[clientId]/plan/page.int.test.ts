import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient, seedCompletedMeasurement, seedSharingClient, seenDetails, seenWording } from '@/db/queries/client-test-fixtures';
import { measurements, planItems, planShares } from '@/db/schema';
import { jdrIntakeV1 } from '@/lib/instruments';
import { allItems } from '@/lib/instruments/types';
import { scoresForStorage } from '@/lib/intake/stored-scores';
import { interventionByKey } from '@/lib/plans/library';
import { scoreMeasurement } from '@/lib/scoring/score';
import { actAs, createPractice } from '@/lib/testing/fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import { datedPlanItems, pastDueMarks } from '@/tests/dated-plan-items';
import { createPlanItemAction, createShareAction, dismissSuggestionAction, recordReleaseAction } from './actions';
import ClientPlanPage from './page';

// The page rendered outside Next, in Dutch: the server's translators and the hooks' provider from the real messages.
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));
// The plan's forms ask for Next's router, which a plain render has not mounted.
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ refresh() {}, push() {}, replace() {}, prefetch() {} }),
  usePathname: () => '/clients',
  useSearchParams: () => new URLSearchParams(),
}));

const FEEDS = 'Dit plan levert bouwstenen voor het plan van aanpak';

/** The poortwachter panel beside the plan, as text (tags dropped); null when the page has none. */
async function poortwachterPanel(clientId: string) {
  const html = await renderPageHtml(await ClientPlanPage({ params: Promise.resolve({ clientId }) }));
  lastHtml = html;
  const panel = html.match(/<section[^>]*aria-labelledby="poortwachter-title"[^>]*>([\s\S]*?)<\/section>/)?.[1];
  return (
    panel
      ?.replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() ?? null
  );
}

let lastHtml = '';

describe('the poortwachter timeline beside the plan', () => {
  it('stops counting once the trajectory is closed: the week and the steps as they stood on the closing day', async () => {
    const owner = await createPractice();
    // Closed on sick day 60 as referred elsewhere, still on sick leave.
    const client = await seedClient(owner.practiceId, owner.userId, {
      onSickLeave: true,
      sickLeaveSince: '2025-01-06',
      status: 'closed',
      closedOn: '2025-03-06',
      closeReason: 'referred',
    });
    actAs(owner);
    const panel = await poortwachterPanel(client.id);
    expect(panel).toContain('Ziek sinds 6 jan 2025 · in week 9 bij het afsluiten');
    expect(panel).toContain('Traject afgesloten op 6 mrt 2025; termijnen worden niet meer bijgehouden.');
    expect(panel).not.toMatch(/nu in week|binnenkort|komt nog|Evaluatie 1/);
    // Nor does the plan still say it feeds the plan van aanpak.
    expect(lastHtml).not.toContain(FEEDS);
  });

  it('counts on to today while the trajectory is open', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId, { onSickLeave: true, sickLeaveSince: '2025-01-06' });
    actAs(owner);
    const panel = await poortwachterPanel(client.id);
    expect(panel).toMatch(/Ziek sinds 6 jan 2025 · nu in week \d+/);
    expect(panel).not.toContain('Traject afgesloten');
    expect(lastHtml).toContain(FEEDS);
  });
});

describe('the empty plan', () => {
  it('does not tell the coach to take over a suggestion when there is no intake to suggest from', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId);
    actAs(owner);
    const html = await renderPageHtml(await ClientPlanPage({ params: Promise.resolve({ clientId: client.id }) }));
    expect(html).toContain('Nog geen actiepunten. Zonder afgeronde intake zijn er nog geen suggesties: voeg er zelf een toe.');
    expect(html).not.toContain('Neem een suggestie over');
  });
});

describe('dismissed suggestions', () => {
  it('offers to put back only those that could show again: not one taken into the plan meanwhile (another tab)', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId);
    // An intake answered in the middle of the scale throughout: one to suggest from, whose dismissals count.
    const answers = Object.fromEntries(allItems(jdrIntakeV1).map((i) => [i.key, jdrIntakeV1.scale.min + 2]));
    await seedCompletedMeasurement(owner.practiceId, client.id, scoresForStorage(scoreMeasurement(jdrIntakeV1, answers), jdrIntakeV1));
    const [m] = await getDb()
      .select({ id: measurements.id })
      .from(measurements)
      .where(and(eq(measurements.practiceId, owner.practiceId), eq(measurements.clientId, client.id)));
    actAs(owner);
    for (const suggestionKey of ['recovery_first', 'focus_time'])
      expect(await dismissSuggestionAction({ clientId: client.id, measurementId: m!.id, suggestionKey })).toMatchObject({ ok: true });
    const render = async () => renderPageHtml(await ClientPlanPage({ params: Promise.resolve({ clientId: client.id }) }));
    expect(await render()).toContain('Afgewezen suggesties tonen (2)');
    // Taken into the plan in a tab that still showed it: it cannot show as a suggestion again, so nothing to put back.
    const focus = interventionByKey('focus_time')!;
    await getDb().insert(planItems).values({
      practiceId: owner.practiceId,
      clientId: client.id,
      title: focus.title.nl,
      employerWording: focus.employerWording.nl,
      category: focus.category,
      level: focus.level,
      owner: 'client',
      source: 'focus_time',
    });
    expect(await render()).toContain('Afgewezen suggesties tonen (1)');
  });
});

describe('suggestions for the same findings', () => {
  it('say the reasons once: the next ones refer to the first', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId);
    // Heavy demands, weak work resources, the rest in the middle: the risk profile, whose rule proposes three
    // interventions for the same five findings.
    const group = new Map(jdrIntakeV1.dimensions.map((d) => [d.key, d.group]));
    const { min, max } = jdrIntakeV1.scale;
    const answers = Object.fromEntries(
      allItems(jdrIntakeV1).map((i) => {
        const g = group.get(i.dimension);
        const high = g === 'job_demands' ? !i.reverse : g === 'work_resources' ? i.reverse : null;
        return [i.key, high === null ? min + 2 : high ? max : min];
      }),
    );
    await seedCompletedMeasurement(owner.practiceId, client.id, scoresForStorage(scoreMeasurement(jdrIntakeV1, answers), jdrIntakeV1));
    actAs(owner);
    const html = await renderPageHtml(await ClientPlanPage({ params: Promise.resolve({ clientId: client.id }) }));
    const first = interventionByKey('tripartite_meeting')!.title.nl;
    const reference = `Waarom: dezelfde aanleiding als bij ‘${first}’ hierboven.`;
    // Under the second and the third of the three, not under the first, whose list of reasons stands.
    expect(html.split(reference)).toHaveLength(3);
    const cardOf = (key: string) => {
      const title = interventionByKey(key)!.title.nl;
      return html.slice(html.indexOf(`>${title}<`), html.indexOf('Overnemen', html.indexOf(`>${title}<`)));
    };
    expect(cardOf('tripartite_meeting')).toContain('Een van de zwaarste taakeisen');
    expect(cardOf('tripartite_meeting')).not.toContain(reference);
    for (const key of ['energy_balance_map', 'team_resource_scan']) {
      expect(cardOf(key)).toContain(reference);
      expect(cardOf(key)).not.toContain('Een van de zwaarste taakeisen');
    }
  });
});

describe('an item past its date', () => {
  it('is marked while it is open, not once it is done, nor before its date', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId);
    await datedPlanItems(owner.practiceId, client.id);
    actAs(owner);
    const html = await renderPageHtml(await ClientPlanPage({ params: Promise.resolve({ clientId: client.id }) }));
    const { marked, texts } = pastDueMarks(html, 'Titel ');
    expect(marked).toEqual(['Open-verlopen']);
    expect(texts).toEqual([expect.stringMatching(/^uiterlijk \d+ \w+\.? \d{4}, datum verstreken$/)]);
  });
});

describe('sharing before anything is released', () => {
  it('warns that a link made now shows an empty list, until the client has released an agreement', async () => {
    const owner = await createPractice();
    const { client } = await seedSharingClient(owner.practiceId, owner.userId, 'Zorggroep Leeg', { firstName: 'Lot' });
    actAs(owner);
    const page = async () => renderPageHtml(await ClientPlanPage({ params: Promise.resolve({ clientId: client.id }) }));
    const warning = 'Je cliënt heeft nog geen afspraak vrijgegeven: wie je nu een link stuurt, ziet een lege lijst.';
    expect(await page()).toContain(warning);
    const item = await createPlanItemAction({
      clientId: client.id,
      requestId: crypto.randomUUID(),
      title: 'Vaste stoptijd',
      description: '',
      rationale: '',
      employerWording: 'Lot stopt om 17.30 uur.',
      category: 'hindering_demands',
      level: 'person',
      owner: 'client',
      dueDate: '',
      reviewDate: '',
      dimensions: [],
      source: 'manual',
    });
    if (!item.ok) throw new Error(JSON.stringify(item));
    // An item alone is not shared: still the warning. It has no date, which the employer would miss: the plan says so.
    const withItem = await page();
    expect(withItem).toContain(warning);
    expect(withItem).toContain('Niet elk open punt met een tekst voor de werkgever heeft een datum waarop het klaar moet zijn.');
    const released = await recordReleaseAction({
      itemId: item.data.itemId,
      wording: await seenWording(item.data.itemId),
      seen: await seenDetails(item.data.itemId),
    });
    expect(released).toMatchObject({ ok: true });
    expect(await page()).not.toContain(warning);
  });
});

describe("a share link's end", () => {
  it('is said in amber once it is within a week, with what to do; not before, nor once it has expired', async () => {
    const owner = await createPractice();
    const { client, manager } = await seedSharingClient(owner.practiceId, owner.userId, 'Zorggroep Verloop', { firstName: 'Vera' });
    actAs(owner);
    const share = await createShareAction({ clientId: client.id, contactId: manager.id, sendMail: false });
    if (!share.ok) throw new Error(JSON.stringify(share));
    const page = async () => renderPageHtml(await ClientPlanPage({ params: Promise.resolve({ clientId: client.id }) }));
    const soon = 'data-testid="share-expires-soon"';
    const endsIn = (days: number) =>
      getDb()
        .update(planShares)
        .set({ expiresAt: new Date(Date.now() + days * 24 * 60 * 60 * 1000) })
        .where(and(eq(planShares.practiceId, owner.practiceId), eq(planShares.id, share.data.shareId)));
    expect(await page()).not.toContain(soon);
    await endsIn(8);
    expect(await page()).not.toContain(soon);
    await endsIn(6);
    const html = await page();
    expect(html).toContain(soon);
    expect(html).toContain('verleng de link als het plan gedeeld blijft');
    await endsIn(-1);
    expect(await page()).not.toContain(soon);
  });
});

import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient, seedCompletedMeasurement } from '@/db/queries/client-test-fixtures';
import { coachingSessions, homework, practices } from '@/db/schema';
import { TIME_ZONE } from '@/lib/i18n/locales';
import { addDays, startOfDay, todayIn } from '@/lib/sessions/zoned-time';
import { actAs, addCoach, createPractice } from '@/lib/testing/fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import DashboardPage from './page';

// The page rendered outside Next, in Dutch: the server's translators and the hooks' provider from the real messages.
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));

/** The whole page as HTML, its async parts (the poortwachter card) awaited. */
async function render() {
  return renderPageHtml(await DashboardPage());
}

const DAY = 86_400_000;

/** Sessions an hour apart from 08:00 UTC two or three days ahead: never "today", always within the next seven days. */
async function sessionsAhead(practiceId: string, coachId: string, clientId: string, count: number): Promise<Date[]> {
  const first = new Date(Math.ceil((Date.now() + 2 * DAY) / DAY) * DAY + 8 * 3_600_000);
  const starts = Array.from({ length: count }, (_, i) => new Date(first.getTime() + i * 3_600_000));
  await getDb()
    .insert(coachingSessions)
    .values(
      starts.map((startsAt) => ({
        practiceId,
        clientId,
        coachId,
        startsAt,
        durationMinutes: 45,
        kind: 'coaching' as const,
        location: 'on_site' as const,
      })),
    );
  return starts;
}

/** A card's rows (one <li> each), its count badge and its text, by its test id. */
function card(html: string, id: string) {
  const start = html.indexOf(`data-testid="dashboard-${id}"`);
  const text = html.slice(start, html.indexOf('</section>', start));
  const count = text.match(new RegExp(`data-testid="dashboard-${id}-count">([^<]*)<`))?.[1];
  return { rows: text.split('<li').length - 1, count, text };
}

/** The week card, with its closing link to the agenda. */
function weekCard(html: string) {
  const { rows, text } = card(html, 'week');
  const [, href, link] = text.match(/<a [^>]*href="(\/agenda[^"]*)"[^>]*>(.*?)<\/a>/) ?? [];
  return { rows, link, href: href?.replace(/&amp;/g, '&'), card: text };
}

/** A start time as the week card shows it, after the date: ", 09:00<". */
const clock = (date: Date) =>
  `, ${new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(date)}<`;

describe('dashboard lists', () => {
  let busy: Awaited<ReturnType<typeof addCoach>>;
  let quiet: Awaited<ReturnType<typeof addCoach>>;
  let busyStarts: Date[];

  beforeAll(async () => {
    const owner = await createPractice();
    busy = await addCoach(owner.practiceId);
    quiet = await addCoach(owner.practiceId);
    const a = await seedClient(owner.practiceId, busy.userId, { firstName: 'Bram', lastName: 'Druk' });
    const b = await seedClient(owner.practiceId, quiet.userId, { firstName: 'Rian', lastName: 'Rustig' });
    busyStarts = await sessionsAhead(owner.practiceId, busy.userId, a.id, 13);
    await sessionsAhead(owner.practiceId, quiet.userId, b.id, 3);
    // Overdue homework: 27 for the quiet coach's client, 2 for the busy coach's.
    const overdue = (clientId: string, assignedBy: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({
        practiceId: owner.practiceId,
        clientId,
        assignedBy,
        template: 'energy_diary' as const,
        dueDate: `2026-0${1 + (i % 9)}-1${i % 10}`,
      }));
    await getDb()
      .insert(homework)
      .values([...overdue(b.id, quiet.userId, 27), ...overdue(a.id, busy.userId, 2)]);
  });

  it('shows the ten soonest sessions and counts the rest under the link to the agenda', async () => {
    actAs(busy);
    const week = weekCard(await render());
    expect(week.rows).toBe(10);
    expect(week.link).toBe('Nog 3 sessies: naar de agenda');
    // To the agenda over the same seven days: from tomorrow.
    expect(week.href).toBe(`/agenda?from=${addDays(todayIn(new Date()), 1)}`);
    expect(week.card).toContain('Bram Druk');
    // The soonest first: the first and the tenth are shown, the eleventh is not.
    expect(week.card).toContain(clock(busyStarts[0]!));
    expect(week.card).toContain(clock(busyStarts[9]!));
    expect(week.card).not.toContain(clock(busyStarts[10]!));
  });

  it('shows every session when there are ten or fewer, with the plain link', async () => {
    actAs(quiet);
    const week = weekCard(await render());
    expect(week.rows).toBe(3);
    expect(week.link).toBe('Naar de agenda');
  });

  it('shows the first ten homework of a list, counts them all, and links to the full list for the rest', async () => {
    actAs(quiet);
    const many = card(await render(), 'overdue');
    expect(many.rows).toBe(10);
    expect(many.count).toBe('27');
    const [, href, link] = many.text.match(/<a data-testid="dashboard-overdue-more" href="([^"]*)">(.*?)<\/a>/) ?? [];
    expect([href?.replace(/&amp;/g, '&'), link]).toEqual([
      '/homework?list=overdue',
      'Nog 17 huiswerkopdrachten te laat: naar de hele lijst',
    ]);
    actAs(busy);
    const few = card(await render(), 'overdue');
    expect([few.rows, few.count]).toEqual([2, '2']);
    expect(few.text).not.toContain('dashboard-overdue-more');
  });
});

describe('"needs attention" on the dashboard', () => {
  it('shows the ten most pressing, counts them all, and links to the full list for the rest', async () => {
    const owner = await createPractice();
    const coach = await addCoach(owner.practiceId);
    // Eleven with one flagged dimension (names from A), one with the risk profile (named last): it comes first.
    for (let i = 0; i < 11; i++) {
      const client = await seedClient(owner.practiceId, coach.userId, { firstName: `Flag${String.fromCharCode(65 + i)}`, lastName: 'Een' });
      await seedCompletedMeasurement(owner.practiceId, client.id, { flags: [{ dimension: 'workload' }] });
    }
    const urgent = await seedClient(owner.practiceId, coach.userId, { firstName: 'Zoë', lastName: 'Zwaar' });
    await seedCompletedMeasurement(owner.practiceId, urgent.id, { profile: { key: 'high_demands_low_resources' }, burnoutHigh: true });

    actAs(coach);
    const risk = card(await render(), 'risk');
    expect(risk.rows).toBe(10);
    expect(risk.count).toBe('12');
    expect(risk.text.indexOf('Zoë Zwaar')).toBeGreaterThan(-1);
    expect(risk.text.indexOf('Zoë Zwaar')).toBeLessThan(risk.text.indexOf('FlagA Een'));
    expect(risk.text).toContain('Hoge taakeisen, weinig hulpbronnen · Hoge burn-outscore');
    expect(risk.text).not.toContain('FlagK Een');
    const [, href, link] = risk.text.match(/<a data-testid="dashboard-risk-more" href="([^"]*)">(.*?)<\/a>/) ?? [];
    expect([href, link]).toEqual(['/attention', 'Nog 2 cliënten: naar de hele lijst']);
  });

  it('has no link when every client is shown', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId, { firstName: 'Eva', lastName: 'Enkel' });
    await seedCompletedMeasurement(owner.practiceId, client.id, { burnoutHigh: true });
    actAs(owner);
    const risk = card(await render(), 'risk');
    expect([risk.rows, risk.count]).toEqual([1, '1']);
    expect(risk.text).not.toContain('dashboard-risk-more');
  });
});

describe('"getting started" on the dashboard', () => {
  const gettingStarted = (html: string) => html.includes('Zo begin je');

  it('shows while the coach sees no clients: the whole practice’s, or only their own when coaches see only those', async () => {
    const owner = await createPractice();
    const newcomer = await addCoach(owner.practiceId);
    actAs(owner);
    const first = await render();
    expect(gettingStarted(first)).toBe(true);
    // After the first client, the step that gives them the portal: where the coach finds it on the record.
    expect(first).toContain('Nodig je cliënt uit voor het portaal: ‘Aanmeldlink mailen’ op het overzicht van het dossier.');
    expect(first).toContain('Nodig collega-coaches uit via Instellingen.');
    await seedClient(owner.practiceId, owner.userId, { firstName: 'Olga', lastName: 'Eigen' });
    expect(gettingStarted(await render())).toBe(false);
    // Every coach sees every client: the practice has started, for the newcomer too.
    actAs(newcomer);
    expect(gettingStarted(await render())).toBe(false);

    await getDb().update(practices).set({ coachVisibility: 'assigned' }).where(eq(practices.id, owner.practiceId));
    // Only their own clients, and they have none yet: the card, until one is assigned to them. Without the step of
    // inviting colleagues, which only an owner can do; with the intake and the plan, the product's core.
    const coachCard = await render();
    expect(gettingStarted(coachCard)).toBe(true);
    expect(coachCard).not.toContain('Nodig collega-coaches uit via Instellingen.');
    expect(coachCard).toContain('Neem samen met je cliënt de JD-R-intake af');
    expect(coachCard).toContain('Stel op het tabblad Plan het actieplan op');
    await seedClient(owner.practiceId, newcomer.userId, { firstName: 'Nina', lastName: 'Nieuw' });
    expect(gettingStarted(await render())).toBe(false);
    // The owner sees every client, whatever the rule.
    actAs(owner);
    expect(gettingStarted(await render())).toBe(false);
  });
});

describe('poortwachter steps on the dashboard', () => {
  it('gives a step the date it is due by, and the end of wage continuation the date it ends on', async () => {
    const owner = await createPractice();
    const today = todayIn(new Date());
    // Sick day 728, the last of week 104, a week from today; review 16 of the plan van aanpak falls on it too.
    const ends = addDays(today, 7);
    await seedClient(owner.practiceId, owner.userId, {
      firstName: 'Sara',
      lastName: 'Langdurig',
      onSickLeave: true,
      sickLeaveSince: addDays(ends, -727),
    });
    actAs(owner);
    const rows = [...card(await render(), 'poortwachter').text.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map(([, li]) =>
      li!
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    const day = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, day: 'numeric', month: 'short' }).format(
      new Date(`${ends}T12:00:00Z`),
    );
    // First what passed without being recorded as taken (the coach finds out whether it happened), oldest first.
    expect(rows.map((r) => r.replace(/ verstreken op .*$/, ' verstreken'))).toEqual([
      'Sara Langdurig Probleemanalyse door de bedrijfsarts verstreken',
      'Sara Langdurig Plan van aanpak door werkgever en werknemer verstreken',
      'Sara Langdurig Ziekmelding bij UWV door de werkgever (42e-weeksmelding) verstreken',
      'Sara Langdurig Eerstejaarsevaluatie (daarna besluit over het tweede spoor) verstreken',
      'Sara Langdurig WIA-aanvraag door de werknemer, met het re-integratieverslag verstreken',
      'Sara Langdurig Evaluatie 15 van het plan van aanpak verstreken',
      `Sara Langdurig Einde loondoorbetaling bij ziekte (104 weken) op ${day}`,
      `Sara Langdurig Evaluatie 16 van het plan van aanpak uiterlijk ${day}`,
    ]);
    const analysisDue = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, day: 'numeric', month: 'short' }).format(
      new Date(`${addDays(ends, -727 + 41)}T12:00:00Z`),
    );
    expect(rows[0]).toBe(`Sara Langdurig Probleemanalyse door de bedrijfsarts verstreken op ${analysisDue}`);
  });
});

describe('today’s sessions on the dashboard', () => {
  it('shows a planned session that has started as "to be marked", and one still to come without a badge', async () => {
    const owner = await createPractice();
    const started = await seedClient(owner.practiceId, owner.userId, { firstName: 'Pim', lastName: 'Verleden' });
    const coming = await seedClient(owner.practiceId, owner.userId, { firstName: 'Toos', lastName: 'Straks' });
    const now = Date.now();
    // Today before now (today's card starts at midnight), and later today when there is room, else tomorrow (the week card).
    const today = todayIn(new Date(now));
    const before = new Date(Math.max(now - 60_000, startOfDay(today).getTime()));
    const after = new Date(now + 60 * 60_000);
    const session = (clientId: string, startsAt: Date) => ({
      practiceId: owner.practiceId,
      clientId,
      coachId: owner.userId,
      startsAt,
      durationMinutes: 45,
      kind: 'coaching' as const,
      location: 'on_site' as const,
    });
    await getDb()
      .insert(coachingSessions)
      .values([session(started.id, before), session(coming.id, after)]);
    actAs(owner);
    const html = await render();
    const rows = [...html.matchAll(/<li class="flex flex-wrap items-baseline[^>]*>([\s\S]*?)<\/li>/g)].map(([, li]) => li!);
    const row = (name: string) => rows.find((li) => li.includes(name)) ?? '';
    expect(card(html, 'today').text).toContain('Pim Verleden');
    expect(row('Pim Verleden')).toContain('Nog vastleggen');
    expect(row('Toos Straks')).toContain('Toos Straks');
    expect(row('Toos Straks')).not.toContain('Nog vastleggen');
    expect(row('Toos Straks')).not.toContain('Gepland');
  });
});

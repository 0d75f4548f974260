/**
 * The benchmark's practices. Both start from the demo practice (scripts/seed-demo.ts), so the pages measured show the
 * same demo clients at both sizes; the large one then gets a practice's worth of history in bulk, written by
 * PostgreSQL itself (insert … select from generate_series): 8 coaches, 2,000 clients, 10,000 completed measurements
 * with stored scores and index points as completion writes them (computed here with the app's scoring functions),
 * 40,000 sessions, 20,000 plan items and 5,000 submitted homework, spread over two years.
 */
import { randomBytes } from 'node:crypto';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from '@/db/schema';
import { newLinkToken } from '@/lib/accounts/links';
import { hashToken } from '@/lib/auth/tokens';
import { CONSENT_TEXT_VERSIONS } from '@/lib/caseload/consent-state';
import { CLIENT_STATUSES } from '@/lib/caseload/constants';
import { allItems, jdrIntakeV1 } from '@/lib/instruments';
import { scoringAnswers } from '@/lib/intake/answers';
import { attentionSummary, indexPointsForStorage, scoresForStorage } from '@/lib/intake/stored-scores';
import { PLAN_CATEGORIES, PLAN_LEVELS, PLAN_OWNERS, PLAN_STATUSES } from '@/lib/plans/types';
import { scoreMeasurement } from '@/lib/scoring/score';
import { SCORING_RULES_VERSION } from '@/lib/scoring/version';
import { SESSION_KINDS, SESSION_LOCATIONS } from '@/lib/sessions/kinds';
import { DEMO_LOGIN, seedDemoIfEmpty } from '@/scripts/seed-demo';

export const LARGE = { coaches: 8, clients: 2000, measurements: 10_000, sessions: 40_000, planItems: 20_000, homework: 5000 };
export const SMOKE_LARGE = { coaches: 3, clients: 40, measurements: 80, sessions: 200, planItems: 100, homework: 40 };
export type Size = typeof LARGE;

/** What the benchmark opens: the demo owner, a demo client with history, an intake in progress, portal homework, a share. */
export type Fixture = {
  practiceId: string;
  coach: { id: string; name: string; email: string; role: 'owner' | 'coach' };
  clientId: string;
  measurementId: string;
  resultsMeasurementId: string;
  itemKeys: string[];
  homeworkId: string;
  portalCookie: string;
  shareToken: string;
  lastClientPage: number;
};

const pgArray = (values: readonly string[]) => `{${values.map((v) => `"${v}"`).join(',')}}`;

/** Seeds the demo practice and, with `size`, the bulk history; returns what the requests need. */
export async function seedPractice(databaseUrl: string, size: Size | null): Promise<Fixture> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await seedDemoIfEmpty(drizzle(sql, { schema }));
    const [owner] = await sql<{ id: string; name: string; email: string; practice_id: string; password_hash: string }[]>`
      select id, name, email, practice_id, password_hash from users where email = ${DEMO_LOGIN.email}`;
    const practiceId = owner!.practice_id;
    if (size) await seedBulk(sql, practiceId, owner!.password_hash, size);
    return await fixture(sql, practiceId, { id: owner!.id, name: owner!.name, email: owner!.email, role: 'owner' });
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Score patterns: answers drawn once per pattern and scored by the app's own functions, as completion stores them. */
function scorePatterns(count: number) {
  const items = allItems(jdrIntakeV1);
  const { min, max } = jdrIntakeV1.scale;
  let seed = 42;
  // A fixed-seed generator: every run stores the same scores.
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  return Array.from({ length: count }, () => {
    const tilt = rand();
    const answers = Object.fromEntries(
      items.map((item) => [
        item.key,
        { value: Math.max(min, Math.min(max, Math.round(min + (max - min) * (tilt * 0.6 + rand() * 0.4)))), text: null, note: null },
      ]),
    );
    const scores = scoreMeasurement(jdrIntakeV1, scoringAnswers(answers));
    return { scores: scoresForStorage(scores, jdrIntakeV1), points: indexPointsForStorage(jdrIntakeV1, scores) };
  });
}

async function seedBulk(sql: postgres.Sql, practiceId: string, passwordHash: string, size: Size) {
  const existing = await sql<{ id: string }[]>`select id from users where practice_id = ${practiceId} order by created_at`;
  const extra = Math.max(0, size.coaches - existing.length);
  const added = extra
    ? await sql<{ id: string }[]>`
        insert into users (practice_id, email, name, password_hash, role)
        select ${practiceId}, 'coach-' || i || '@bench.test', 'Coach ' || i, ${passwordHash}, 'coach' from generate_series(1, ${extra}) i
        returning id`
    : [];
  const coaches = pgArray([...existing, ...added].map((u) => u.id));
  const firstNames = pgArray([
    'Anna',
    'Bas',
    'Citlali',
    'Daan',
    'Eva',
    'Fleur',
    'Gijs',
    'Hanna',
    'Iris',
    'Joost',
    'Kim',
    'Lars',
    'Mila',
    'Noor',
    'Omar',
    'Pien',
  ]);
  const lastNames = pgArray([
    'de Jong',
    'Jansen',
    'de Vries',
    'van den Berg',
    'Bakker',
    'Visser',
    'Smit',
    'Meijer',
    'Mulder',
    'Bos',
    'Vos',
    'Peters',
  ]);
  await sql.begin(async (tx) => {
    await tx`
      insert into clients (practice_id, first_name, last_name, email, coach_id, status, start_date, created_at)
      select ${practiceId}, (${firstNames}::text[])[1 + i % 16], (${lastNames}::text[])[1 + (i * 7) % 12] || ' ' || i, 'client-' || i || '@bench.test',
             (${coaches}::uuid[])[1 + i % ${size.coaches}], (${pgArray(CLIENT_STATUSES)}::text[])[1 + (i * 3) % ${CLIENT_STATUSES.length}],
             current_date - (i * 37) % 730, now() - ((i * 37) % 730) * interval '1 day'
      from generate_series(1, ${size.clients}) i`;
    await tx`create temp table bench_clients on commit drop as
      select id, coach_id, row_number() over (order by id) as n from clients where practice_id = ${practiceId} and email like '%@bench.test'`;
    const patterns = scorePatterns(24);
    await tx`create temp table bench_patterns (n int, scores jsonb, points jsonb, attention jsonb) on commit drop`;
    // The attention summary as completion writes it beside the scores (markCompleted).
    const json = JSON.stringify(patterns.map((p, n) => ({ n, scores: p.scores, points: p.points, attention: attentionSummary(p.scores) })));
    await tx`insert into bench_patterns select (e->>'n')::int, e->'scores', e->'points', e->'attention' from jsonb_array_elements(${json}::jsonb) e`;
    await tx`
      insert into measurements (practice_id, client_id, instrument_key, instrument_version, administered_by, status, scores,
        attention_risk_sets, attention_burnout, attention_flags, created_by, started_at, completed_at, scoring_version)
      select ${practiceId}, c.id, ${jdrIntakeV1.key}, ${jdrIntakeV1.version}, 'coach', 'completed', p.scores,
             array(select jsonb_array_elements_text(p.attention->'attentionRiskSets')), (p.attention->>'attentionBurnout')::boolean,
             (p.attention->>'attentionFlags')::smallint, c.coach_id,
             now() - ((i * 13) % 730) * interval '1 day' - interval '1 hour', now() - ((i * 13) % 730) * interval '1 day',
             ${SCORING_RULES_VERSION}
      from generate_series(1, ${size.measurements}) i
      join bench_clients c on c.n = 1 + i % ${size.clients}
      join bench_patterns p on p.n = i % 24`;
    await tx`
      insert into measurement_index_points (practice_id, measurement_id, component_set, client_id, instrument_key, components, completed_at, demands, resources)
      select m.practice_id, m.id, pt->>'componentSet', m.client_id, m.instrument_key, pt->>'components', m.completed_at,
             (pt->>'demands')::float8, (pt->>'resources')::float8
      from measurements m join bench_clients c on c.id = m.client_id join bench_patterns p on p.scores = m.scores
      cross join lateral jsonb_array_elements(p.points) pt
      where m.practice_id = ${practiceId}
      on conflict do nothing`;
    // Two years back and a month ahead: the past held (some cancelled or missed), the future planned.
    await tx`
      insert into coaching_sessions (practice_id, client_id, coach_id, starts_at, duration_minutes, kind, location, status)
      select ${practiceId}, c.id, c.coach_id, t, 60, (${pgArray(SESSION_KINDS)}::text[])[1 + i % ${SESSION_KINDS.length}],
             (${pgArray(SESSION_LOCATIONS)}::text[])[1 + (i / 3) % ${SESSION_LOCATIONS.length}],
             case when t > now() then 'planned' when i % 17 = 0 then 'cancelled' when i % 23 = 0 then 'no_show' else 'held' end
      from generate_series(1, ${size.sessions}) i
      join bench_clients c on c.n = 1 + i % ${size.clients}
      cross join lateral (select date_trunc('hour', now()) - ((i * 7919) % (760 * 24) - 30 * 24) * interval '1 hour' as t) s`;
    await tx`
      insert into plan_items (practice_id, client_id, title, description, employer_wording, category, level, owner, status, due_date, position, created_by)
      select ${practiceId}, c.id, 'Afspraak ' || i, 'Wat we afspreken en waarom.', case when i % 2 = 0 then 'Samen afgesproken.' end,
             (${pgArray(PLAN_CATEGORIES)}::text[])[1 + i % ${PLAN_CATEGORIES.length}], (${pgArray(PLAN_LEVELS)}::text[])[1 + i % ${PLAN_LEVELS.length}],
             (${pgArray(PLAN_OWNERS)}::text[])[1 + i % ${PLAN_OWNERS.length}], (${pgArray(PLAN_STATUSES)}::text[])[1 + (i / 7) % ${PLAN_STATUSES.length}],
             current_date - (i % 700) + 30, i / ${size.clients}, c.coach_id
      from generate_series(1, ${size.planItems}) i
      join bench_clients c on c.n = 1 + i % ${size.clients}`;
    await tx`
      insert into homework (practice_id, client_id, template, due_date, status, assigned_by, assigned_at, submitted_at, seen_at)
      select ${practiceId}, c.id, 'energy_diary', current_date - (i % 720), 'submitted', c.coach_id,
             now() - ((i % 720) + 7) * interval '1 day', now() - (i % 720) * interval '1 day',
             case when i % 5 = 0 then null else now() - (i % 720) * interval '1 day' end
      from generate_series(1, ${size.homework}) i
      join bench_clients c on c.n = 1 + i % ${size.clients}`;
  });
  // Statistics and the visibility map, as autovacuum leaves a practice's tables (index-only scans rely on the map).
  await sql`vacuum analyze`;
}

/**
 * The demo records the requests open, plus a portal session and a share with tokens the benchmark knows. The share is
 * for the client whose plan has released items (the demo's Anouk): two demo clients have as many measurements, and the
 * tie went by their random ids, so a run could time a share page with nothing on it (2 statements instead of 6).
 */
async function fixture(sql: postgres.Sql, practiceId: string, coach: Fixture['coach']): Promise<Fixture> {
  const [open] = await sql<{ id: string; client_id: string }[]>`
    select id, client_id from measurements where practice_id = ${practiceId} and status = 'in_progress' order by started_at limit 1`;
  const [withHistory] = await sql<{ id: string; employer_id: string; manager_contact_id: string }[]>`
    select c.id, c.employer_id, c.manager_contact_id from clients c
    where c.practice_id = ${practiceId} and c.manager_contact_id is not null and c.archived_at is null and c.status <> 'closed'
      and c.email not like '%@bench.test'
    order by (select count(*) from plan_releases r where r.practice_id = c.practice_id and r.client_id = c.id and r.withdrawn_at is null) desc,
      (select count(*) from measurements m where m.practice_id = c.practice_id and m.client_id = c.id and m.status = 'completed') desc, c.id
    limit 1`;
  if (!open || !withHistory) throw new Error('The demo seed has no intake in progress or no client with a manager');
  const [done] = await sql<{ id: string }[]>`
    select id from measurements where practice_id = ${practiceId} and client_id = ${withHistory.id} and status = 'completed' order by completed_at desc limit 1`;
  if (!done) throw new Error('The demo client with a manager has no completed measurement');
  const dueDate = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const [hw] = await sql<{ id: string }[]>`
    insert into homework (practice_id, client_id, template, due_date, assigned_by)
    values (${practiceId}, ${withHistory.id}, 'energy_diary', ${dueDate}, ${coach.id}) returning id`;
  const portal = newLinkToken(practiceId);
  await sql`insert into portal_sessions (practice_id, client_id, token_hash, expires_at)
    values (${practiceId}, ${withHistory.id}, ${portal.tokenHash}, ${new Date(Date.now() + 86_400_000).toISOString()})`;
  // The share page answers only while the client consents to sharing with the employer (lib/share/guard.ts).
  await sql`insert into consents (practice_id, client_id, kind, action, text_version, recorded_by)
    values (${practiceId}, ${withHistory.id}, 'employer_sharing', 'given', ${CONSENT_TEXT_VERSIONS.employer_sharing}, ${coach.id})`;
  const shareToken = randomBytes(32).toString('base64url');
  await sql`insert into plan_shares (practice_id, client_id, employer_id, contact_id, token_hash, expires_at, created_by)
    values (${practiceId}, ${withHistory.id}, ${withHistory.employer_id}, ${withHistory.manager_contact_id}, ${hashToken(shareToken)},
            ${new Date(Date.now() + 86_400_000).toISOString()}, ${coach.id})`;
  const [count] = await sql<
    { n: number }[]
  >`select count(*)::int as n from clients where practice_id = ${practiceId} and archived_at is null`;
  const n = count?.n ?? 0;
  return {
    practiceId,
    coach,
    clientId: withHistory.id,
    measurementId: open.id,
    resultsMeasurementId: done.id,
    itemKeys: allItems(jdrIntakeV1).map((item) => item.key),
    homeworkId: hw!.id,
    portalCookie: `portal_session=${portal.token}`,
    shareToken,
    lastClientPage: n,
  };
}

import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { assignHomeworkAction } from '@/app/(coach)/clients/[clientId]/homework/actions';
import { startMeasurementAction } from '@/app/(coach)/clients/[clientId]/measurements/actions';
import { createPlanItemAction, createShareAction, revokeShareAction } from '@/app/(coach)/clients/[clientId]/plan/actions';
import { planSessionAction } from '@/app/(coach)/clients/[clientId]/sessions/actions';
import { releasePlanItemAction } from '@/app/portal/plan/actions';
import { getDb } from '@/db/client';
import { seedClient, seedEmployer, seenDetails, seenWording } from '@/db/queries/client-test-fixtures';
import { coachingSessions, employerContacts, homework, measurements, planShares, practices } from '@/db/schema';
import { actAsPortalClient } from '@/lib/portal/testing';
import { addDays, todayIn } from '@/lib/sessions/zoned-time';
import { actAs, addCoach, createPractice } from '@/lib/testing/fixtures';
import { cookieJar } from '@/lib/testing/next-headers-mock';

/**
 * The seeded world of the authorization matrix and the fuzz tests: two practices, each with a client that has
 * a measurement, a session, homework, a released plan item and a share link. Practice A shows coaches only their
 * assigned clients, so A's second coach is "the same practice, not assigned".
 */
export type Side = Awaited<ReturnType<typeof seedSide>>;
export type World = { a: Side; b: Side };

type Claims = Awaited<ReturnType<typeof createPractice>>;

function must<T>(result: { ok: true; data: T } | { ok: false }, what: string): T {
  if (!result.ok) throw new Error(`${what} failed while seeding: ${JSON.stringify(result)}`);
  return result.data;
}

const tokenOf = (url: string) => url.split('/share/')[1]!;

async function shareFor(clientId: string, contactId: string) {
  const data = must(await createShareAction({ clientId, contactId, sendMail: false }), 'share');
  return { shareId: data.shareId as string, token: tokenOf(data.url as string), contactId };
}

async function hrContact(practiceId: string, employerId: string, name: string) {
  const [row] = await getDb()
    .insert(employerContacts)
    .values({ practiceId, employerId, name, role: 'hr', email: `${name}@werkgever.test` })
    .returning();
  return row!;
}

export async function seedSide(name: string) {
  const db = getDb();
  const owner: Claims = await createPractice(name);
  const practiceId = owner.practiceId;
  const coach = await addCoach(practiceId);
  const unassigned = await addCoach(practiceId);
  const { employer, manager } = await seedEmployer(practiceId);
  const client = await seedClient(practiceId, coach.userId, { employerId: employer.id, managerContactId: manager.id }, { sharing: true });
  const client2 = await seedClient(practiceId, coach.userId, { firstName: 'Tweede' });
  actAs(coach);
  must(await startMeasurementAction({ clientId: client.id, instrumentKey: 'jdr-intake' }), 'measurement');
  const [measurement] = await db
    .select()
    .from(measurements)
    .where(and(eq(measurements.practiceId, practiceId), eq(measurements.clientId, client.id)));
  const date = addDays(todayIn(), 10);
  must(
    await planSessionAction({
      requestId: randomUUID(),
      clientId: client.id,
      date,
      startTime: '10:00',
      endTime: '11:00',
      kind: 'coaching',
      location: 'video',
      repeat: 'none',
      count: 1,
      allowOverlap: true,
    }),
    'session',
  );
  const [session] = await db
    .select()
    .from(coachingSessions)
    .where(and(eq(coachingSessions.practiceId, practiceId), eq(coachingSessions.clientId, client.id)));
  must(
    await assignHomeworkAction({
      requestId: randomUUID(),
      clientId: client.id,
      template: 'energy_diary',
      instrumentKey: '',
      dueDate: addDays(todayIn(), 7),
      message: '',
    }),
    'homework',
  );
  must(
    await assignHomeworkAction({
      requestId: randomUUID(),
      clientId: client.id,
      template: 'measure_again',
      instrumentKey: 'check-in',
      dueDate: addDays(todayIn(), 7),
      message: '',
    }),
    'homework',
  );
  const hws = await db
    .select()
    .from(homework)
    .where(and(eq(homework.practiceId, practiceId), eq(homework.clientId, client.id)));
  const hw = hws.find((h) => h.template === 'energy_diary');
  const measureHw = hws.find((h) => h.template === 'measure_again');
  const item = must(
    await createPlanItemAction({
      clientId: client.id,
      requestId: randomUUID(),
      title: 'Werkdruk herverdelen',
      description: '',
      employerWording: 'Maandelijks overleg over prioriteiten.',
      rationale: '',
      category: 'hindering_demands',
      level: 'team',
      owner: 'manager',
      dueDate: '',
      reviewDate: '',
      dimensions: [],
      source: 'manual',
    }),
    'plan item',
  ) as { itemId?: string; id?: string };
  const itemId = (item.itemId ?? item.id)!;
  actAs(null);
  await actAsPortalClient(client);
  must(await releasePlanItemAction({ itemId: itemId, wording: await seenWording(itemId), seen: await seenDetails(itemId) }), 'release');
  cookieJar.clear();
  actAs(coach);
  const share = await shareFor(client.id, manager.id);
  const expired = await shareFor(client.id, (await hrContact(practiceId, employer.id, 'hr-expired')).id);
  const revoked = await shareFor(client.id, (await hrContact(practiceId, employer.id, 'hr-revoked')).id);
  must(await revokeShareAction({ shareId: revoked.shareId }), 'revoke');
  await db
    .update(planShares)
    .set({ expiresAt: new Date(Date.now() - 1000) })
    .where(and(eq(planShares.practiceId, practiceId), eq(planShares.id, expired.shareId)));
  actAs(null);
  return {
    practiceId,
    owner,
    coach,
    unassigned,
    employer,
    manager,
    client,
    client2,
    measurementId: measurement!.id,
    sessionId: session!.id,
    homeworkId: hw!.id,
    measureHomeworkId: measureHw!.id,
    itemId,
    share,
    expired,
    revoked,
  };
}

/** A 1×1 PNG: the share page's logo route has something to answer with. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

export async function seedWorld(): Promise<World> {
  const a = await seedSide('Praktijk A');
  const b = await seedSide('Praktijk B');
  await getDb()
    .update(practices)
    .set({ coachVisibility: 'assigned', logo: PNG, logoMime: 'image/png' })
    .where(eq(practices.id, a.practiceId));
  await getDb().update(practices).set({ logo: PNG, logoMime: 'image/png' }).where(eq(practices.id, b.practiceId));
  return { a, b };
}

let countQuery: string | undefined;

/**
 * Every table's row count (tables from information_schema, one query), to prove a refused call wrote nothing: nothing but
 * the audit entry of a refused owner-only step (ASVS 7.2.2, lib/auth/guards.ts), which is the refusal's own record.
 */
export async function rowCounts(): Promise<Record<string, number>> {
  const db = getDb();
  if (!countQuery) {
    const tables = (await db.execute(
      sql.raw(
        `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
      ),
    )) as unknown as { table_name: string }[];
    const counted = (t: string) => (t === 'audit_log' ? `count(*) filter (where action <> 'auth.access_refused')` : 'count(*)');
    countQuery = tables.map(({ table_name: t }) => `select '${t}' as t, ${counted(t)}::int as n from "${t}"`).join(' union all ');
  }
  const rows = (await db.execute(sql.raw(countQuery))) as unknown as { t: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}

import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { renewCalendarFeedAction } from '@/app/(coach)/agenda/actions';
import { GET as calendarFeed } from '@/app/api/calendar/[token]/route';
import { getDb } from '@/db/client';
import { clientRow, seedClient, timelineKinds } from '@/db/queries/client-test-fixtures';
import { listCoachSessions } from '@/db/queries/sessions';
import { coachingSessions, practices } from '@/db/schema';
import { addDays, todayIn, utcToZoned, zonedToUtc } from '@/lib/sessions/zoned-time';
import { actAs, addCoach, auditFor, createPractice } from '@/lib/testing/fixtures';
import { moveSessionAction, setSessionStatusAction } from './[clientId]/sessions/actions';
import { createClientAction, updateClientAction } from './actions';

beforeEach(() => actAs(null));

const DAY = 86_400_000;

/** The client as seeded below: the edit form sends this back, with what the owner changed. */
const form = (clientId: string, version: number, coachId: string, extra: Record<string, unknown> = {}) => ({
  clientId,
  version,
  firstName: 'Eva',
  lastName: 'Smit',
  email: 'eva.smit@example.test',
  phone: '',
  jobTitle: 'Teamleider',
  employerId: '',
  managerContactId: '',
  coachId,
  startDate: '2026-01-12',
  referralRoute: 'self' as const,
  locale: 'nl' as const,
  onSickLeave: false,
  sickLeaveSince: '',
  notes: '',
  ...extra,
});

/** The new-client form, filled in as above, for another person with `coachId` as their coach. */
function newForm(coachId: string, email: string) {
  const { clientId: _clientId, version: _version, ...fields } = form('', 0, coachId, { email });
  return { ...fields, requestId: randomUUID() };
}

async function feedUrl(coach: Awaited<ReturnType<typeof addCoach>>) {
  actAs(coach);
  const result = await renewCalendarFeedAction({});
  if (!result.ok) throw new Error(result.error);
  return result.data.url;
}

/** The events in a coach's calendar feed: UID, SEQUENCE and STATUS. */
async function feedEvents(url: string) {
  const token = new URL(url).pathname.replace('/api/calendar/', '');
  const response = await calendarFeed(new Request(url), { params: Promise.resolve({ token }) });
  expect(response.status).toBe(200);
  return new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents('vevent').map((v) => ({
    uid: String(v.getFirstPropertyValue('uid')),
    sequence: Number(v.getFirstPropertyValue('sequence')),
    status: String(v.getFirstPropertyValue('status')),
  }));
}

/** A coach's agenda as the page reads it under "only assigned clients" (the setup's choice). */
const agenda = (practiceId: string, coachId: string) =>
  listCoachSessions(practiceId, coachId, coachId, { from: new Date(Date.now() - 30 * DAY), until: new Date(Date.now() + 60 * DAY) });
const agendaIds = async (practiceId: string, coachId: string) => (await agenda(practiceId, coachId)).map((s) => s.id);

async function setup() {
  const owner = await createPractice();
  // Coaches see only their own clients: a session left with the old coach would be a dead link in their agenda.
  await getDb().update(practices).set({ coachVisibility: 'assigned' }).where(eq(practices.id, owner.practiceId));
  const a = await addCoach(owner.practiceId);
  const b = await addCoach(owner.practiceId);
  const client = await seedClient(owner.practiceId, a.userId, {
    email: 'eva.smit@example.test',
    jobTitle: 'Teamleider',
    startDate: '2026-01-12',
    referralRoute: 'self',
  });
  const session = (coachId: string, inDays: number, status: 'planned' | 'cancelled' = 'planned') => ({
    practiceId: owner.practiceId,
    clientId: client.id,
    coachId,
    startsAt: new Date(Date.now() + inDays * DAY),
    durationMinutes: 60,
    kind: 'coaching' as const,
    location: 'on_site' as const,
    status,
  });
  const [past, next, later, cancelled, owners] = await getDb()
    .insert(coachingSessions)
    .values([
      session(a.userId, -2),
      session(a.userId, 7),
      session(a.userId, 14),
      session(a.userId, 10, 'cancelled'),
      // The owner's own three-way meeting with the client, in the owner's agenda: not the outgoing coach's to hand over.
      { ...session(owner.userId, 9), kind: 'tripartite' as const },
    ])
    .returning({ id: coachingSessions.id });
  return { owner, a, b, client, ids: { past: past!.id, next: next!.id, later: later!.id, cancelled: cancelled!.id, owners: owners!.id } };
}

async function sessionRows(ids: string[]) {
  const rows = await getDb()
    .select({ id: coachingSessions.id, coachId: coachingSessions.coachId, version: coachingSessions.version })
    .from(coachingSessions)
    .where(inArray(coachingSessions.id, ids));
  return Object.fromEntries(rows.map((r) => [r.id, { coachId: r.coachId, version: r.version }]));
}

describe('another coach for a client', () => {
  it('hands the planned sessions to the new coach, past ones to record too: agenda, feed, timeline and audit follow', async () => {
    const { owner, a, b, client, ids } = await setup();
    const urlA = await feedUrl(a);
    const urlB = await feedUrl(b);
    const all = Object.values(ids);
    expect(await agendaIds(owner.practiceId, a.userId)).toEqual([ids.past, ids.next, ids.cancelled, ids.later]);

    // A plain edit keeps the coach and moves nothing.
    actAs(owner);
    expect(await updateClientAction(form(client.id, 1, a.userId, { notes: 'Start na de zomer' }))).toEqual({
      ok: true,
      data: { version: 2, visible: true },
    });
    expect(Object.values(await sessionRows(all))).toEqual([
      { coachId: a.userId, version: 1 },
      { coachId: a.userId, version: 1 },
      { coachId: a.userId, version: 1 },
      { coachId: a.userId, version: 1 },
      { coachId: owner.userId, version: 1 },
    ]);
    expect(await timelineKinds(owner.practiceId, client.id)).toEqual([{ kind: 'client.updated', data: { count: 1 } }]);

    // The owner gives the client to coach B, and still sees them (the owner sees every client).
    expect(await updateClientAction(form(client.id, 2, b.userId, { notes: 'Start na de zomer' }))).toEqual({
      ok: true,
      data: { version: 3, visible: true },
    });
    expect((await clientRow(owner.practiceId, client.id))!.coachId).toBe(b.userId);
    expect(await sessionRows(all)).toEqual({
      // Held two days ago but not yet recorded: A can no longer open the client, B can record it.
      [ids.past]: { coachId: b.userId, version: 2 },
      [ids.next]: { coachId: b.userId, version: 2 },
      [ids.later]: { coachId: b.userId, version: 2 },
      [ids.cancelled]: { coachId: a.userId, version: 1 },
      [ids.owners]: { coachId: owner.userId, version: 1 },
    });

    // The agenda (and the dashboard, which reads the same) of each coach.
    expect(await agendaIds(owner.practiceId, a.userId)).toEqual([ids.cancelled]);
    expect(await agendaIds(owner.practiceId, b.userId)).toEqual([ids.past, ids.next, ids.later]);
    // What stayed in A's agenda is A's own hour; the client's record is B's now: initials, and no link (a dead one before).
    expect((await agenda(owner.practiceId, a.userId)).map((s) => [s.clientName, s.reachable])).toEqual([['ES', false]]);
    expect((await agenda(owner.practiceId, b.userId)).map((s) => [s.clientName, s.reachable])).toEqual([
      ['Eva Smit', true],
      ['Eva Smit', true],
      ['Eva Smit', true],
    ]);

    // The calendar feeds: A's feed tells A's calendar that the sessions to come are cancelled there (same UID, a higher
    // SEQUENCE); the past one, held or not, is not called cancelled. B's feed has all three.
    const uid = (id: string) => `${id}@balanspunt`;
    const byUid = (x: { uid: string }, y: { uid: string }) => x.uid.localeCompare(y.uid);
    expect((await feedEvents(urlA)).sort(byUid)).toEqual(
      [
        { uid: uid(ids.cancelled), sequence: 0, status: 'CANCELLED' },
        { uid: uid(ids.next), sequence: 1, status: 'CANCELLED' },
        { uid: uid(ids.later), sequence: 1, status: 'CANCELLED' },
      ].sort(byUid),
    );
    expect((await feedEvents(urlB)).sort(byUid)).toEqual(
      [
        { uid: uid(ids.past), sequence: 1, status: 'CONFIRMED' },
        { uid: uid(ids.next), sequence: 1, status: 'CONFIRMED' },
        { uid: uid(ids.later), sequence: 1, status: 'CONFIRMED' },
      ].sort(byUid),
    );

    // One line for the new coach and one for the sessions that went along; no "details updated" for the coach alone.
    const lines = (await timelineKinds(owner.practiceId, client.id)).slice(1);
    expect(lines).toEqual(
      expect.arrayContaining([
        { kind: 'client.coach_changed', data: {} },
        { kind: 'client.sessions_reassigned', data: { count: 3 } },
      ]),
    );
    expect(lines).toHaveLength(2);

    const entries = (await auditFor(owner.practiceId)).filter((e) => /^(client|session)\./.test(e.action));
    expect(entries.map((e) => e.action).sort()).toEqual([
      'client.updated',
      'client.updated',
      'session.reassigned',
      'session.reassigned',
      'session.reassigned',
    ]);
    expect(
      entries.find((e) => e.action === 'client.updated' && (e.metadata as { fields: string[] }).fields.includes('coachId'))?.metadata,
    ).toEqual({
      fields: ['coachId'],
    });
    const handedOver = entries.filter((e) => e.action === 'session.reassigned');
    expect(handedOver.map((e) => e.entityId).sort()).toEqual([ids.past, ids.next, ids.later].sort());
    for (const entry of handedOver) {
      expect(entry).toMatchObject({ entityType: 'session', actorUserId: owner.userId });
      expect(entry.metadata).toEqual({ from: a.userId, to: b.userId, because: 'client.updated' });
    }
  });

  it('lets the new coach record a session held before the handover; the outgoing coach cannot reach it', async () => {
    const { owner, a, b, client, ids } = await setup();
    actAs(owner);
    expect((await updateClientAction(form(client.id, 1, b.userId))).ok).toBe(true);
    actAs(a);
    expect(await setSessionStatusAction({ sessionId: ids.past, status: 'held', version: 2 })).toEqual({ ok: false, error: 'not_found' });
    actAs(b);
    expect(await setSessionStatusAction({ sessionId: ids.past, status: 'held', version: 2 })).toEqual({ ok: true, data: null });
    expect(await timelineKinds(owner.practiceId, client.id)).toContainEqual({
      kind: 'session.held',
      data: expect.objectContaining({ kind: 'coaching' }),
    });
  });

  it('does not refuse a handover that doubles up in the new coach’s agenda, but says how many sessions overlap', async () => {
    const { owner, b, client, ids } = await setup();
    const other = await seedClient(owner.practiceId, b.userId);
    const [next] = await getDb().select().from(coachingSessions).where(eq(coachingSessions.id, ids.next));
    const busy = (startsAt: Date) => ({
      practiceId: owner.practiceId,
      clientId: other.id,
      coachId: b.userId,
      startsAt,
      durationMinutes: 60,
      kind: 'coaching' as const,
      location: 'video' as const,
    });
    await getDb()
      .insert(coachingSessions)
      .values([
        // Half an hour into the handed-over session a week from now.
        busy(new Date(next!.startsAt.getTime() + 30 * 60_000)),
        // At the same time as the past one: that one is only to be recorded, nothing to move.
        busy(new Date(Date.now() - 2 * DAY)),
      ]);
    actAs(owner);
    expect(await updateClientAction(form(client.id, 1, b.userId))).toEqual({ ok: true, data: { version: 2, visible: true } });
    expect((await sessionRows([ids.next]))[ids.next]).toEqual({ coachId: b.userId, version: 2 });
    const lines = await timelineKinds(owner.practiceId, client.id);
    expect(lines).toEqual(
      expect.arrayContaining([
        { kind: 'client.coach_changed', data: {} },
        { kind: 'client.sessions_reassigned', data: { count: 3 } },
        { kind: 'client.reassigned_sessions_overlap', data: { count: 1 } },
      ]),
    );
    expect(lines).toHaveLength(3);
  });

  it('lets the new coach move a handed-over session, checked against the new coach’s own agenda', async () => {
    const { owner, b, client, ids } = await setup();
    actAs(owner);
    expect((await updateClientAction(form(client.id, 1, b.userId))).ok).toBe(true);
    // B's own session with another client, three weeks from now.
    const other = await seedClient(owner.practiceId, b.userId);
    const [busy] = await getDb()
      .insert(coachingSessions)
      .values({
        practiceId: owner.practiceId,
        clientId: other.id,
        coachId: b.userId,
        // At 10:00 in the practice's zone: on the hour (a move is made in whole minutes), and an hour that ends the same
        // day (from the current hour, a run at 22:xx UTC asked to move the session to 23:00–00:00, "ends before it starts").
        startsAt: zonedToUtc(addDays(todayIn(), 21), '10:00'),
        durationMinutes: 60,
        kind: 'coaching',
        location: 'video',
      })
      .returning();
    const { date, time } = utcToZoned(busy!.startsAt);
    const { time: end } = utcToZoned(new Date(busy!.startsAt.getTime() + 60 * 60_000));
    const move = { sessionId: ids.next, date, startTime: time, endTime: end, version: 2 };
    // The owner moving it is warned about B's agenda, not their own ("je agenda" would be wrong).
    expect(await moveSessionAction({ ...move, allowOverlap: false })).toMatchObject({ params: { agenda: 'other' } });
    actAs(b);
    expect(await moveSessionAction({ ...move, allowOverlap: false })).toMatchObject({
      ok: false,
      error: 'validation',
      fieldErrors: { startTime: 'sessions.errors.overlap' },
      params: { count: 1, agenda: 'own' },
    });
    expect(await moveSessionAction({ ...move, allowOverlap: true })).toEqual({ ok: true, data: null });
    const [moved] = await getDb()
      .select()
      .from(coachingSessions)
      .where(and(eq(coachingSessions.practiceId, owner.practiceId), eq(coachingSessions.id, ids.next)));
    expect(moved).toMatchObject({ coachId: b.userId, version: 3, startsAt: busy!.startsAt });
  });
});

describe('who still sees the client after a save that chose the coach', () => {
  it('tells coach A, who sees only their own clients, that a client handed to B is out of sight (the form goes to the list)', async () => {
    const { owner, a, b, client } = await setup();
    actAs(a);
    expect(await updateClientAction(form(client.id, 1, b.userId))).toEqual({ ok: true, data: { version: 2, visible: false } });
    expect((await clientRow(owner.practiceId, client.id))!.coachId).toBe(b.userId);
    // The same answer the record's page gives A now: not found.
    expect(await updateClientAction(form(client.id, 2, a.userId))).toEqual({ ok: false, error: 'not_found' });
    // A client A makes for B is out of sight the same way; one A keeps is not.
    expect(await createClientAction(newForm(b.userId, 'noor@example.test'))).toMatchObject({ ok: true, data: { visible: false } });
    const own = await createClientAction(newForm(a.userId, 'sam@example.test'));
    expect(own).toMatchObject({ ok: true, data: { visible: true } });
  });

  it('answers a create for a colleague sent again (its answer lost, or two tabs at once) as the first time: out of sight', async () => {
    const { a, b } = await setup();
    actAs(a);
    const sent = newForm(b.userId, 'noor@example.test');
    const first = await createClientAction(sent);
    expect(first).toMatchObject({ ok: true, data: { visible: false } });
    expect(await createClientAction(sent)).toEqual(first);
    const twice = newForm(b.userId, 'kim@example.test');
    const both = await Promise.all([createClientAction(twice), createClientAction(twice)]);
    expect(both).toEqual([
      { ok: true, data: { id: twice.requestId, visible: false } },
      { ok: true, data: { id: twice.requestId, visible: false } },
    ]);
    // Another person under a used id is a client of their own: the id says nothing about a client out of sight.
    const other = await createClientAction({ ...sent, firstName: 'Iemand', email: 'iemand@example.test' });
    expect(other).toMatchObject({ ok: true, data: { visible: false } });
    expect(other.ok && other.data.id).not.toBe(sent.requestId);
  });

  it('answers a colleague who sends the id and details of a client they did not make as it answers an unused id', async () => {
    const { owner, a, b } = await setup();
    actAs(a);
    const sent = newForm(b.userId, 'noor@example.test');
    expect(await createClientAction(sent)).toMatchObject({ ok: true, data: { visible: false } });
    // B's colleague C, who sees only their own clients too, guesses the id with Noor's name and address: no "made".
    const c = await addCoach(owner.practiceId);
    actAs(c);
    const guessed = await createClientAction({ ...sent, coachId: c.userId });
    expect(guessed).toEqual(await createClientAction({ ...sent, coachId: c.userId, requestId: randomUUID() }));
    expect(guessed).toMatchObject({ ok: false, error: 'validation' });
  });

  it('tells a coach who sees every client that the client handed over is still theirs to open', async () => {
    const { owner, a, b, client } = await setup();
    await getDb().update(practices).set({ coachVisibility: 'all' }).where(eq(practices.id, owner.practiceId));
    actAs(a);
    expect(await updateClientAction(form(client.id, 1, b.userId))).toEqual({ ok: true, data: { version: 2, visible: true } });
    expect(await createClientAction(newForm(b.userId, 'noor@example.test'))).toMatchObject({ ok: true, data: { visible: true } });
  });
});

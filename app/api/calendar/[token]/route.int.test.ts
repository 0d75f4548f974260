import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { requestPasswordResetAction, resetPasswordAction, signInAction, signOutAction } from '@/app/(auth)/actions';
import { renewCalendarFeedAction } from '@/app/(coach)/agenda/actions';
import { planSessionAction, saveSessionRecordAction, setSessionStatusAction } from '@/app/(coach)/clients/[clientId]/sessions/actions';
import { updateClientAction } from '@/app/(coach)/clients/actions';
import { changePasswordAction, setCoachActiveAction, signOutEverywhereAction } from '@/app/(coach)/settings/security/actions';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { calendarFeeds, coachingSessions, practices, users } from '@/db/schema';
import { POLICIES } from '@/lib/security/rate-limit';
import { actAs, addCoach, auditFor, createPractice, linkInMail, TEST_PASSWORD } from '@/lib/testing/fixtures';
import { GET } from './route';

beforeEach(() => actAs(null));

const fetchFeed = (url: string) => {
  const token = new URL(url).pathname.replace('/api/calendar/', '');
  return GET(new Request(url), { params: Promise.resolve({ token }) });
};

async function newFeedUrl() {
  const result = await renewCalendarFeedAction({});
  if (!result.ok) throw new Error(result.error);
  return result.data.url;
}

async function setup() {
  const owner = await createPractice();
  const client = await seedClient(owner.practiceId, owner.userId, { firstName: 'Anna', lastName: 'de Vries', email: 'anna@example.test' });
  actAs(owner);
  const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  await planSessionAction({
    requestId: randomUUID(),
    clientId: client.id,
    date: soon,
    startTime: '10:00',
    endTime: '11:00',
    kind: 'coaching',
    location: 'video',
    repeat: 'weekly',
    count: 2,
    allowOverlap: false,
  });
  await planSessionAction({
    requestId: randomUUID(),
    clientId: client.id,
    date: '2025-01-06',
    startTime: '09:00',
    endTime: '09:45',
    kind: 'tripartite',
    location: 'on_site',
    repeat: 'none',
    count: 1,
    allowOverlap: false,
  });
  const past = (await getDb().select().from(coachingSessions).where(eq(coachingSessions.practiceId, owner.practiceId))).find(
    (s) => s.kind === 'tripartite',
  )!;
  return { owner, client, past };
}

describe('calendar feed', () => {
  it('serves the coach’s sessions as iCalendar with initials and kind only', async () => {
    const { past } = await setup();
    await setSessionStatusAction({ sessionId: past.id, status: 'held', version: 1 });
    await saveSessionRecordAction({
      sessionId: past.id,
      privateNotes: 'Burn-outklachten, slaapt slecht',
      clientSummary: 'Samen het plan besproken',
      agreedHomework: 'Dagboek',
      checkinEnergy: '3',
      version: 2,
    });
    // Recent enough to be in the feed window.
    await getDb()
      .update(coachingSessions)
      .set({ startsAt: new Date(Date.now() - 5 * 86_400_000) })
      .where(eq(coachingSessions.id, past.id));

    const response = await fetchFeed(await newFeedUrl());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const body = await response.text();
    expect(body).toMatch(/\r\n/);
    expect(body.replace(/\r\n/g, '')).not.toContain('\n');
    for (const secret of ['Burn-out', 'slaapt', 'Samen het plan', 'Dagboek', 'Anna', 'Vries', 'anna@example.test', 'energie']) {
      expect(body).not.toContain(secret);
    }
    const calendar = new ICAL.Component(ICAL.parse(body));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary).sort()).toEqual([
      'AV · Coachingsgesprek',
      'AV · Coachingsgesprek',
      'AV · Driegesprek met leidinggevende',
    ]);
    for (const event of events) {
      expect(event.uid).toMatch(/@balanspunt$/);
      expect(event.startDate.isDate).toBe(false);
      expect(event.startDate.zone?.tzid).toBe('UTC');
      expect(event.description ?? null).toBeNull();
    }
    const coaching = events.find((e) => e.summary.endsWith('Coachingsgesprek'))!;
    expect(coaching.endDate.toJSDate().getTime() - coaching.startDate.toJSDate().getTime()).toBe(3_600_000);
    // Where: how, for a video call; the practice's address, on one line, for a session on site.
    expect(coaching.location).toBe('Videobellen');
    await getDb().update(practices).set({ address: 'Lindelaan 4\n3581 AB Utrecht' }).where(eq(practices.id, past.practiceId));
    const again = new ICAL.Component(ICAL.parse(await (await fetchFeed(await newFeedUrl())).text()));
    const meeting = again
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .find((e) => e.summary.includes('Driegesprek'))!;
    expect(meeting.location).toBe('Lindelaan 4, 3581 AB Utrecht');
    expect(coaching.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
  });

  it('holds a full-time coach’s agenda over the whole window, the last session to come included', async () => {
    const { owner, client } = await setup();
    // On the hour: the feed's times have no milliseconds.
    const start = Math.floor((Date.now() - 80 * 86_400_000) / 3_600_000) * 3_600_000;
    // Six a day, every day, from 80 days back to 390 days ahead: 2,820 sessions (2,000 was the cap before).
    await getDb()
      .insert(coachingSessions)
      .values(
        Array.from({ length: 470 * 6 }, (_, i) => ({
          practiceId: owner.practiceId,
          clientId: client.id,
          coachId: owner.userId,
          startsAt: new Date(start + Math.floor(i / 6) * 86_400_000 + (i % 6) * 3_600_000),
          durationMinutes: 60,
          kind: 'coaching' as const,
          location: 'video' as const,
        })),
      );
    const body = await (await fetchFeed(await newFeedUrl())).text();
    const events = new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent');
    // With the two of setup() to come (its third lies before the window).
    expect(events.length).toBe(470 * 6 + 2);
    const last = new Date(start + 469 * 86_400_000 + 5 * 3_600_000);
    expect(events.some((v) => new ICAL.Event(v).startDate.toJSDate().getTime() === last.getTime())).toBe(true);
  });

  it('writes the feed in the coach’s language and marks cancelled sessions', async () => {
    const { owner } = await setup();
    await getDb().update(users).set({ locale: 'en' }).where(eq(users.id, owner.userId));
    const [first] = await getDb()
      .select()
      .from(coachingSessions)
      .where(and(eq(coachingSessions.practiceId, owner.practiceId), eq(coachingSessions.kind, 'coaching')))
      .orderBy(coachingSessions.startsAt);
    await setSessionStatusAction({ sessionId: first!.id, status: 'cancelled', version: 1 });
    const body = await (await fetchFeed(await newFeedUrl())).text();
    const events = new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent');
    const cancelled = events.find((v) => v.getFirstPropertyValue('uid') === `${first!.id}@balanspunt`)!;
    expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.getFirstPropertyValue('summary')).toBe('AV · Coaching session');
  });

  it('lists a session handed over to another coach as cancelled in the outgoing coach’s feed, for a month', async () => {
    const owner = await createPractice();
    const a = await addCoach(owner.practiceId);
    const b = await addCoach(owner.practiceId);
    const client = await seedClient(owner.practiceId, a.userId, { firstName: 'Anna', lastName: 'de Vries', email: 'anna@example.test' });
    const [session] = await getDb()
      .insert(coachingSessions)
      .values({
        practiceId: owner.practiceId,
        clientId: client.id,
        coachId: a.userId,
        startsAt: new Date(Date.now() + 5 * 86_400_000),
        durationMinutes: 60,
        kind: 'coaching',
        location: 'video',
      })
      .returning();
    actAs(a);
    const urlA = await newFeedUrl();
    actAs(b);
    const urlB = await newFeedUrl();
    /** The session's event in a feed: [STATUS, SEQUENCE, SUMMARY], once per time it is listed. */
    const listed = async (url: string) =>
      new ICAL.Component(ICAL.parse(await (await fetchFeed(url)).text()))
        .getAllSubcomponents('vevent')
        .filter((v) => v.getFirstPropertyValue('uid') === `${session!.id}@balanspunt`)
        .map((v) => [v.getFirstPropertyValue('status'), v.getFirstPropertyValue('sequence'), v.getFirstPropertyValue('summary')]);
    let version = 1;
    const giveTo = async (coachId: string) => {
      actAs(owner);
      const result = await updateClientAction({
        clientId: client.id,
        version: version++,
        firstName: 'Anna',
        lastName: 'de Vries',
        email: 'anna@example.test',
        phone: '',
        jobTitle: '',
        employerId: '',
        managerContactId: '',
        coachId,
        startDate: '',
        referralRoute: 'self',
        locale: 'nl',
        onSickLeave: false,
        sickLeaveSince: '',
        notes: '',
      });
      expect(result.ok).toBe(true);
    };
    expect(await listed(urlA)).toEqual([['CONFIRMED', 0, 'AV · Coachingsgesprek']]);

    // Given to B: A's calendar hears the event is cancelled (same UID, a higher SEQUENCE); B's has it.
    await giveTo(b.userId);
    expect(await listed(urlA)).toEqual([['CANCELLED', 1, 'AV · Coachingsgesprek']]);
    expect(await listed(urlB)).toEqual([['CONFIRMED', 1, 'AV · Coachingsgesprek']]);

    // Back to A: in A's feed once, as A's own again; now B's calendar hears it is cancelled there.
    await giveTo(a.userId);
    expect(await listed(urlA)).toEqual([['CONFIRMED', 2, 'AV · Coachingsgesprek']]);
    expect(await listed(urlB)).toEqual([['CANCELLED', 2, 'AV · Coachingsgesprek']]);

    // A month after the handover a calendar app has long taken it: it leaves the feed.
    const monthAgo = new Date(Date.now() - 31 * 86_400_000);
    const whereSession = and(eq(coachingSessions.practiceId, owner.practiceId), eq(coachingSessions.id, session!.id));
    await getDb().update(coachingSessions).set({ movedAt: monthAgo, updatedAt: monthAgo }).where(whereSession);
    expect(await listed(urlB)).toEqual([]);
    expect(await listed(urlA)).toEqual([['CONFIRMED', 2, 'AV · Coachingsgesprek']]);

    // Handed over again, then moved by its new coach: the former coach's calendar was told it is cancelled, and does not
    // learn its new time (the former coach may no longer see this client).
    await giveTo(b.userId);
    expect(await listed(urlA)).toEqual([['CANCELLED', 3, 'AV · Coachingsgesprek']]);
    await getDb()
      .update(coachingSessions)
      .set({ startsAt: new Date(Date.now() + 6 * 86_400_000), updatedAt: new Date(Date.now() + 1000) })
      .where(whereSession);
    expect(await listed(urlA)).toEqual([]);
    expect((await listed(urlB)).map(([status]) => status)).toEqual(['CONFIRMED']);
  });

  it('kills the old URL when renewed; unknown and malformed tokens are 404', async () => {
    const { owner } = await setup();
    const first = await newFeedUrl();
    const second = await newFeedUrl();
    const dead = await fetchFeed(first);
    expect(dead.status).toBe(404);
    // Someone who opens it by hand reads why, in Dutch by default.
    expect(await dead.text()).toContain('Deze agendalink werkt niet');
    expect((await fetchFeed(second)).status).toBe(200);
    expect((await fetchFeed(second.replace(/.{6}\.ics$/, 'xxxxxx.ics'))).status).toBe(404);
    expect((await fetchFeed('http://localhost:3000/api/calendar/nonsense')).status).toBe(404);
    const rows = await getDb().select().from(calendarFeeds).where(eq(calendarFeeds.practiceId, owner.practiceId));
    expect(rows).toHaveLength(1);
    expect(second).not.toContain(rows[0]!.tokenHash);
    expect((await auditFor(owner.practiceId)).filter((a) => a.action === 'calendar.feed_renewed')).toHaveLength(2);
  });

  it('limits link guessing per IP: each URL missed counts once, a feed that is found never, and a limited address learns nothing', async () => {
    await setup();
    const url = await newFeedUrl();
    // An address of its own: other tests' fetches carry none (no client IP: not limited).
    const ip = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
    const from = (target: string, address = ip) => {
      const token = new URL(target).pathname.replace('/api/calendar/', '');
      return GET(new Request(target, { headers: { 'x-forwarded-for': address } }), { params: Promise.resolve({ token }) });
    };
    for (let i = 0; i < POLICIES.calendarGuessIp.points + 5; i++) expect((await from(url)).status).toBe(200);
    const guess = (i: number) => url.replace(/.{6}\.ics$/, `${String(i).padStart(6, 'x')}.ics`);
    for (let i = 0; i < POLICIES.calendarGuessIp.points; i++) expect((await from(guess(i))).status).toBe(404);
    const limited = await from(guess(POLICIES.calendarGuessIp.points));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('900');
    expect(await limited.text()).toContain('te veel agendalinks');
    // Limited, the address is refused before any lookup: a right URL from there is no different from a wrong one.
    expect((await from(url)).status).toBe(429);
    // Another address is not limited by it.
    expect((await from(url, '198.51.100.251')).status).toBe(200);
    // A malformed token is refused by its form, before any lookup or point.
    expect((await from('http://localhost:3000/api/calendar/nonsense')).status).toBe(404);
  });

  it('never lets a dead feed URL polled from one IP block a working feed from there', async () => {
    const owner = await createPractice();
    const coach = await addCoach(owner.practiceId);
    actAs(coach);
    const revoked = await newFeedUrl();
    await newFeedUrl();
    actAs(owner);
    const live = await newFeedUrl();
    // Google's or Outlook's shared address, polling a renewed (well-formed, once issued) URL over and over: one point.
    const ip = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
    const from = (target: string) => {
      const token = new URL(target).pathname.replace('/api/calendar/', '');
      return GET(new Request(target, { headers: { 'x-forwarded-for': ip } }), { params: Promise.resolve({ token }) });
    };
    for (let i = 0; i < POLICIES.calendarGuessIp.points + 5; i++) expect((await from(revoked)).status).toBe(404);
    expect((await from(live)).status).toBe(200);
  });

  it('audits a feed fetch as the link, with the coach as subject and the caller’s IP', async () => {
    const owner = await createPractice();
    actAs(owner);
    const url = await newFeedUrl();
    actAs(null);
    const token = new URL(url).pathname.replace('/api/calendar/', '');
    const response = await GET(new Request(url, { headers: { 'x-forwarded-for': '192.0.2.44' } }), {
      params: Promise.resolve({ token }),
    });
    expect(response.status).toBe(200);
    const fetched = (await auditFor(owner.practiceId)).filter((a) => a.action === 'calendar.feed_fetched');
    expect(fetched).toHaveLength(1);
    expect(fetched[0]).toMatchObject({
      actorUserId: null,
      actorKind: 'system',
      entityType: 'user',
      entityId: owner.userId,
      ip: '192.0.2.44',
    });
  });

  it('stops working when the coach is deactivated, and stays dead after reactivation', async () => {
    const owner = await createPractice();
    const coach = await addCoach(owner.practiceId);
    actAs(coach);
    const url = await newFeedUrl();
    expect((await fetchFeed(url)).status).toBe(200);
    actAs(owner);
    expect(await setCoachActiveAction({ userId: coach.userId, active: false })).toEqual({ ok: true, data: null });
    expect((await fetchFeed(url)).status).toBe(404);
    expect(await getDb().select().from(calendarFeeds).where(eq(calendarFeeds.userId, coach.userId))).toHaveLength(0);
    expect(await setCoachActiveAction({ userId: coach.userId, active: true })).toEqual({ ok: true, data: null });
    expect((await fetchFeed(url)).status).toBe(404);
  });

  it('ends with "sign out everywhere" and with a password reset; a routine password change or sign-out keeps it', async () => {
    const owner = await createPractice();
    actAs(owner);
    let url = await newFeedUrl();
    const password = 'paardenbloem-fietsbel-kaaskop';
    expect(await changePasswordAction({ currentPassword: TEST_PASSWORD, password, confirmPassword: password })).toMatchObject({ ok: true });
    expect((await fetchFeed(url)).status).toBe(200);
    expect(await signOutAction({})).toMatchObject({ ok: true });
    expect((await fetchFeed(url)).status).toBe(200);
    expect(await signInAction({ email: owner.email, password })).toMatchObject({ ok: true });
    expect(await signOutEverywhereAction({})).toMatchObject({ ok: true });
    expect((await fetchFeed(url)).status).toBe(404);
    url = await newFeedUrl();
    expect((await fetchFeed(url)).status).toBe(200);
    actAs(null);
    await requestPasswordResetAction({ email: owner.email });
    const token = decodeURIComponent((await linkInMail(owner.practiceId, owner.email)).split('/').pop()!);
    const next = 'zeilboot-regenjas-koffiemolen';
    expect(await resetPasswordAction({ token, password: next, confirmPassword: next })).toEqual({ ok: true, data: null });
    expect((await fetchFeed(url)).status).toBe(404);
    expect(await getDb().select().from(calendarFeeds).where(eq(calendarFeeds.userId, owner.userId))).toHaveLength(0);
  });

  it('is the same 404 as an unknown link for an inactive coach, even while the feed row exists', async () => {
    const owner = await createPractice();
    const coach = await addCoach(owner.practiceId);
    actAs(coach);
    const url = await newFeedUrl();
    await getDb().update(users).set({ active: false }).where(eq(users.id, coach.userId));
    const response = await fetchFeed(url);
    expect(response.status).toBe(404);
    const unknown = await (await fetchFeed('http://localhost:3000/api/calendar/nonsense')).text();
    expect(await response.text()).toBe(unknown);
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).not.toContain('calendar.feed_fetched');
  });

  it('is only made by a signed-in coach', async () => {
    expect(await renewCalendarFeedAction({})).toEqual({ ok: false, error: 'unauthenticated' });
  });
});

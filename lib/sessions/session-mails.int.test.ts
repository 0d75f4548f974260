import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient, seedEmployer, seedSharingClient } from '@/db/queries/client-test-fixtures';
import { getClient } from '@/db/queries/clients';
import { findSession } from '@/db/queries/sessions';
import { coachingSessions, planShares, practices } from '@/db/schema';
import { requireClientAccess } from '@/lib/auth/client-access';
import type { Actor } from '@/lib/auth/guards';
import { closeClientTrajectory } from '@/lib/caseload/service';
import { createShare } from '@/lib/plans/service';
import { createPractice, outboxFor } from '@/lib/testing/fixtures';
import { cancelSessionSeries, moveSession, planSessions, setSessionStatus } from './service';
import { addDays, todayIn } from './zoned-time';

// The client hears of the sessions a coach plans, moves or cancels, by mail (enqueued with the change); not of a
// session recorded afterwards, and never twice for one request.

async function practiceWithClient(clientValues: { email: string; firstName: string; locale?: 'nl' | 'en' }) {
  const claims = await createPractice();
  await getDb()
    .update(practices)
    .set({ name: 'Praktijk De Linde', address: 'Lindelaan 4, 3581 AB Utrecht' })
    .where(eq(practices.id, claims.practiceId));
  const actor: Actor = { ...claims, name: 'Olivia Owner', locale: 'nl' };
  const client = await requireClientAccess(actor, (await seedClient(actor.practiceId, actor.userId, clientValues)).id);
  return {
    actor,
    ownerEmail: claims.email,
    client,
    mails: async () => (await outboxFor(actor.practiceId)).filter((m) => m.to === clientValues.email),
  };
}

const plan = (date: string, extra: { repeat?: 'none' | 'weekly'; count?: number; requestId?: string } = {}) => ({
  requestId: extra.requestId ?? randomUUID(),
  date,
  startTime: '10:00',
  endTime: '11:00',
  kind: 'coaching' as const,
  location: 'video' as const,
  repeat: extra.repeat ?? 'none',
  count: extra.count ?? 1,
  allowOverlap: false,
});

/** "maandag 14 december 2026", as the mail writes a day. */
const day = (date: string, locale = 'nl-NL') =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );

describe('mails to the client about sessions', () => {
  it('a series planned: one mail with every time, in the client’s language; the same request again mails nothing more', async () => {
    const { actor, client, mails } = await practiceWithClient({ email: 'eva.afspraak@example.test', firstName: 'Eva' });
    const first = addDays(todayIn(), 7);
    const input = plan(first, { repeat: 'weekly', count: 3 });
    expect(await planSessions(actor, client, input)).toEqual({ ok: true, data: { count: 3 } });
    expect(await planSessions(actor, client, input)).toEqual({ ok: true, data: { count: 3 } });
    const [mail, ...more] = await mails();
    expect(more).toEqual([]);
    expect(mail!.subject).toBe(`3 afspraken met Olivia Owner, vanaf ${day(first)}`);
    expect(mail!.text).toContain('Beste Eva,');
    expect(mail!.text).toContain(
      'Olivia Owner van Praktijk De Linde heeft 3 afspraken met je gepland: elk een coachingsgesprek, via videobellen.',
    );
    for (const date of [first, addDays(first, 7), addDays(first, 14)]) expect(mail!.text).toContain(`${day(date)}, 10:00–11:00`);
    expect(mail!.text).toMatch(/Je sessies in het portaal: https?:\/\/\S+\/portal\/login\?lang=nl/);
    // By video: no address.
    expect(mail!.text).not.toContain('Adres');
  });

  it('in English for a client who reads English', async () => {
    const { actor, client, mails } = await practiceWithClient({ email: 'jamie.afspraak@example.test', firstName: 'Jamie', locale: 'en' });
    const date = addDays(todayIn(), 3);
    expect((await planSessions(actor, client, { ...plan(date), location: 'on_site' })).ok).toBe(true);
    const [mail] = await mails();
    expect(mail!.subject).toBe(`Appointment with Olivia Owner: ${day(date, 'en-GB')}`);
    expect(mail!.text).toContain('Olivia Owner of Praktijk De Linde has planned an appointment with you: a coaching session, in person.');
    expect(mail!.text).toContain('Address: Lindelaan 4, 3581 AB Utrecht');
  });

  it('no mail for a session planned after the fact (it took place already)', async () => {
    const { actor, client, mails } = await practiceWithClient({ email: 'bram.afspraak@example.test', firstName: 'Bram' });
    expect((await planSessions(actor, client, plan(addDays(todayIn(), -2)))).ok).toBe(true);
    expect(await mails()).toEqual([]);
  });

  it('a session moved: the old and the new time; cancelled: which one; a past one cancelled: no mail', async () => {
    const { actor, client, mails } = await practiceWithClient({ email: 'fenna.afspraak@example.test', firstName: 'Fenna' });
    const date = addDays(todayIn(), 10);
    await planSessions(actor, client, plan(date));
    const [planned] = await getDb().select().from(coachingSessions).where(eq(coachingSessions.clientId, client.id));
    const later = addDays(date, 1);
    const moved = await moveSession(actor, planned!, {
      date: later,
      startTime: '14:00',
      endTime: '15:30',
      version: 1,
      allowOverlap: false,
    });
    expect(moved).toEqual({ ok: true, data: null });
    const after = (await findSession(actor.practiceId, planned!.id))!;
    expect(await setSessionStatus(actor, after, { status: 'cancelled', version: after.version })).toEqual({ ok: true, data: null });
    const [, movedMail, cancelledMail] = await mails();
    expect(movedMail!.subject).toBe(`Afspraak verplaatst naar ${day(later)}`);
    expect(movedMail!.text).toContain(`heeft je coachingsgesprek van ${day(date)}, 10:00–11:00 verplaatst. De nieuwe tijd:`);
    expect(movedMail!.text).toContain(`${day(later)}, 14:00–15:30`);
    expect(cancelledMail!.subject).toBe(`Afspraak gaat niet door: ${day(later)}`);
    expect(cancelledMail!.text).toContain(`heeft je coachingsgesprek van ${day(later)}, 14:00–15:30 afgezegd.`);

    // A session that was due yesterday and never marked: cancelling it is the coach's record, not news to the client.
    await planSessions(actor, client, plan(addDays(todayIn(), -1)));
    const past = (await getDb().select().from(coachingSessions).where(eq(coachingSessions.clientId, client.id))).find(
      (s) => s.status === 'planned',
    )!;
    expect((await setSessionStatus(actor, past, { status: 'cancelled', version: past.version })).ok).toBe(true);
    expect(await mails()).toHaveLength(3);
  });

  it('a session the client was told of, moved into the past (it took place earlier): mailed; past to past: not', async () => {
    const { actor, client, mails } = await practiceWithClient({ email: 'noor.afspraak@example.test', firstName: 'Noor' });
    const date = addDays(todayIn(), 4);
    await planSessions(actor, client, plan(date));
    const [planned] = await getDb().select().from(coachingSessions).where(eq(coachingSessions.clientId, client.id));
    const earlier = addDays(todayIn(), -3);
    const move = (session: typeof planned, to: string) =>
      moveSession(actor, session!, { date: to, startTime: '09:00', endTime: '10:00', version: session!.version, allowOverlap: true });
    expect(await move(planned, earlier)).toEqual({ ok: true, data: null });
    const [, moved] = await mails();
    // Not "moved to" a day gone by: the old time no longer holds.
    expect(moved!.subject).toBe(`Je afspraak van ${day(date)} gaat niet door`);
    expect(moved!.text).toContain(
      `je coachingsgesprek van ${day(date)}, 10:00–11:00 in de agenda gezet op een moment dat al voorbij is: ${day(earlier)}, 09:00–10:00. Op de oude tijd is er dus geen afspraak meer.`,
    );
    expect(moved!.text).toContain('namens Praktijk De Linde');
    expect(await move((await findSession(actor.practiceId, planned!.id))!, addDays(todayIn(), -4))).toEqual({ ok: true, data: null });
    expect(await mails()).toHaveLength(2);
  });

  it('no mail for a plan refused (it overlaps, not confirmed)', async () => {
    const { actor, client, mails } = await practiceWithClient({ email: 'sem.afspraak@example.test', firstName: 'Sem' });
    const date = addDays(todayIn(), 5);
    await planSessions(actor, client, plan(date));
    const refused = await planSessions(actor, client, plan(date));
    expect(refused.ok).toBe(false);
    expect(await mails()).toHaveLength(1);
  });
});

describe('closing the trajectory with sessions still planned', () => {
  it('tells the client in one mail which times no longer take place, without a way into the closed portal', async () => {
    const { actor, ownerEmail, client, mails } = await practiceWithClient({ email: 'lotte.afspraak@example.test', firstName: 'Lotte' });
    const first = addDays(todayIn(), 6);
    await planSessions(actor, client, plan(first, { repeat: 'weekly', count: 2 }));
    // One the coach had not yet marked as held: cancelling it is no news to the client.
    await planSessions(actor, client, plan(addDays(todayIn(), -1)));
    const { version } = (await getClient(actor.practiceId, client.id))!;
    expect((await closeClientTrajectory(actor, client.id, version, { closedOn: todayIn(), reason: 'completed' })).ok).toBe(true);
    const [, ended, ...more] = await mails();
    expect(more).toEqual([]);
    expect(ended!.subject).toBe('Je 2 geplande afspraken gaan niet door');
    expect(ended!.text).toContain(
      'Je coachingstraject bij Praktijk De Linde is afgesloten. De afspraken die nog gepland stonden, gaan daarom niet door:',
    );
    expect(ended!.text).toContain(`${day(first)}, 10:00–11:00\n${day(addDays(first, 7))}, 10:00–11:00`);
    expect(ended!.text).not.toContain(day(addDays(todayIn(), -1)));
    expect(ended!.text).toContain(`neem dan contact op met Olivia Owner (${ownerEmail}).`);
    expect(ended!.text).not.toContain('/portal');
  });

  it('sends nothing when no session was planned ahead', async () => {
    const { actor, client, mails } = await practiceWithClient({ email: 'ruben.afspraak@example.test', firstName: 'Ruben' });
    const { version } = (await getClient(actor.practiceId, client.id))!;
    expect((await closeClientTrajectory(actor, client.id, version, { closedOn: todayIn(), reason: 'completed' })).ok).toBe(true);
    expect(await mails()).toEqual([]);
  });
});

describe('cancelling the rest of a series', () => {
  const ofClient = async (clientId: string) =>
    (await getDb().select().from(coachingSessions).where(eq(coachingSessions.clientId, clientId))).sort(
      (a, b) => a.startsAt.getTime() - b.startsAt.getTime(),
    );

  it('cancels the pressed session and the series’ planned ones after it, with one mail listing them', async () => {
    const { actor, client, mails } = await practiceWithClient({ email: 'iris.afspraak@example.test', firstName: 'Iris' });
    const first = addDays(todayIn(), 2);
    await planSessions(actor, client, plan(first, { repeat: 'weekly', count: 4 }));
    // A session of its own in between stays: it is not of the series.
    await planSessions(actor, client, { ...plan(addDays(first, 8)), startTime: '15:00', endTime: '16:00' });
    const [one, two] = await ofClient(client.id);
    expect(await cancelSessionSeries(actor, two!, two!.version)).toEqual({ ok: true, data: { count: 3 } });
    const after = await ofClient(client.id);
    expect(after.map((s) => s.status)).toEqual(['planned', 'cancelled', 'planned', 'cancelled', 'cancelled']);
    expect(after[0]!.id).toBe(one!.id);
    const [, , ended, ...more] = await mails();
    expect(more).toEqual([]);
    expect(ended!.subject).toBe(`3 afspraken gaan niet door, vanaf ${day(addDays(first, 7))}`);
    expect(ended!.text).toContain('Olivia Owner van Praktijk De Linde heeft deze 3 afspraken met je afgezegd:');
    expect(ended!.text).toContain([7, 14, 21].map((d) => `${day(addDays(first, d))}, 10:00–11:00`).join('\n'));
  });

  it('refuses a stale version and a session without a series, cancelling nothing', async () => {
    const { actor, client } = await practiceWithClient({ email: 'joep.afspraak@example.test', firstName: 'Joep' });
    await planSessions(actor, client, plan(addDays(todayIn(), 2), { repeat: 'weekly', count: 2 }));
    await planSessions(actor, client, { ...plan(addDays(todayIn(), 3)), startTime: '15:00', endTime: '16:00' });
    const [first, single] = await ofClient(client.id);
    expect(await cancelSessionSeries(actor, first!, first!.version + 1)).toEqual({ ok: false, error: 'stale' });
    expect(await cancelSessionSeries(actor, single!, single!.version)).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { status: 'sessions.errors.notASeries' },
    });
    expect((await ofClient(client.id)).map((s) => s.status)).toEqual(['planned', 'planned', 'planned']);
  });
});

describe('three-way meetings and the manager', () => {
  async function sharedWithManager() {
    const claims = await createPractice();
    await getDb()
      .update(practices)
      .set({ name: 'Praktijk De Linde', address: 'Lindelaan 4, 3581 AB Utrecht' })
      .where(eq(practices.id, claims.practiceId));
    const actor: Actor = { ...claims, name: 'Olivia Owner', locale: 'nl' };
    const seeded = await seedSharingClient(actor.practiceId, actor.userId, 'Zorggroep Noord', {
      firstName: 'Eva',
      lastName: 'de Boer',
      email: `eva-${randomUUID()}@example.test`,
    });
    const client = await requireClientAccess(actor, seeded.client.id);
    const shared = await createShare(actor, { clientId: client.id, contactId: seeded.manager.id, sendMail: false });
    if (!shared.ok) throw new Error(JSON.stringify(shared));
    const toManager = async () => (await outboxFor(actor.practiceId)).filter((m) => m.to === 'marco@werkgever.test');
    return { actor, client, toManager };
  }

  it('a manager whose link shows the plan hears when and where, by the employee’s initials; nothing of other sessions', async () => {
    const { actor, client, toManager } = await sharedWithManager();
    const date = addDays(todayIn(), 9);
    await planSessions(actor, client, { ...plan(date), kind: 'tripartite', location: 'on_site' });
    await planSessions(actor, client, { ...plan(addDays(date, 1)), kind: 'coaching' });
    const [planned, ...more] = await toManager();
    expect(more).toEqual([]);
    expect(planned!.subject).toBe(`Driegesprek met EB: ${day(date)}`);
    expect(planned!.text).toContain('Beste Marco Manager,');
    expect(planned!.text).toContain(
      'Olivia Owner van Praktijk De Linde heeft een driegesprek gepland met jou en je medewerker EB, op locatie:',
    );
    expect(planned!.text).toContain(`${day(date)}, 10:00–11:00`);
    expect(planned!.text).toContain('Adres: Lindelaan 4, 3581 AB Utrecht');
    // No name, no portal, nothing of the coaching itself.
    expect(`${planned!.subject}${planned!.text}${planned!.html}`).not.toMatch(/Eva|de Boer|portal|coachingsgesprek/);

    const [meeting] = (await getDb().select().from(coachingSessions).where(eq(coachingSessions.clientId, client.id))).filter(
      (s) => s.kind === 'tripartite',
    );
    const later = addDays(date, 2);
    await moveSession(actor, meeting!, { date: later, startTime: '14:00', endTime: '15:00', version: 1, allowOverlap: true });
    const moved = (await findSession(actor.practiceId, meeting!.id))!;
    await setSessionStatus(actor, moved, { status: 'cancelled', version: moved.version });
    const [, movedMail, cancelledMail, ...rest] = await toManager();
    expect(rest).toEqual([]);
    expect(movedMail!.subject).toBe(`Driegesprek met EB verplaatst naar ${day(later)}`);
    expect(movedMail!.text).toContain(`van ${day(date)}, 10:00–11:00 verplaatst. De nieuwe tijd:\n\n${day(later)}, 14:00–15:00`);
    expect(cancelledMail!.subject).toBe(`Driegesprek met EB gaat niet door: ${day(later)}`);
    expect(cancelledMail!.text).toContain(`heeft het driegesprek met jou en je medewerker EB afgezegd:\n\n${day(later)}, 14:00–15:00`);
  });

  it('closing the trajectory tells the manager the meeting is off, not the coaching sessions, and ends the link', async () => {
    const { actor, client, toManager } = await sharedWithManager();
    const date = addDays(todayIn(), 9);
    await planSessions(actor, client, { ...plan(date), kind: 'tripartite', location: 'on_site' });
    await planSessions(actor, client, { ...plan(addDays(date, 1)), kind: 'coaching' });
    const { version } = (await getClient(actor.practiceId, client.id))!;
    expect((await closeClientTrajectory(actor, client.id, version, { closedOn: todayIn(), reason: 'completed' })).ok).toBe(true);
    const [, cancelled, ...more] = await toManager();
    expect(more).toEqual([]);
    expect(cancelled!.subject).toBe(`Driegesprek met EB gaat niet door: ${day(date)}`);
    expect(cancelled!.text).toContain(`heeft het driegesprek met jou en je medewerker EB afgezegd:\n\n${day(date)}, 10:00–11:00`);
    expect(cancelled!.text).not.toContain(day(addDays(date, 1)));
    expect(`${cancelled!.subject}${cancelled!.text}`).not.toMatch(/Eva|de Boer|afgesloten|traject/);
    const links = await getDb().select().from(planShares).where(eq(planShares.clientId, client.id));
    expect(links.map((l) => l.revokedAt !== null)).toEqual([true]);
  });

  it('the client’s manager is invited before any link exists, as the meeting is often where the agreements begin', async () => {
    const { actor, client, toManager } = await sharedWithManager();
    await getDb().delete(planShares).where(eq(planShares.clientId, client.id));
    const date = addDays(todayIn(), 9);
    await planSessions(actor, client, { ...plan(date), kind: 'tripartite' });
    const [invited, ...more] = await toManager();
    expect(more).toEqual([]);
    expect(invited!.subject).toBe(`Driegesprek met EB: ${day(date)}`);
  });

  it('nothing while the client shares nothing with the employer: no consent to share', async () => {
    const claims = await createPractice();
    const actor: Actor = { ...claims, name: 'Olivia Owner', locale: 'nl' };
    const { employer, manager } = await seedEmployer(actor.practiceId, 'Zorggroep Zuid');
    const seeded = await seedClient(actor.practiceId, actor.userId, {
      firstName: 'Eva',
      email: `eva-${randomUUID()}@example.test`,
      employerId: employer.id,
      managerContactId: manager.id,
    });
    const client = await requireClientAccess(actor, seeded.id);
    await planSessions(actor, client, { ...plan(addDays(todayIn(), 9)), kind: 'tripartite' });
    expect((await outboxFor(actor.practiceId)).filter((m) => m.to === manager.email)).toEqual([]);
  });
});

import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { clientRow, seedClient } from '@/db/queries/client-test-fixtures';
import { portalSessions } from '@/db/schema';
import { ok } from '@/lib/actions/result';
import type { Actor } from '@/lib/auth/guards';
import { todayIn } from '@/lib/caseload/dates';
import { archiveClientRecord, closeClientTrajectory, reopenClientTrajectory, updateClientDetails } from '@/lib/caseload/service';
import { createPractice } from '@/lib/testing/fixtures';
import { cookieJar } from '@/lib/testing/next-headers-mock';
import { currentPortalClient, requirePortalClient, withPortalClient } from './guards';
import { issuePortalLink } from './links';
import { PORTAL_COOKIE } from './rules';
import { consumePortalLink } from './service';

async function signedInClient() {
  const owner = await createPractice();
  const client = await seedClient(owner.practiceId, owner.userId, { email: `eva-${Date.now()}@example.test` });
  const url = await issuePortalLink(owner.practiceId, client.id, '/portal');
  const result = await consumePortalLink(url.split('/portal/auth/')[1]!);
  if (!result.ok) throw new Error('no session');
  cookieJar.set(PORTAL_COOKIE, result.data.cookieValue!);
  const actor: Actor = { ...owner, name: 'Olivia Owner', locale: 'nl' };
  return { owner, client, actor };
}

const sessionsOf = (clientId: string) => getDb().select().from(portalSessions).where(eq(portalSessions.clientId, clientId));
const idleFor = (clientId: string, minutes: number) =>
  getDb().execute(sql`update portal_sessions set last_seen_at = now() - make_interval(mins => ${minutes}) where client_id = ${clientId}`);

describe('portal session lifetime', () => {
  it('ends after 30 minutes without use (idle timeout), though the 12 hours have not passed (ASVS 3.3.2, level 2)', async () => {
    const { client } = await signedInClient();
    expect(await currentPortalClient()).toMatchObject({ clientId: client.id });
    await idleFor(client.id, 31);
    expect(await currentPortalClient()).toBeNull();
  });

  it('ends 12 hours after the sign-in, however often it is used', async () => {
    const { client } = await signedInClient();
    const [row] = await sessionsOf(client.id);
    const hours = (row!.expiresAt.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
    // Used a minute ago, but signed in 12 hours ago.
    await getDb().execute(sql`update portal_sessions set expires_at = now() - interval '1 second' where client_id = ${client.id}`);
    expect(await currentPortalClient()).toBeNull();
  });

  it('moves the idle timeout on with every use', async () => {
    const { client } = await signedInClient();
    await idleFor(client.id, 25);
    expect(await currentPortalClient()).toMatchObject({ clientId: client.id });
    const [row] = await sessionsOf(client.id);
    expect(Date.now() - row!.lastSeenAt.getTime()).toBeLessThan(60_000);
  });

  it('ends when the coach changes the client’s email address, with the sign-in links mailed to the old one', async () => {
    const { client, actor } = await signedInClient();
    // A link mailed to the mistyped address before the coach corrected it.
    const mailed = await issuePortalLink(client.practiceId, client.id, '/portal');
    const row = await clientRow(client.practiceId, client.id);
    const result = await updateClientDetails(actor, client.id, row!.version, {
      firstName: row!.firstName,
      lastName: row!.lastName,
      email: 'nieuw-adres@example.test',
      phone: row!.phone ?? '',
      jobTitle: row!.jobTitle ?? '',
      employerId: null,
      managerContactId: null,
      coachId: row!.coachId,
      startDate: row!.startDate,
      referralRoute: row!.referralRoute,
      locale: row!.locale,
      onSickLeave: false,
      sickLeaveSince: null,
      notes: '',
    } as Parameters<typeof updateClientDetails>[3]);
    expect(result).toMatchObject({ ok: true });
    expect(await sessionsOf(client.id)).toEqual([]);
    expect(await currentPortalClient()).toBeNull();
    expect(await consumePortalLink(mailed.split('/portal/auth/')[1]!)).toEqual({ ok: false, error: 'link_invalid' });
    expect(await sessionsOf(client.id)).toEqual([]);
  });

  it('ends when the trajectory is closed, and the phone still signed in is told so (not asked to sign in); reopening does not revive it', async () => {
    const { client, actor } = await signedInClient();
    const row = await clientRow(client.practiceId, client.id);
    const closed = await closeClientTrajectory(actor, client.id, row!.version, { closedOn: todayIn(), reason: 'completed' });
    expect(closed).toMatchObject({ ok: true });
    expect(await currentPortalClient()).toBeNull();
    // A save from the open form: refused as ended, where a signed-out session is refused as `unauthenticated`.
    const save = withPortalClient(z.object({}), async () => ok(null));
    expect(await save({})).toEqual({ ok: false, error: 'coaching_ended' });
    // A page: to the "your coaching has ended" page, not to the sign-in whose link would never come.
    await expect(requirePortalClient('/portal/plan')).rejects.toMatchObject({
      digest: expect.stringContaining('/portal/link?reason=coaching_ended'),
    });
    // The session is over for good: the trajectory reopened does not let this phone back in.
    if (!closed.ok) throw new Error('not closed');
    expect(await reopenClientTrajectory(actor, client.id, closed.data.version)).toMatchObject({ ok: true });
    expect(await currentPortalClient()).toBeNull();
    expect(await save({})).toEqual({ ok: false, error: 'unauthenticated' });
  });

  it('a session that ran out for an active client still asks for a new sign-in', async () => {
    const { client } = await signedInClient();
    await idleFor(client.id, 31);
    const save = withPortalClient(z.object({}), async () => ok(null));
    expect(await save({})).toEqual({ ok: false, error: 'unauthenticated' });
    await expect(requirePortalClient('/portal/plan')).rejects.toMatchObject({
      digest: expect.stringContaining('/portal/login?next=%2Fportal%2Fplan'),
    });
  });

  it('ends when the record is archived, told as the coaching ended', async () => {
    const { client, actor } = await signedInClient();
    const row = await clientRow(client.practiceId, client.id);
    const closed = await closeClientTrajectory(actor, client.id, row!.version, { closedOn: todayIn(), reason: 'completed' });
    if (!closed.ok) throw new Error('not closed');
    expect(await archiveClientRecord(actor, client.id, closed.data.version)).toMatchObject({ ok: true });
    const save = withPortalClient(z.object({}), async () => ok(null));
    expect(await save({})).toEqual({ ok: false, error: 'coaching_ended' });
  });
});

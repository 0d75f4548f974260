import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient, seedSharingClient, timelineKinds } from '@/db/queries/client-test-fixtures';
import { getClient } from '@/db/queries/clients';
import { listQueuedMails } from '@/db/queries/outbox';
import type { Client } from '@/db/schema';
import { handlePasswordResetRequested } from '@/lib/accounts/service';
import { requireClientAccess } from '@/lib/auth/client-access';
import type { Actor } from '@/lib/auth/guards';
import { clientFormValues } from '@/lib/caseload/client-form-values';
import { updateClientDetails } from '@/lib/caseload/service';
import { assignHomework } from '@/lib/homework/service';
import { assignment } from '@/lib/homework/test-fixtures';
import { createShare, renewShare, revokeShare } from '@/lib/plans/service';
import { handlePortalLinkRequested } from '@/lib/portal/link-requests';
import { type ClientValues, updateClientSchema } from '@/lib/schemas/client';
import { inviteCoach } from '@/lib/settings/service';
import { createPractice, outboxFor } from '@/lib/testing/fixtures';
import { runJobs } from '@/lib/testing/queue-tables';
import { retryFailedMail } from './service';
import { runMailJobsOnce } from './worker';

const asActor = (claims: { userId: string; practiceId: string; role: 'owner' | 'coach'; email: string }): Actor => ({
  ...claims,
  name: 'Olivia Owner',
  locale: 'nl',
});

/** Every mail of the practice used up its attempts (the mail server refused them all). */
const failAll = (practiceId: string) =>
  getDb().execute(sql`
    update graphile_worker._private_jobs set attempts = max_attempts, last_error = '550 mailbox unavailable'
    where payload->>'practiceId' = ${practiceId}`);

async function sharedWithMail() {
  const owner = await createPractice('Praktijk Deellink');
  const { manager, client } = await seedSharingClient(owner.practiceId, owner.userId, 'Bouwbedrijf Noord', { firstName: 'Sam' });
  const actor = asActor(owner);
  const share = await createShare(actor, { clientId: client.id, contactId: manager.id, sendMail: true });
  if (!share.ok) throw new Error(`share failed: ${JSON.stringify(share)}`);
  return { actor, shareId: share.data.shareId, manager, client };
}

async function failedShareMail() {
  const { actor, shareId } = await sharedWithMail();
  await failAll(actor.practiceId);
  const [mail] = await listQueuedMails(actor.practiceId);
  if (!mail) throw new Error('no queued mail');
  return { actor, shareId, mail };
}

describe('a failed mail with a share link or an invitation in it', () => {
  it('is offered again after its share link was renewed past the date the mail was sent with', async () => {
    const { actor, shareId, mail } = await failedShareMail();
    expect(mail).toMatchObject({ status: 'failed', linkExpired: false });
    // The link ran out (the mail carries that date), then the coach renewed it: the same link works again.
    await getDb().execute(sql`
      update plan_shares set expires_at = now() - interval '1 day' where practice_id = ${actor.practiceId} and id = ${shareId}`);
    await getDb().execute(sql`
      update graphile_worker._private_jobs set payload = (payload::jsonb || jsonb_build_object('linkExpiresAt', now() - interval '1 day'))::json
      where id = ${mail.id}::bigint`);
    expect(await listQueuedMails(actor.practiceId)).toMatchObject([{ id: mail.id, linkExpired: true }]);
    expect(await renewShare(actor, shareId)).toMatchObject({ ok: true });
    expect(await listQueuedMails(actor.practiceId)).toMatchObject([{ id: mail.id, linkExpired: false }]);
    expect(await retryFailedMail(actor, mail.id)).toEqual({ ok: true, data: null });
    // The worker reads the renewed link, not the date the mail carries: it is sent.
    expect(await outboxFor(actor.practiceId)).toMatchObject([{ subject: mail.subject }]);
  });

  it('is not offered again once its share link was revoked, though its date has not passed', async () => {
    const { actor, shareId, mail } = await failedShareMail();
    expect(await revokeShare(actor, shareId)).toEqual({ ok: true, data: null });
    expect(await listQueuedMails(actor.practiceId)).toMatchObject([{ id: mail.id, status: 'failed', linkExpired: true }]);
    expect(await retryFailedMail(actor, mail.id)).toEqual({ ok: false, error: 'not_found' });
    expect(await listQueuedMails(actor.practiceId)).toMatchObject([{ id: mail.id, status: 'failed' }]);
  });

  it('is not offered again once a newer invitation to the same address replaced it; the newer one is', async () => {
    const owner = await createPractice('Praktijk Uitnodiging');
    const actor = asActor(owner);
    const invite = { name: 'Nina Nieuw', email: 'nina@example.test', locale: 'nl' as const };
    expect(await inviteCoach(actor, invite)).toEqual({ ok: true, data: null });
    await failAll(owner.practiceId);
    const [first] = await listQueuedMails(owner.practiceId);
    expect(first).toMatchObject({ status: 'failed', linkExpired: false });
    expect(await inviteCoach(actor, invite)).toEqual({ ok: true, data: null });
    await failAll(owner.practiceId);
    const queued = await listQueuedMails(owner.practiceId);
    expect(queued.find((m) => m.id === first!.id)).toMatchObject({ linkExpired: true });
    const second = queued.find((m) => m.id !== first!.id)!;
    expect(second).toMatchObject({ status: 'failed', linkExpired: false });
    expect(await retryFailedMail(actor, first!.id)).toEqual({ ok: false, error: 'not_found' });
    expect(await retryFailedMail(actor, second.id)).toEqual({ ok: true, data: null });
  });
});

describe('a queued mail whose share link was revoked before it went out', () => {
  it('is dropped by the worker, while a live link’s mail is sent', async () => {
    const revoked = await sharedWithMail();
    expect(await revokeShare(revoked.actor, revoked.shareId)).toEqual({ ok: true, data: null });
    const live = await sharedWithMail();
    await runMailJobsOnce();
    expect(await outboxFor(revoked.actor.practiceId)).toEqual([]);
    expect(await listQueuedMails(revoked.actor.practiceId)).toEqual([]);
    // The coach reads that the manager was not mailed after all.
    expect((await timelineKinds(revoked.actor.practiceId, revoked.client.id)).filter((e) => e.kind === 'share.mail_dropped')).toEqual([
      { kind: 'share.mail_dropped', data: { shareId: revoked.shareId } },
    ]);
    expect(await outboxFor(live.actor.practiceId)).toMatchObject([{ to: live.manager.email }]);
  });
});

describe('a queued reset or portal sign-in mail whose link ran out before it went out', () => {
  /** A coach asks for a new password and a client for a portal sign-in link; the worker's look-ups queue both mails. */
  async function requestedLinks(name: string) {
    const owner = await createPractice(name);
    const clientEmail = `eva-${Math.random().toString(36).slice(2)}@example.test`;
    await seedClient(owner.practiceId, owner.userId, { firstName: 'Eva', email: clientEmail });
    await handlePasswordResetRequested(owner.email);
    await handlePortalLinkRequested(clientEmail, '/portal');
    expect(await listQueuedMails(owner.practiceId)).toHaveLength(2);
    return { owner, clientEmail };
  }

  it('is not sent (the mail server was down until after the link’s hour or half hour), while one still valid is', async () => {
    const late = await requestedLinks('Praktijk Laat');
    const onTime = await requestedLinks('Praktijk Op Tijd');
    // The mail server was down: an attempt failed, and by the next one the links had run out.
    await getDb().execute(sql`
      update graphile_worker._private_jobs
      set attempts = 1, last_error = '421 service not available',
          payload = (payload::jsonb || jsonb_build_object('linkExpiresAt', now() - interval '1 minute'))::json
      where payload->>'practiceId' = ${late.owner.practiceId}`);
    expect(await listQueuedMails(late.owner.practiceId)).toMatchObject([
      { status: 'retrying', linkExpired: true },
      { status: 'retrying', linkExpired: true },
    ]);
    await runJobs();
    expect(await outboxFor(late.owner.practiceId)).toEqual([]);
    expect(await listQueuedMails(late.owner.practiceId)).toEqual([]);
    expect((await outboxFor(onTime.owner.practiceId)).map((m) => m.to).sort()).toEqual([onTime.owner.email, onTime.clientEmail].sort());
    expect(await listQueuedMails(onTime.owner.practiceId)).toEqual([]);
  });

  it('a homework mail still goes: it tells the client of the homework, and how to ask for a new sign-in link', async () => {
    const claims = await createPractice('Praktijk Huiswerk');
    const actor: Actor = { ...claims, name: 'Olivia Owner', locale: 'nl' };
    const client = await requireClientAccess(actor, (await seedClient(actor.practiceId, actor.userId, { firstName: 'Eva' })).id);
    const assigned = await assignHomework(actor, client, assignment('energy_diary'));
    expect(assigned).toMatchObject({ ok: true });
    await getDb().execute(sql`
      update graphile_worker._private_jobs
      set attempts = 1, last_error = '421 service not available',
          payload = (payload::jsonb || jsonb_build_object('linkExpiresAt', now() - interval '1 minute'))::json
      where payload->>'practiceId' = ${actor.practiceId}`);
    // The outbox says what the worker will do: send it.
    expect(await listQueuedMails(actor.practiceId)).toMatchObject([{ status: 'retrying', linkExpired: false }]);
    await runJobs();
    expect(await outboxFor(actor.practiceId)).toMatchObject([{ to: client.email }]);
  });
});

describe('a client’s mail still queued when the coach corrects their email address', () => {
  it('is not sent to the old address; a mail about the client to their manager still is', async () => {
    const { actor, client, manager } = await sharedWithMail();
    const record = await requireClientAccess(actor, client.id);
    expect(await assignHomework(actor, record, assignment('energy_diary'))).toMatchObject({ ok: true });
    // The mail server is down: both mails wait.
    expect((await listQueuedMails(actor.practiceId)).map((m) => m.to).sort()).toEqual([client.email, manager.email].sort());
    const row = await getClient(actor.practiceId, client.id);
    const corrected = `sam-${Math.random().toString(36).slice(2)}@example.test`;
    const saved = await updateClientDetails(actor, client.id, row!.version, withEmail(row!, corrected));
    expect(saved).toMatchObject({ ok: true });
    expect((await listQueuedMails(actor.practiceId)).map((m) => m.to)).toEqual([manager.email]);
    await runJobs();
    expect((await outboxFor(actor.practiceId)).map((m) => m.to)).toEqual([manager.email]);
  });

  it('keeps the manager’s share mail when the client’s old address was the manager’s own', async () => {
    const owner = await createPractice('Praktijk Zelfde Adres');
    const actor = asActor(owner);
    const { manager, client } = await seedSharingClient(owner.practiceId, owner.userId, 'Bouwbedrijf Zuid', { firstName: 'Sam' });
    // The coach typed the manager's address for the client.
    await getDb().execute(sql`update clients set email = ${manager.email} where practice_id = ${owner.practiceId} and id = ${client.id}`);
    expect(await createShare(actor, { clientId: client.id, contactId: manager.id, sendMail: true })).toMatchObject({ ok: true });
    const row = (await getClient(owner.practiceId, client.id))!;
    const corrected = `sam-${Math.random().toString(36).slice(2)}@example.test`;
    expect(await updateClientDetails(actor, client.id, row.version, withEmail(row, corrected))).toMatchObject({ ok: true });
    expect((await listQueuedMails(owner.practiceId)).map((m) => m.to)).toEqual([manager.email]);
  });
});

/** The details form as the coach sends it back with only the address changed, read as its action reads it. */
function withEmail(row: Client, email: string): ClientValues {
  const {
    clientId: _id,
    version: _version,
    recoveredOn: _recovered,
    ...values
  } = updateClientSchema.parse({
    ...clientFormValues(row),
    email,
  });
  return values;
}

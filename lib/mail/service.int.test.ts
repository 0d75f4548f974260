import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { listQueuedMails } from '@/db/queries/outbox';
import type { Actor } from '@/lib/auth/guards';
import { addCoach, auditFor, createPractice, outboxFor } from '@/lib/testing/fixtures';
import { retryFailedMail } from './service';
import { practiceWithFailedMail } from './testing';
import { deliver } from './transport';

const asActor = (claims: { userId: string; practiceId: string; role: 'owner' | 'coach'; email: string }): Actor => ({
  ...claims,
  name: 'Olivia Owner',
  locale: 'nl',
});

async function failedMail() {
  const { owner, jobId, mail } = await practiceWithFailedMail();
  expect(mail).toMatchObject({ status: 'failed', subject: 'Uitnodiging' });
  return { owner, jobId };
}

describe('sending a failed mail again', () => {
  it('puts it back in the queue with its attempts, the worker sends it, and the audit log says so without the address', async () => {
    const { owner, jobId } = await failedMail();
    expect(await retryFailedMail(asActor(owner), jobId)).toEqual({ ok: true, data: null });
    expect(await listQueuedMails(owner.practiceId)).toMatchObject([{ id: jobId, status: 'queued', attempts: 0 }]);
    const retried = (await auditFor(owner.practiceId)).filter((a) => a.action === 'practice.mail_retried');
    expect(retried).toMatchObject([{ actorUserId: owner.userId, entityType: 'practice', metadata: { jobId } }]);
    expect(JSON.stringify(retried)).not.toContain('nieuw@example.test');
    // Without SMTP_URL the worker keeps it in the outbox: it went out, and the queue is empty.
    expect(await outboxFor(owner.practiceId)).toMatchObject([{ to: 'nieuw@example.test', subject: 'Uitnodiging' }]);
    expect(await listQueuedMails(owner.practiceId)).toEqual([]);
    // Gone from the queue: a second press finds nothing to send.
    expect(await retryFailedMail(asActor(owner), jobId)).toEqual({ ok: false, error: 'not_found' });
  });

  it('refuses a mail still being tried, a coach who is not the owner, and another practice, changing nothing', async () => {
    const { owner, jobId } = await failedMail();
    const coach = await addCoach(owner.practiceId);
    expect(await retryFailedMail(asActor(coach), jobId)).toEqual({ ok: false, error: 'forbidden' });
    const other = await createPractice('Andere praktijk');
    expect(await retryFailedMail(asActor(other), jobId)).toEqual({ ok: false, error: 'not_found' });
    await getDb().execute(sql`update graphile_worker._private_jobs set attempts = 3 where id = ${jobId}::bigint`);
    expect(await retryFailedMail(asActor(owner), jobId)).toEqual({ ok: false, error: 'not_found' });
    expect(await listQueuedMails(owner.practiceId)).toMatchObject([{ id: jobId, status: 'retrying', attempts: 3 }]);
    expect((await auditFor(owner.practiceId)).filter((a) => a.action === 'practice.mail_retried')).toEqual([]);
  });

  it('does not send a mail again whose link has expired meanwhile, and says so on the page', async () => {
    const owner = await createPractice('Praktijk Link');
    const mail = { to: 'eva@example.test', subject: 'Je link', text: 'Open', html: '<p>Open</p>' };
    await deliver(owner.practiceId, mail, getDb(), { linkExpiresAt: new Date(Date.now() - 60_000) });
    await deliver(owner.practiceId, { ...mail, subject: 'Je uitnodiging' }, getDb(), { linkExpiresAt: new Date(Date.now() + 3600_000) });
    await getDb().execute(sql`
      update graphile_worker._private_jobs set attempts = max_attempts where payload->>'practiceId' = ${owner.practiceId}`);
    const queued = await listQueuedMails(owner.practiceId);
    const expired = queued.find((m) => m.subject === 'Je link')!;
    const live = queued.find((m) => m.subject === 'Je uitnodiging')!;
    expect(expired).toMatchObject({ status: 'failed', linkExpired: true });
    expect(live).toMatchObject({ status: 'failed', linkExpired: false });
    expect(await retryFailedMail(asActor(owner), expired.id)).toEqual({ ok: false, error: 'not_found' });
    expect(await retryFailedMail(asActor(owner), live.id)).toEqual({ ok: true, data: null });
  });
});

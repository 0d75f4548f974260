import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { retryMailAction } from '@/app/(coach)/outbox/actions';
import { getDb } from '@/db/client';
import { listQueuedMails } from '@/db/queries/outbox';
import type { Actor } from '@/lib/auth/guards';
import { actAs, addCoach, auditFor, createPractice, outboxFor } from '@/lib/testing/fixtures';
import { retryFailedMail } from './service';
import { deliver } from './transport';

beforeEach(() => actAs(null));

const asActor = (claims: { userId: string; practiceId: string; role: 'owner' | 'coach'; email: string }): Actor => ({
  ...claims,
  name: 'Olivia Owner',
  locale: 'nl',
});

/** A practice whose invitation mail used up every attempt (the mail server refused it each time). */
async function failedMail() {
  const owner = await createPractice('Praktijk Post');
  await deliver(
    owner.practiceId,
    { to: 'nieuw@example.test', subject: 'Uitnodiging', text: 'Kom erbij', html: '<p>Kom erbij</p>' },
    getDb(),
  );
  await getDb().execute(sql`update graphile_worker._private_jobs set attempts = max_attempts, last_error = '550 mailbox unavailable'`);
  const [mail] = await listQueuedMails(owner.practiceId);
  expect(mail).toMatchObject({ status: 'failed', subject: 'Uitnodiging' });
  return { owner, jobId: mail!.id };
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
    await getDb().execute(sql`update graphile_worker._private_jobs set attempts = 3`);
    expect(await retryFailedMail(asActor(owner), jobId)).toEqual({ ok: false, error: 'not_found' });
    expect(await listQueuedMails(owner.practiceId)).toMatchObject([{ id: jobId, status: 'retrying', attempts: 3 }]);
    expect((await auditFor(owner.practiceId)).filter((a) => a.action === 'practice.mail_retried')).toEqual([]);
  });

  it('the action checks the caller first, then the id', async () => {
    const { owner, jobId } = await failedMail();
    expect(await retryMailAction({ jobId })).toMatchObject({ ok: false, error: 'unauthenticated' });
    actAs(owner);
    expect(await retryMailAction({ jobId: '1; drop table users' })).toMatchObject({ ok: false, error: 'validation' });
    expect(await retryMailAction({ jobId: '99999999999999999999' })).toMatchObject({ ok: false, error: 'validation' });
    expect(await retryMailAction({ jobId })).toEqual({ ok: true, data: null });
  });
});

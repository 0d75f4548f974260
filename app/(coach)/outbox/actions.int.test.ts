import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { listQueuedMails } from '@/db/queries/outbox';
import { deliver } from '@/lib/mail/transport';
import { actAs, createPractice } from '@/lib/testing/fixtures';
import { retryMailAction } from './actions';

beforeEach(() => actAs(null));

/** A practice whose invitation mail used up every attempt (the mail server refused it each time). */
async function failedMail() {
  const owner = await createPractice('Praktijk Post');
  await deliver(
    owner.practiceId,
    { to: 'nieuw@example.test', subject: 'Uitnodiging', text: 'Kom erbij', html: '<p>Kom erbij</p>' },
    getDb(),
  );
  await getDb().execute(sql`
    update graphile_worker._private_jobs set attempts = max_attempts where payload->>'practiceId' = ${owner.practiceId}`);
  const [mail] = await listQueuedMails(owner.practiceId);
  return { owner, jobId: mail!.id };
}

describe('retryMailAction', () => {
  it('the action checks the caller first, then the id', async () => {
    const { owner, jobId } = await failedMail();
    expect(await retryMailAction({ jobId })).toMatchObject({ ok: false, error: 'unauthenticated' });
    actAs(owner);
    expect(await retryMailAction({ jobId: '1; drop table users' })).toMatchObject({ ok: false, error: 'validation' });
    expect(await retryMailAction({ jobId: '99999999999999999999' })).toMatchObject({ ok: false, error: 'validation' });
    expect(await retryMailAction({ jobId })).toEqual({ ok: true, data: null });
  });
});

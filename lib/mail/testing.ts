import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { listQueuedMails } from '@/db/queries/outbox';
import { createPractice } from '@/lib/testing/fixtures';
import { deliver } from './transport';

/** For tests: a practice whose invitation mail used up every attempt (the mail server refused it each time). */
export async function practiceWithFailedMail() {
  const owner = await createPractice('Praktijk Post');
  const mail = { to: 'nieuw@example.test', subject: 'Uitnodiging', text: 'Kom erbij', html: '<p>Kom erbij</p>' };
  await deliver(owner.practiceId, mail, getDb());
  await getDb().execute(sql`
    update graphile_worker._private_jobs set attempts = max_attempts, last_error = '550 mailbox unavailable'
    where payload->>'practiceId' = ${owner.practiceId}`);
  const [queued] = await listQueuedMails(owner.practiceId);
  if (!queued) throw new Error('no queued mail');
  return { owner, jobId: queued.id, mail: queued };
}

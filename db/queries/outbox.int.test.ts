import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { recordCoachingAgreement, seedClient } from '@/db/queries/client-test-fixtures';
import { clients, homework } from '@/db/schema';
import { deliver, type Mail } from '@/lib/mail/transport';
import { runMailJobsOnce } from '@/lib/mail/worker';
import { createPractice, outboxFor } from '@/lib/testing/fixtures';
import { deleteClientMails, insertOutboxMail, listQueuedMails, mailLinkWorks } from './outbox';

const mail = (to: string, subject: string): Mail => ({ to, subject, text: `Tekst: ${subject}`, html: `<p>${subject}</p>` });
const subjects = (rows: { subject: string }[]) => rows.map((r) => r.subject).sort();

/**
 * Jan runs a bakery: he is a client himself, and the manager contact of his employee Piet, also a client. A mail to Jan
 * about Piet (Piet's share link, say) is Piet's, not Jan's: erasing Jan leaves it.
 */
async function janAndPiet() {
  const owner = await createPractice();
  const jan = await seedClient(owner.practiceId, owner.userId, { firstName: 'Jan', email: 'Jan@Bakkerij.nl' });
  const piet = await seedClient(owner.practiceId, owner.userId, { firstName: 'Piet', email: 'piet@bakkerij.nl' });
  return { owner, jan, piet };
}

describe('erasing a client whose address another client’s mails went to', () => {
  it('deletes their own queued mails (named or from before mails named their client), not those about another client', async () => {
    const { owner, jan, piet } = await janAndPiet();
    await getDb().transaction(async (tx) => {
      await deliver(owner.practiceId, mail('jan@bakkerij.nl', 'Jan: huiswerk'), tx, { clientId: jan.id });
      await deliver(owner.practiceId, mail('jan.oud@bakkerij.nl', 'Jan: oud adres'), tx, { clientId: jan.id });
      await deliver(owner.practiceId, mail('JAN@bakkerij.nl', 'Jan: zonder cliënt'), tx);
      await deliver(owner.practiceId, mail('jan@bakkerij.nl', 'Piet: deellink'), tx, { clientId: piet.id });
      await deliver(owner.practiceId, mail('piet@bakkerij.nl', 'Piet: huiswerk'), tx, { clientId: piet.id });
    });
    // A job whose payload names no client as JSON null counts as naming none.
    await getDb().execute(sql`
      update graphile_worker._private_jobs set payload = jsonb_set(payload::jsonb, '{clientId}', 'null')::json
      where payload->'mail'->>'subject' = 'Jan: zonder cliënt'`);

    await deleteClientMails(owner.practiceId, jan.id, jan.email);
    expect(subjects(await listQueuedMails(owner.practiceId))).toEqual(['Piet: deellink', 'Piet: huiswerk']);
  });

  it('deletes their own kept mails (named or not), not those about another client', async () => {
    const { owner, jan, piet } = await janAndPiet();
    await insertOutboxMail(owner.practiceId, mail('jan@bakkerij.nl', 'Jan: huiswerk'), jan.id);
    await insertOutboxMail(owner.practiceId, mail('jan.oud@bakkerij.nl', 'Jan: oud adres'), jan.id);
    await insertOutboxMail(owner.practiceId, mail('JAN@bakkerij.nl', 'Jan: zonder cliënt'));
    await insertOutboxMail(owner.practiceId, mail('jan@bakkerij.nl', 'Piet: deellink'), piet.id);
    await insertOutboxMail(owner.practiceId, mail('piet@bakkerij.nl', 'Piet: huiswerk'), piet.id);

    await deleteClientMails(owner.practiceId, jan.id, jan.email);
    expect(subjects(await outboxFor(owner.practiceId))).toEqual(['Piet: deellink', 'Piet: huiswerk']);
  });
});

describe("a homework's mail once the coaching has ended", () => {
  async function queuedHomeworkMail() {
    const owner = await createPractice();
    const eva = await seedClient(owner.practiceId, owner.userId, { email: 'eva@example.test' });
    const [item] = await getDb()
      .insert(homework)
      .values({ practiceId: owner.practiceId, clientId: eva.id, template: 'energy_diary', dueDate: '2030-01-01', assignedBy: owner.userId })
      .returning();
    const link = { kind: 'homework' as const, id: item!.id };
    const queue = () =>
      getDb().transaction((tx) =>
        deliver(owner.practiceId, mail(eva.email, 'Nieuw huiswerk'), tx, {
          clientId: eva.id,
          linkExpiresAt: new Date(Date.now() + 3_600_000),
          link,
        }),
      );
    return { owner, eva, link, queue };
  }

  it('is sent while the trajectory is open and the coaching agreement given', async () => {
    const { owner, link, queue } = await queuedHomeworkMail();
    expect(await mailLinkWorks(owner.practiceId, link)).toBe(true);
    await queue();
    expect(await outboxFor(owner.practiceId)).toHaveLength(1);
  });

  it.each([
    ['the trajectory is closed', (id: string) => getDb().update(clients).set({ status: 'closed' }).where(eq(clients.id, id))],
    [
      'the record is archived',
      (id: string) => getDb().update(clients).set({ status: 'closed', archivedAt: new Date() }).where(eq(clients.id, id)),
    ],
  ])('is not sent once %s', async (_, end) => {
    const { owner, eva, link, queue } = await queuedHomeworkMail();
    await queue();
    await end(eva.id);
    expect(await mailLinkWorks(owner.practiceId, link)).toBe(false);
    expect((await listQueuedMails(owner.practiceId))[0]).toMatchObject({ linkExpired: true });
    await runMailJobsOnce();
    expect(await outboxFor(owner.practiceId)).toEqual([]);
    expect(await listQueuedMails(owner.practiceId)).toEqual([]);
  });

  it('is not sent once the client withdrew the coaching agreement', async () => {
    const { owner, eva, link, queue } = await queuedHomeworkMail();
    await queue();
    await recordCoachingAgreement(owner.practiceId, eva.id, null, 'withdrawn');
    expect(await mailLinkWorks(owner.practiceId, link)).toBe(false);
    expect(await outboxFor(owner.practiceId)).toEqual([]);
    expect(await listQueuedMails(owner.practiceId)).toEqual([]);
  });
});

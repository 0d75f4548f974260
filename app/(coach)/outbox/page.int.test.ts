import { sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { listQueuedMails } from '@/db/queries/outbox';
import { outbox } from '@/db/schema';
import { handlePasswordResetRequested } from '@/lib/accounts/service';
import { deliver } from '@/lib/mail/transport';
import { actAs, addCoach, createPractice } from '@/lib/testing/fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import OutboxPage from './page';

// The page rendered outside Next, in Dutch: the server's translators and the hooks' provider from the real messages.
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ push: () => {}, replace: () => {}, refresh: () => {}, back: () => {}, prefetch: () => {} }),
}));

async function render() {
  const element = await OutboxPage();
  return renderPageHtml(element);
}

describe('the outbox page', () => {
  it('says of a mail still waiting whose link ran out that it will not be sent, not only that it is retried', async () => {
    const owner = await createPractice('Praktijk Wachtrij');
    const coach = await addCoach(owner.practiceId);
    // Two reset mails waiting after a failed attempt (the mail server was down): one link ran out meanwhile.
    await handlePasswordResetRequested(owner.email);
    await handlePasswordResetRequested(coach.email);
    await getDb().execute(sql`
      update graphile_worker._private_jobs
      set attempts = 1, last_error = '421 service not available', run_at = now() + interval '5 minutes',
        payload = case when payload->'mail'->>'to' = ${coach.email}
          then (payload::jsonb || jsonb_build_object('linkExpiresAt', now() - interval '1 minute'))::json else payload end
      where payload->>'practiceId' = ${owner.practiceId}`);
    actAs(owner);
    const html = await render();
    const said = 'De link in deze e-mail werkt inmiddels niet meer: de e-mail wordt niet meer verstuurd';
    expect(html.split(said)).toHaveLength(2);
    const card = (email: string) => html.slice(html.lastIndexOf('<li', html.indexOf(email)), html.indexOf('</li>', html.indexOf(email)));
    expect(card(coach.email)).toContain(said);
    expect(card(owner.email)).not.toContain(said);
  });
  it('says of a mail whose address was refused that it was not tried again, and of another that every attempt was used', async () => {
    const owner = await createPractice('Praktijk Geweigerd');
    const coach = await addCoach(owner.practiceId);
    await handlePasswordResetRequested(owner.email);
    await handlePasswordResetRequested(coach.email);
    // The coach's address refused at the first attempt (lib/mail/worker.ts ends its attempts); the owner's used all 15.
    await getDb().execute(sql`
      update graphile_worker._private_jobs
      set attempts = case when payload->'mail'->>'to' = ${coach.email} then 1 else max_attempts end,
        max_attempts = case when payload->'mail'->>'to' = ${coach.email} then 1 else max_attempts end,
        last_error = case when payload->'mail'->>'to' = ${coach.email} then '550 5.1.1 no such user' else '421 try later' end
      where payload->>'practiceId' = ${owner.practiceId}`);
    actAs(owner);
    const html = await render();
    const card = (email: string) => html.slice(html.lastIndexOf('<li', html.indexOf(email)), html.indexOf('</li>', html.indexOf(email)));
    const refused = 'De mailserver van de ontvanger weigerde dit adres, dus is het niet opnieuw geprobeerd.';
    expect(card(coach.email)).toContain(refused);
    expect(card(coach.email)).not.toContain('Poging 1 van 1');
    expect(card(coach.email)).not.toContain('Alle pogingen zijn gebruikt.');
    expect(card(owner.email)).toContain('Poging 15 van 15');
    expect(card(owner.email)).toContain('Alle pogingen zijn gebruikt.');
    expect(card(owner.email)).not.toContain(refused);
    // Both can be sent again (the address may be mended at the mail server, or the server itself).
    for (const email of [coach.email, owner.email]) expect(card(email)).toContain('Opnieuw versturen');
  });
  it('says of a mail a worker holds right now that it is being sent, with no retry or next attempt, on its first attempt or its last', async () => {
    const owner = await createPractice('Praktijk Bezig');
    const coach = await addCoach(owner.practiceId);
    await handlePasswordResetRequested(owner.email);
    await handlePasswordResetRequested(coach.email);
    // Graphile Worker counts the attempt when it takes the job: the owner's is its last (15 of 15), the coach's its first,
    // due a moment ago.
    await getDb().execute(sql`
      update graphile_worker._private_jobs
      set attempts = case when payload->'mail'->>'to' = ${owner.email} then max_attempts else 1 end,
        last_error = case when payload->'mail'->>'to' = ${owner.email} then '421 try later' else null end,
        run_at = now() - interval '1 minute', locked_at = now(), locked_by = 'test-worker'
      where payload->>'practiceId' = ${owner.practiceId}`);
    expect((await listQueuedMails(owner.practiceId)).map((m) => m.status)).toEqual(['sending', 'sending']);
    actAs(owner);
    const html = await render();
    const card = (email: string) => html.slice(html.lastIndexOf('<li', html.indexOf(email)), html.indexOf('</li>', html.indexOf(email)));
    for (const email of [owner.email, coach.email]) {
      expect(card(email)).toContain('Wordt nu verstuurd');
      expect(card(email)).toContain('data-status="sending"');
      for (const wrong of ['Mislukt', 'Alle pogingen zijn gebruikt.', 'Opnieuw versturen', 'Wordt opnieuw geprobeerd', 'Volgende poging']) {
        expect(card(email)).not.toContain(wrong);
      }
    }
    expect(card(owner.email)).toContain('Poging 15 van 15');
    expect(card(coach.email)).toContain('Poging 1 van 15');
    // A lock older than 4 hours is a worker that died holding it (Graphile Worker takes the job up again): no longer
    // "being sent", but what its attempts say.
    await getDb().execute(sql`
      update graphile_worker._private_jobs set locked_at = now() - interval '5 hours'
      where payload->>'practiceId' = ${owner.practiceId}`);
    expect(Object.fromEntries((await listQueuedMails(owner.practiceId)).map((m) => [m.to, m.status]))).toEqual({
      [owner.email]: 'failed',
      [coach.email]: 'retrying',
    });
  });
  it('says how many mails wait in all when it shows only the 50 newest', async () => {
    const owner = await createPractice('Praktijk Stapel');
    const mail = (n: number) => ({ to: `c${n}@example.test`, subject: `Bericht ${n}`, text: 't', html: '<p>t</p>' });
    await getDb().transaction(async (tx) => {
      for (let n = 1; n <= 52; n++) await deliver(owner.practiceId, mail(n), tx);
    });
    actAs(owner);
    const html = await render();
    expect(html).toContain('Hier staan de 50 nieuwste van de 52 e-mails die nog niet verstuurd zijn.');
    expect(html.match(/data-testid="queued-mail"/g)).toHaveLength(50);
    // Fewer than 50: nothing to say.
    const other = await createPractice('Praktijk Klein');
    await getDb().transaction((tx) => deliver(other.practiceId, mail(1), tx));
    actAs(other);
    expect(await render()).not.toContain('nieuwste van de');
  });
});

describe('the kept mails', () => {
  it('never show a password-reset link: the owner could set a coach’s password with it; other links stay clickable', async () => {
    const owner = await createPractice('Praktijk Bewaard');
    const coach = await addCoach(owner.practiceId);
    const resetUrl = 'http://localhost:3000/reset-password/abc.def-secret';
    await getDb()
      .insert(outbox)
      .values([
        { practiceId: owner.practiceId, to: coach.email, subject: 'Nieuw wachtwoord', text: `Open ${resetUrl}\nGroet`, html: '' },
        {
          practiceId: owner.practiceId,
          to: 'nieuw@example.test',
          subject: 'Uitnodiging',
          text: 'Open http://localhost:3000/invite/x.y',
          html: '',
        },
      ]);
    actAs(owner);
    const html = await render();
    expect(html).not.toContain('abc.def-secret');
    expect(html).toContain('[link verborgen: alleen de ontvanger mag een nieuw wachtwoord kiezen]');
    expect(html).toContain('<a href="http://localhost:3000/invite/x.y">');
  });
});

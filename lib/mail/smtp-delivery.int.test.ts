import { randomUUID } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedClient, seedSharingClient } from '@/db/queries/client-test-fixtures';
import { acceptInvitation } from '@/lib/accounts/service';
import { requireClientAccess } from '@/lib/auth/client-access';
import type { Actor } from '@/lib/auth/guards';
import { assignHomework } from '@/lib/homework/service';
import { assignment } from '@/lib/homework/test-fixtures';
import { createShare } from '@/lib/plans/service';
import { consumePortalLink } from '@/lib/portal/service';
import { planSessions } from '@/lib/sessions/service';
import { inviteCoach } from '@/lib/settings/service';
import { addCoach, createPractice, TEST_PASSWORD, uniqueEmail } from '@/lib/testing/fixtures';
import { portalSignInUrl } from '@/lib/urls';
import { runMailJobsOnce } from './worker';

/**
 * Mail for real: with SMTP_URL set, the queue's worker hands the app's mails to a real SMTP server
 * (smtp-server on loopback). We read what arrived as a mail client would: the subject and body in the
 * recipient's language, a link that works when opened, and nothing about the client's health.
 */
type Received = { to: string[]; subject: string; text: string; html: string; raw: string };

// Words that would give away a client's health or scores; none may be in a mail (both languages).
const HEALTH_WORDS =
  /burn-?out|uitput|exhaust|vermoeid|fatigue|score|risico|risk|cynis|depress|stress|JD-R|klacht|symptom|ziek|sick|profiel|profile|quadrant|kwadrant/i;

/** Undoes RFC 2047 encoded words (=?UTF-8?Q?...?= / B) in a header. */
function decodeHeader(value: string): string {
  return value.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=\s*/g, (_all, _charset, kind: string, text: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

/** Decodes one MIME part's body by its Content-Transfer-Encoding. */
function decodeBody(headers: string, body: string): string {
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/** Splits a received message into subject, text part and html part (nodemailer's multipart/alternative). */
function parseMail(raw: string): Omit<Received, 'to' | 'raw'> {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const subject = decodeHeader(/^subject:\s*(.*)$/im.exec(unfolded)?.[1] ?? '');
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(unfolded)?.[1];
  const parts = boundary ? raw.split(`--${boundary}`).slice(1, -1) : [`${head}\r\n\r\n${rest.join('\r\n\r\n')}`];
  let text = '';
  let html = '';
  for (const part of parts) {
    const split = part.search(/\r?\n\r?\n/);
    const headers = part.slice(0, split);
    const body = decodeBody(headers, part.slice(split).replace(/^\r?\n\r?\n/, ''));
    if (/content-type:\s*text\/plain/i.test(headers)) text = body;
    else if (/content-type:\s*text\/html/i.test(headers)) html = body;
  }
  return { subject, text, html };
}

let server: SMTPServer;
const received: Received[] = [];
const previousSmtpUrl = process.env.SMTP_URL;

beforeAll(async () => {
  server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('latin1')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, ...parseMail(raw) });
        callback();
      });
    },
  });
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port)),
  );
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
});

afterAll(async () => {
  if (previousSmtpUrl === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = previousSmtpUrl;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Runs the mail worker once (as the app's worker would) and returns the one mail that reached `to`. */
async function mailTo(to: string): Promise<Received> {
  await runMailJobsOnce();
  const mails = received.filter((m) => m.to.includes(to));
  expect(mails).toHaveLength(1);
  return mails[0]!;
}

/** The Reply-To header naming `email`, on a line of its own. */
const replyToHeader = (email: string) => new RegExp(`^Reply-To: ${email.replace(/[.+]/g, '\\$&')}\r?$`, 'im');

/** The one link of the app in a mail's text, and the same link in its html (besides the portal's sign-in page, named in the text). */
function appLink(mail: Received): URL {
  const links = (mail.text.match(/https?:\/\/[^\s<>"]+/g) ?? []).filter(
    (url) => url !== portalSignInUrl('nl') && url !== portalSignInUrl('en'),
  );
  expect(links).toHaveLength(1);
  expect(mail.html).toContain(links[0]!.replace(/&/g, '&amp;'));
  return new URL(links[0]!);
}

describe('mail through a real SMTP server', () => {
  it('an invitation arrives in the invitee’s language with a link that creates their account', async () => {
    const owner = await createPractice('Praktijk Veerkracht');
    const actor: Actor = { ...owner, name: 'Olivia Owner', locale: 'nl' };
    const english = uniqueEmail('ivo');
    const dutch = uniqueEmail('ines');
    expect(await inviteCoach(actor, { name: 'Ivo', email: english, locale: 'en' })).toEqual({ ok: true, data: null });
    expect(await inviteCoach(actor, { name: 'Ines', email: dutch, locale: 'nl' })).toEqual({ ok: true, data: null });

    const en = await mailTo(english);
    expect(en.subject).toBe('Invitation to Praktijk Veerkracht on Balanspunt');
    expect(en.text).toContain('Dear Ivo,');
    expect(en.text).toContain('Olivia Owner invites you to work as a coach at Praktijk Veerkracht on Balanspunt.');
    expect(en.html).toContain('Accept invitation');
    expect(en.text).not.toMatch(/uitnodiging|Beste /i);
    const nl = await mailTo(dutch);
    expect(nl.subject).not.toBe(en.subject);
    expect(nl.subject).toMatch(/Praktijk Veerkracht/);
    expect(nl.text).toContain('Ines');
    expect(nl.text).not.toContain('invites you');

    // Opening the link: the invitation page's token creates the account, once.
    const link = appLink(en);
    expect(link.pathname).toMatch(/^\/invite\/[^/]+$/);
    const token = decodeURIComponent(link.pathname.split('/')[2]!);
    expect(await acceptInvitation({ token, password: TEST_PASSWORD, confirmPassword: TEST_PASSWORD })).toEqual({
      ok: true,
      data: { email: english, locale: 'en' },
    });
    expect(await acceptInvitation({ token, password: TEST_PASSWORD, confirmPassword: TEST_PASSWORD })).toEqual({
      ok: false,
      error: 'link_used',
    });
    for (const mail of [en, nl]) expect(`${mail.subject}\n${mail.text}\n${mail.html}`).not.toMatch(HEALTH_WORDS);
  });

  it('homework for an English client arrives in English, signs them in, and says nothing of their health', async () => {
    const owner = await createPractice('Praktijk Veerkracht');
    const actor: Actor = { ...owner, name: 'Olivia Owner', locale: 'nl' };
    const email = uniqueEmail('emma');
    const seeded = await seedClient(actor.practiceId, actor.userId, { firstName: 'Emma', email, locale: 'en' });
    const client = await requireClientAccess(actor, seeded.id);
    const assigned = await assignHomework(actor, client, assignment('energy_diary'));
    if (!assigned.ok) throw new Error(assigned.error);
    const mail = await mailTo(email);
    expect(mail.subject).toBe('New homework: Energy diary');
    expect(mail.text).toContain('Dear Emma,');
    expect(mail.text).toContain('Olivia Owner of Praktijk Veerkracht has set homework for you: Energy diary.');
    expect(mail.html).toContain('Open your homework');
    expect(`${mail.subject}\n${mail.text}\n${mail.html}`).not.toMatch(HEALTH_WORDS);
    expect(mail.text).not.toMatch(/huiswerk|Beste /i);
    // A question about the task, sent as a reply, reaches the coach who set it.
    expect(mail.raw).toMatch(replyToHeader(owner.email));

    // Opening the link signs the client in and leads to this homework; it works once.
    const link = appLink(mail);
    expect(link.pathname).toMatch(/^\/portal\/auth\/[^/]+$/);
    const token = decodeURIComponent(link.pathname.split('/')[3]!);
    expect(await consumePortalLink(token)).toMatchObject({
      ok: true,
      data: { redirectTo: `/portal/homework/${assigned.data.homeworkId}`, locale: 'en' },
    });
    expect(await consumePortalLink(token)).toMatchObject({ ok: false, error: 'link_used' });
  });

  it('a session mail names the coach to write to, and a reply reaches that coach, not the no-reply sender', async () => {
    const owner = await createPractice('Praktijk Veerkracht');
    const actor: Actor = { ...owner, name: 'Olivia Owner', locale: 'nl' };
    const email = uniqueEmail('sam');
    const client = await requireClientAccess(actor, (await seedClient(actor.practiceId, actor.userId, { firstName: 'Sam', email })).id);
    const date = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    const planned = await planSessions(actor, client, {
      requestId: randomUUID(),
      date,
      startTime: '10:00',
      endTime: '11:00',
      kind: 'coaching',
      location: 'video',
      repeat: 'none',
      count: 1,
      allowOverlap: false,
    });
    expect(planned.ok).toBe(true);
    const mail = await mailTo(email);
    expect(mail.subject).toMatch(/^Afspraak met Olivia Owner: /);
    expect(mail.raw).toMatch(replyToHeader(owner.email));
  });

  it('a share link made by the owner names the client’s own coach, and a reply from the manager reaches that coach', async () => {
    const owner = await createPractice('Praktijk Veerkracht');
    const coach = await addCoach(owner.practiceId);
    const { manager, client } = await seedSharingClient(owner.practiceId, coach.userId, 'Bouwbedrijf West', { firstName: 'Sam' });
    const actor: Actor = { ...owner, name: 'Olivia Owner', locale: 'nl' };
    expect(await createShare(actor, { clientId: client.id, contactId: manager.id, sendMail: true })).toMatchObject({ ok: true });
    const mail = await mailTo(manager.email!);
    expect(mail.text).toContain('Cas Coach');
    expect(mail.raw).toMatch(replyToHeader(coach.email));
    expect(mail.raw).not.toMatch(replyToHeader(owner.email));
  });
});

import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/lib/i18n/translator';
import { isAddressRefused } from './refusal';

/** The error nodemailer's SMTP connection gives (smtp-connection, _formatError): a code, the command, the reply's number. */
const smtpError = (responseCode: number | undefined, command = 'RCPT TO', code = 'EENVELOPE') =>
  Object.assign(new Error(`Recipient command failed: ${responseCode} 5.1.1 no such user`), { code, command, responseCode });

describe('isAddressRefused', () => {
  it('is true when the recipient address is refused for good (550, 551, 553 on RCPT TO)', () => {
    for (const code of [550, 551, 553]) expect(isAddressRefused(smtpError(code))).toBe(true);
  });

  it('is false for a full mailbox, a temporary refusal, or our own sender or login being refused', () => {
    expect(isAddressRefused(smtpError(552))).toBe(false); // mailbox full: temporary (RFC 5321)
    expect(isAddressRefused(smtpError(450))).toBe(false);
    expect(isAddressRefused(smtpError(421))).toBe(false);
    expect(isAddressRefused(smtpError(554))).toBe(false);
    expect(isAddressRefused(smtpError(550, 'MAIL FROM'))).toBe(false); // our sender: the owner mends it, retries go on
    expect(isAddressRefused(smtpError(535, 'AUTH PLAIN', 'EAUTH'))).toBe(false);
    expect(isAddressRefused(smtpError(undefined))).toBe(false);
  });

  it('is false for anything that is not a mail server answer', () => {
    expect(isAddressRefused(new Error('connect ECONNREFUSED'))).toBe(false);
    expect(isAddressRefused(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' }))).toBe(false);
    expect(isAddressRefused('550')).toBe(false);
    expect(isAddressRefused(null)).toBe(false);
  });
});

describe('the timeline line of a mail that did not arrive (lib/mail/service.ts, recordFailedClientMail)', () => {
  it('says why in both languages: the address refused, or every attempt used', () => {
    const nl = translatorFor('nl');
    const en = translatorFor('en');
    expect(nl('timeline.client.mail_failed', { about: 'homework', reason: 'address' })).toBe(
      'Niet bezorgd: de e-mail over huiswerk aan de cliënt. De mailserver van de ontvanger weigerde het adres: klopt het e-mailadres? De praktijkeigenaar ziet de reden bij Uitgaande e-mail.',
    );
    expect(nl('timeline.client.mail_failed', { about: 'share', reason: 'attempts' })).toContain('De mailserver bleef hem weigeren.');
    expect(en('timeline.client.mail_failed', { about: 'share', reason: 'address' })).toContain(
      'the email with the share link to the employer. The recipient’s mail server refused the address: is the email address right?',
    );
    expect(en('timeline.client.mail_failed', { about: 'client', reason: 'attempts' })).toContain('The mail server kept refusing it.');
  });
});

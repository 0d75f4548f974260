import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/lib/i18n/translator';
import { isAddressRefused } from './refusal';

/**
 * The error nodemailer's SMTP connection gives (smtp-connection, _formatError): a code, the command, the reply's number
 * and the reply itself.
 */
const smtpError = (responseCode: number | undefined, command = 'RCPT TO', code = 'EENVELOPE', text = '5.1.1 no such user') =>
  Object.assign(new Error(`Recipient command failed: ${responseCode} ${text}`), {
    code,
    command,
    responseCode,
    response: `${responseCode} ${text}`,
  });

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

  it('reads the enhanced status code: only one about the recipient’s address counts, never our sender or a policy', () => {
    expect(isAddressRefused(smtpError(550, 'RCPT TO', 'EENVELOPE', '5.1.2 Domain not found'))).toBe(true);
    expect(isAddressRefused(smtpError(550, 'RCPT TO', 'EENVELOPE', 'Mailbox unavailable'))).toBe(true);
    // Postfix refuses a bad sender at RCPT TO (smtpd_delay_reject): our MAIL_FROM or relay, for the owner to mend.
    expect(isAddressRefused(smtpError(553, 'RCPT TO', 'EENVELOPE', '5.7.1 <no-reply@praktijk.nl>: Sender address rejected'))).toBe(false);
    expect(isAddressRefused(smtpError(550, 'RCPT TO', 'EENVELOPE', '5.1.8 Sender domain not found'))).toBe(false);
    expect(isAddressRefused(smtpError(550, 'RCPT TO', 'EENVELOPE', '5.7.1 Service unavailable; client host blocked'))).toBe(false);
    expect(isAddressRefused(smtpError(553, 'RCPT TO', 'EENVELOPE', 'Sender address rejected: not owned by user'))).toBe(false);
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

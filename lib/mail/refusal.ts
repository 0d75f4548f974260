/**
 * Whether a mail server's answer means the recipient's address will never take the mail, so that retrying it for about
 * 34 hours (lib/mail/queue.ts, MAX_ATTEMPTS) only hides a typo from the coach. Only a refusal of the recipient itself
 * (nodemailer's envelope error on RCPT TO) with 550 (no such mailbox), 551 (user not local) or 553 (address not
 * allowed) counts. Not 552 (mailbox full: RFC 5321 §4.5.3.1.10 treats it as temporary), any 4xx, a refused sender or
 * login (our own configuration, which the owner can mend while the queue keeps trying), nor a dropped connection.
 *
 * Many servers (Postfix with its default smtpd_delay_reject) refuse a bad sender or a policy breach at RCPT TO as well:
 * "553 5.7.1 Sender address rejected", "550 5.1.8 sender domain not found", "550 5.7.1 blocked". When the answer carries
 * an enhanced status code (RFC 3463), only the ones about the recipient's address count: 5.1.1 (no such mailbox), 5.1.2
 * (no such domain), 5.1.3 (bad address syntax), 5.1.6 (mailbox moved), 5.1.10 (null MX). Without one, an answer that
 * names the sender does not count.
 */
const ADDRESS_REFUSED = new Set([550, 551, 553]);
const ADDRESS_STATUS = new Set(['5.1.1', '5.1.2', '5.1.3', '5.1.6', '5.1.10']);

export function isAddressRefused(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, command, responseCode, response } = error as {
    code?: unknown;
    command?: unknown;
    responseCode?: unknown;
    response?: unknown;
  };
  if (code !== 'EENVELOPE' || command !== 'RCPT TO' || typeof responseCode !== 'number' || !ADDRESS_REFUSED.has(responseCode)) return false;
  const text = typeof response === 'string' ? response : '';
  const enhanced = /\b([245])\.(\d{1,3})\.(\d{1,3})\b/.exec(text);
  if (enhanced) return ADDRESS_STATUS.has(`${enhanced[1]}.${enhanced[2]}.${enhanced[3]}`);
  return !/sender/i.test(text);
}

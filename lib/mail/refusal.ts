/**
 * Whether a mail server's answer means the recipient's address will never take the mail, so that retrying it for about
 * 34 hours (lib/mail/queue.ts, MAX_ATTEMPTS) only hides a typo from the coach. Only a refusal of the recipient itself
 * (nodemailer's envelope error on RCPT TO) with 550 (no such mailbox), 551 (user not local) or 553 (address not
 * allowed) counts. Not 552 (mailbox full: RFC 5321 §4.5.3.1.10 treats it as temporary), any 4xx, a refused sender or
 * login (our own configuration, which the owner can mend while the queue keeps trying), nor a dropped connection.
 */
const ADDRESS_REFUSED = new Set([550, 551, 553]);

export function isAddressRefused(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, command, responseCode } = error as { code?: unknown; command?: unknown; responseCode?: unknown };
  return code === 'EENVELOPE' && command === 'RCPT TO' && typeof responseCode === 'number' && ADDRESS_REFUSED.has(responseCode);
}

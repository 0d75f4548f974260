import 'server-only';
import { getDb } from '@/db/client';
import { practicesWithDueErasures } from '@/db/queries/client-retention';
import { logError } from '@/lib/log';
import { retentionDueMail } from '@/lib/mail/templates';
import { deliver } from '@/lib/mail/transport';
import { appUrl } from '@/lib/urls';
import { todayIn } from './dates';

/** Mondays, before the working day (graphile-worker crontab, UTC); a server down then sends it once it is up, that week. */
// One attempt (max=1): a retry would mail again the owners of every practice done before the failure; next Monday comes.
export const RETENTION_REMINDER_CRONTAB = '0 6 * * 1 retention_reminder ?fill=6d&max=1\n';

/**
 * The weekly reminder to each practice's owners while closed records are past the retention period the practice chose
 * (GDPR storage limitation): nothing erases a record by itself, and the list lives in the settings, where an owner may
 * not look for months. The mail gives the count and the link, never a name. One transaction per practice, so the mails of
 * one are queued together; `only` narrows it to some practices (a test's). Returns the number of mails queued.
 */
export async function remindOwnersOfDueErasures(today = todayIn(), only?: readonly string[]): Promise<number> {
  let queued = 0;
  for (const practice of await practicesWithDueErasures(today, only)) {
    if (practice.owners.length === 0) continue;
    // One practice's failure (its owners' mails roll back together) does not keep the others' reminders back.
    const sent = await getDb()
      .transaction(async (tx) => {
        for (const owner of practice.owners) {
          const mail = retentionDueMail({
            to: owner.email,
            locale: owner.locale,
            name: owner.name,
            practice: practice.practice,
            count: practice.count,
            years: practice.years,
            url: appUrl('/settings#erasure'),
          });
          await deliver(practice.practiceId, mail, tx);
        }
        return practice.owners.length;
      })
      .catch((error: unknown) => {
        // The error's class and code only: a failed outbox insert's message holds the whole mail.
        logError('retention reminder', error);
        return 0;
      });
    queued += sent;
  }
  return queued;
}

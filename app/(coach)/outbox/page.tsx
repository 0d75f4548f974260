import { getFormatter, getTranslations } from 'next-intl/server';
import { listOutbox, type QueuedMail, queuedMailsWithTotal } from '@/db/queries/outbox';
import { requireOwnerPage } from '@/lib/auth/guards';
import { MAX_ATTEMPTS } from '@/lib/mail/queue';
import { usesOutbox } from '@/lib/mail/transport';
import { RetryMailButton } from './retry-mail-button';

export async function generateMetadata() {
  return { title: (await getTranslations('outbox'))('title') };
}

const STATUS_STYLE: Record<QueuedMail['status'], string> = {
  queued: 'bg-slate-100 text-slate-700',
  sending: 'bg-sky-100 text-sky-900',
  retrying: 'bg-amber-100 text-amber-900',
  failed: 'bg-red-100 text-red-800',
};

/**
 * Owner only. Always: the mails still in the queue (waiting, being retried, failed for good) with their
 * attempts and last error, never their text. Without SMTP_URL also the kept mails, the local way to follow mailed links.
 */
export default async function OutboxPage() {
  const actor = await requireOwnerPage();
  const keeping = usesOutbox();
  const [t, format, { mails: queued, total }, kept] = await Promise.all([
    getTranslations('outbox'),
    getFormatter(),
    queuedMailsWithTotal(actor.practiceId),
    keeping ? listOutbox(actor.practiceId) : Promise.resolve([]),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="flex flex-col gap-4">
      <h1>{t('title')}</h1>
      <p className="max-w-prose text-slate-600">{keeping ? t('intro') : t('smtpIntro')}</p>

      <section aria-labelledby="queue-title" className="flex flex-col gap-3">
        <h2 id="queue-title">{t('queueTitle')}</h2>
        <p className="max-w-prose text-sm text-slate-600">{t('queueIntro', { max: MAX_ATTEMPTS.send_mail })}</p>
        {total > queued.length && (
          <p className="max-w-prose text-sm text-slate-700" data-testid="queue-shown">
            {t('queueShown', { shown: queued.length, total })}
          </p>
        )}
        {queued.length === 0 ? (
          <p className="empty-state">{t('queueEmpty')}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {queued.map((mail) => (
              <li key={mail.id} className="card flex flex-col gap-1" data-testid="queued-mail" data-status={mail.status}>
                <div className="flex flex-wrap items-center gap-2">
                  <h3 className="[overflow-wrap:anywhere]">{mail.subject}</h3>
                  <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[mail.status]}`}>
                    {t(`status.${mail.status}`)}
                  </span>
                </div>
                <p className="text-sm text-slate-600 [overflow-wrap:anywhere]">
                  {t('to')}: {mail.to} · {t('queuedAt', { date: when(mail.createdAt) })}
                </p>
                {mail.addressRefused ? (
                  <p className="text-sm text-slate-700" data-testid="queued-mail-address-refused">
                    {t('failedAddressRefused')}
                  </p>
                ) : (
                  mail.attempts > 0 && (
                    <p className="text-sm text-slate-700">
                      {t('attempts', { attempts: mail.attempts, max: mail.maxAttempts })}
                      {mail.status === 'retrying' && <> · {t('nextAttempt', { date: when(mail.nextAttemptAt) })}</>}
                    </p>
                  )
                )}
                {mail.lastError && (
                  <p className="text-sm text-red-800 [overflow-wrap:anywhere]">{t('lastError', { error: mail.lastError })}</p>
                )}
                {/* Still waiting, but the worker will drop it (lib/mail/worker.ts): said, not left to read as "retrying". */}
                {(mail.status === 'queued' || mail.status === 'retrying') && mail.linkExpired && (
                  <p className="text-sm text-slate-700" data-testid="queued-mail-link-expired">
                    {t('waitingLinkExpired')}
                  </p>
                )}
                {mail.status === 'failed' && !mail.addressRefused && <p className="text-sm text-slate-700">{t('failedAllAttempts')}</p>}
                {mail.status === 'failed' &&
                  (mail.stripped ? (
                    <p className="text-sm text-slate-700">{t('failedStripped')}</p>
                  ) : mail.linkExpired ? (
                    <p className="text-sm text-slate-700">{t('failedLinkExpired')}</p>
                  ) : (
                    <>
                      <p className="text-sm text-slate-700">{t('failedHint')}</p>
                      <RetryMailButton jobId={mail.id} label={t('retry')} subject={mail.subject} />
                    </>
                  ))}
              </li>
            ))}
          </ul>
        )}
      </section>

      {keeping && (
        <section aria-labelledby="kept-title" className="flex flex-col gap-3">
          <h2 id="kept-title">{t('keptTitle')}</h2>
          {kept.length === 0 ? (
            <p className="empty-state">{t('empty')}</p>
          ) : (
            <ul className="flex flex-col gap-3">
              {kept.map((mail) => (
                <li key={mail.id} className="card" data-testid="outbox-mail">
                  <h3>{mail.subject}</h3>
                  <p className="text-sm text-slate-600">
                    {t('to')}: {mail.to} · {t('sent', { date: when(mail.createdAt) })}
                  </p>
                  <pre className="mt-3 whitespace-pre-wrap font-sans text-sm [overflow-wrap:anywhere]">
                    {linkify(mail.text, t('resetLinkHidden'))}
                  </pre>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}

/**
 * The mail's links, clickable: the local way to follow them. Not a password-reset link: whoever opens it sets that
 * person's password, and the owner reading this page is not that person (a coach's reset would hand the owner the
 * coach's account). The recipient's own copy goes to the console.
 */
function linkify(text: string, hidden: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      isResetLink(part) ? (
        <em key={i} data-testid="reset-link-hidden">
          {hidden}
        </em>
      ) : (
        <a key={i} href={part}>
          {part}
        </a>
      )
    ) : (
      part
    ),
  );
}

const isResetLink = (url: string) => /^https?:\/\/[^/\s]+\/reset-password\//.test(url);

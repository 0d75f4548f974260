import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { listOutbox } from '@/db/queries/outbox';
import { requireOwnerPage } from '@/lib/auth/guards';
import { usesOutbox } from '@/lib/mail/transport';

export async function generateMetadata() {
  return { title: (await getTranslations('outbox'))('title') };
}

/** Only there while mails are kept instead of sent (no SMTP_URL): the local way to follow mailed links. */
export default async function OutboxPage() {
  const actor = await requireOwnerPage();
  if (!usesOutbox()) notFound();
  const [t, format, mails] = await Promise.all([getTranslations('outbox'), getFormatter(), listOutbox(actor.practiceId)]);
  return (
    <div className="flex flex-col gap-4">
      <h1>{t('title')}</h1>
      <p className="max-w-prose text-slate-600">{t('intro')}</p>
      {mails.length === 0 ? (
        <p className="empty-state">{t('empty')}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {mails.map((mail) => (
            <li key={mail.id} className="card" data-testid="outbox-mail">
              <h2>{mail.subject}</h2>
              <p className="text-sm text-slate-600">
                {t('to')}: {mail.to} · {t('sent', { date: format.dateTime(mail.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
              </p>
              <pre className="mt-3 whitespace-pre-wrap font-sans text-sm [overflow-wrap:anywhere]">{linkify(mail.text)}</pre>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      <a key={i} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { createFormatter, createTranslator, NextIntlClientProvider } from 'next-intl';
import { getLocale } from 'next-intl/server';
import { FocusOnArrival } from '@/app/_components/focus-on-arrival';
import { pickNamespaces } from '@/lib/i18n/client-namespaces';
import { intlLocale, type Locale, resolveLocale, TIME_ZONE } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';
import { type EmployerView, OWN_COMMENTS_SHOWN } from '@/lib/plans/employer-view';
import { isPastDue } from '@/lib/plans/past-due';
import { todayIn } from '@/lib/sessions/zoned-time';
import { openSharedPlan } from '@/lib/share/guard';
import { RecordOpening } from './opening';
import { CommentForm, ConfirmButton, ItemGoneNotice, StatusSelect } from './share-actions';

// Never indexed, never a referrer (the token is in the URL); headers for /share are set in next.config.mjs too.
// No description: the app's own ("for burnout coaches") would tell the employer, in every link preview, what kind of
// coach this is. The title is the app's name alone (not "Balanspunt · Balanspunt" through the root's template).
export const metadata: Metadata = {
  robots: { index: false, follow: false, nocache: true },
  referrer: 'no-referrer',
  title: { absolute: 'Balanspunt' },
  description: null,
};
export const dynamic = 'force-dynamic';

function tools(locale: Locale) {
  const messages = messagesFor(locale);
  const common = { locale: intlLocale(locale), messages, timeZone: TIME_ZONE };
  const t = createTranslator({ ...common, namespace: 'share' }) as unknown as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
  const tr = createTranslator({ ...common, namespace: 'reports.downloads' }) as unknown as (key: string) => string;
  return { t, tr, format: createFormatter(common), messages: pickNamespaces(messages, 'share') };
}

/** The employer's page: in the contact's language, only what the employer view builds. */
export default async function SharedPlanPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await openSharedPlan(token);
  if (state.state === 'ok') return <SharedPlan token={token} view={state.view} />;
  // Unknown, revoked, or no longer showing: the share area's not-found page, with a 404 (app/share/not-found.tsx).
  if (state.state === 'not_found') notFound();
  // Nothing here says whose plan or which practice: only whether the link expired.
  const locale = state.state === 'expired' ? state.locale : resolveLocale(await getLocale());
  const { t } = tools(locale);
  const key = state.state === 'expired' ? 'expired' : 'rateLimited';
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-3 px-4 py-10" lang={locale}>
      <h1 data-testid="share-state">{t(`${key}.title`)}</h1>
      <p className="text-slate-700">{t(`${key}.body`)}</p>
    </main>
  );
}

function SharedPlan({ token, view }: { token: string; view: EmployerView }) {
  const { t, tr, format, messages } = tools(view.locale);
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { day: 'numeric', month: 'long', year: 'numeric' });
  const today = todayIn();
  return (
    <NextIntlClientProvider locale={intlLocale(view.locale)} messages={messages} timeZone={TIME_ZONE}>
      {/* Rendering records nothing (a link preview renders it too): the page in the browser says it was opened. */}
      <RecordOpening token={token} seen={view.stamp} />
      <div className="min-h-screen" lang={view.locale}>
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-2xl items-center gap-3 px-4 py-3">
            {view.practice.hasLogo && (
              // The practice's name is printed right beside it: an alt text would say it twice.
              // eslint-disable-next-line @next/next/no-img-element
              <img src={`/share/${token}/logo`} alt="" className="h-10 w-auto" referrerPolicy="no-referrer" />
            )}
            <span className="font-semibold text-brand-800">{view.practice.name}</span>
          </div>
        </header>
        <main className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-6">
          <div className="flex flex-col gap-2">
            <h1>{t('title')}</h1>
            {view.employeeInitials && (
              <p className="font-medium text-slate-800" data-testid="share-employee">
                {t('employee', { initials: view.employeeInitials })}
              </p>
            )}
            <p className="text-slate-700">{t('intro')}</p>
            <p className="alert border-sky-200 bg-sky-50 text-sky-900" data-testid="privacy-note">
              {t('privacy')}
            </p>
          </div>

          <section className="flex flex-col gap-3" aria-labelledby="items-title">
            <h2 id="items-title">{t('itemsTitle')}</h2>
            <ItemGoneNotice />
            {view.items.length === 0 ? (
              <p className="empty-state text-slate-600">{t('noItems')}</p>
            ) : (
              <ol className="flex flex-col gap-3" data-testid="shared-items">
                {view.items.map((item) => (
                  <li key={item.id} className="card flex flex-col gap-2 p-4" data-testid="shared-item">
                    {item.isNew && (
                      // What the update mail and the lapsed confirmation point to: released since the last confirmation.
                      <p
                        className="w-fit rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900"
                        data-testid="new-item"
                      >
                        {t('newItem')}
                      </p>
                    )}
                    <p id={`item-${item.id}`} className="whitespace-pre-line font-medium">
                      {item.wording}
                    </p>
                    <p className="text-sm text-slate-600">
                      {t('owner', { owner: t(`owners.${item.owner}`) })}
                      {item.dueDate && (
                        <>
                          {' · '}
                          {isPastDue(item, today) ? (
                            <span className="font-medium text-amber-800" data-testid="past-due">
                              {t('pastDue', { date: day(item.dueDate) })}
                            </span>
                          ) : (
                            t('due', { date: day(item.dueDate) })
                          )}
                        </>
                      )}{' '}
                      · {t(`statuses.${item.status}`)}
                    </p>
                    {item.employerMayUpdate && (
                      <StatusSelect token={token} itemId={item.id} status={item.status} describedBy={`item-${item.id}`} />
                    )}
                  </li>
                ))}
              </ol>
            )}
          </section>

          {/* Nothing shared yet: nothing to confirm. */}
          {view.items.length > 0 && (
            <section className="card flex flex-col gap-3 p-4" aria-labelledby="confirm-title">
              <h2 id="confirm-title">{t('confirmTitle')}</h2>
              {view.confirmedAt ? (
                <p id="share-confirmed" tabIndex={-1} className="text-emerald-800" data-testid="confirmed">
                  {t('confirmedOn', {
                    date: format.dateTime(new Date(view.confirmedAt), {
                      day: 'numeric',
                      month: 'long',
                      hour: '2-digit',
                      minute: '2-digit',
                    }),
                  })}
                  <FocusOnArrival id="share-confirmed" />
                </p>
              ) : (
                <>
                  {view.confirmationLapsedSince && (
                    <p className="alert border-amber-300 bg-amber-50 text-amber-900" data-testid="confirmation-lapsed">
                      {t('confirmationLapsed', {
                        date: format.dateTime(new Date(view.confirmationLapsedSince), {
                          day: 'numeric',
                          month: 'long',
                          hour: '2-digit',
                          minute: '2-digit',
                        }),
                      })}
                    </p>
                  )}
                  <p className="text-slate-700">{t('confirmIntro')}</p>
                  <ConfirmButton token={token} seen={view.stamp} />
                </>
              )}
            </section>
          )}

          <section className="flex flex-col gap-2" aria-labelledby="meetings-title">
            <h2 id="meetings-title">{t('meetingsTitle')}</h2>
            {view.meetings.length === 0 ? (
              <p className="text-slate-600">{t('noMeetings')}</p>
            ) : (
              <ul className="flex flex-col gap-1" data-testid="meetings">
                {view.meetings.map((m) => (
                  <li key={m.startsAt} className="first-letter:uppercase">
                    {format.dateTime(new Date(m.startsAt), {
                      weekday: 'long',
                      day: 'numeric',
                      month: 'long',
                      year: 'numeric',
                      hour: '2-digit',
                      minute: '2-digit',
                    })}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="card flex flex-col gap-3 p-4" aria-labelledby="comment-title">
            <h2 id="comment-title">{t('commentTitle')}</h2>
            <p className="text-sm text-slate-600">{t('commentIntro')}</p>
            <CommentForm token={token} />
            {view.ownComments.length > 0 && (
              <div className="flex flex-col gap-2 border-t border-slate-200 pt-3">
                <h3 className="font-semibold">{t('ownCommentsTitle')}</h3>
                {view.olderComments && <p className="text-sm text-slate-600">{t('ownCommentsLatest', { count: OWN_COMMENTS_SHOWN })}</p>}
                <ul className="flex flex-col gap-3" data-testid="own-comments">
                  {view.ownComments.map((c, i) => (
                    <li key={`${c.at}-${i}`} className="flex flex-col gap-0.5">
                      <time dateTime={c.at} className="text-sm text-slate-600">
                        {format.dateTime(new Date(c.at), { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' })}
                      </time>
                      <p className="whitespace-pre-line break-words">{c.text}</p>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </section>

          <section className="flex flex-col gap-1" aria-labelledby="coach-title">
            <h2 id="coach-title">{t('coachTitle')}</h2>
            <p>
              {view.coach.name}, {view.practice.name}
            </p>
            <p>
              {/* On a line of its own, so a target of its own: 44px high for a thumb. */}
              <a href={`mailto:${view.coach.email}`} className="inline-flex min-h-11 items-center">
                {view.coach.email}
              </a>
            </p>
            {/* The same content as a PDF (the manager report); the route checks the link again. No `download`: the PDF
                comes as an attachment anyway, and a refusal (revoked, too many) must open as a page the manager reads,
                in the contact's language also when the link was revoked meanwhile (the language rides along). */}
            <a href={`/share/${token}/report?lang=${view.locale}`} className="btn btn-secondary mt-2 min-h-11 self-start" rel="noreferrer">
              {tr('share')}
            </a>
          </section>
        </main>
      </div>
    </NextIntlClientProvider>
  );
}

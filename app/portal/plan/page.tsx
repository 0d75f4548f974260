import { createFormatter } from 'next-intl';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { isConsentGivenNow } from '@/db/queries/consents';
import { listEmployerActions, listPlanItems, listReleases } from '@/db/queries/plans';
import { employerReaderLocales, listOpenings } from '@/db/queries/shares';
import { intlLocale, resolveLocale, TIME_ZONE } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { buildEmployerView } from '@/lib/plans/employer-view';
import { inOtherLanguage, inReaderLanguage, titlesInReaderLanguage } from '@/lib/plans/library-text';
import { isPastDue } from '@/lib/plans/past-due';
import { requirePortalClient } from '@/lib/portal/guards';
import { recordPortalView } from '@/lib/portal/service';
import { todayIn } from '@/lib/sessions/zoned-time';
import { ReleaseControls } from './release-controls';

export async function generateMetadata() {
  return { title: (await getTranslations('planPortal'))('title') };
}

const day = (d: string) => new Date(`${d}T12:00:00Z`);

/** The client's own plan on a phone: release items for the employer one by one, with a preview of exactly what the employer sees. */
export default async function PortalPlanPage() {
  const client = await requirePortalClient('/portal/plan');
  const [t, tp, ts, format, requestLocale, items, releases, openings, employerActions, sharingConsent, readers] = await Promise.all([
    getTranslations('planPortal'),
    getTranslations('plan'),
    // The preview of what the employer sees uses the share page's own words ("medewerker", not "cliënt").
    getTranslations('share'),
    getFormatter(),
    getLocale(),
    listPlanItems(client.practiceId, client.clientId),
    listReleases(client.practiceId, client.clientId),
    listOpenings(client.practiceId, client.clientId, 1),
    listEmployerActions(client.practiceId, client.clientId),
    isConsentGivenNow(client.practiceId, client.clientId, 'employer_sharing'),
    employerReaderLocales(client.practiceId, client.clientId),
  ]);
  await recordPortalView(client, 'plan');
  const open = new Map(releases.filter((r) => !r.withdrawnAt).map((r) => [r.itemId, r]));
  // The latest release per item (newest first from the query): one the coach's change took back is said on its card, so
  // a release the client gave does not vanish without a word.
  const latest = new Map<string, (typeof releases)[number]>();
  for (const r of releases) if (!latest.has(r.itemId)) latest.set(r.itemId, r);
  const takenBack = (itemId: string) => {
    const r = latest.get(itemId);
    return r?.withdrawnAt && (r.withdrawnBy === 'wording_changed' || r.withdrawnBy === 'details_changed') ? r : null;
  };
  const locale = resolveLocale(requestLocale);
  // The preview shows the plan as the employer reads it: in their language when they all read one other than the
  // client's (library text then reads in that language, with the share page's words and dates), with the client's own
  // version beside it. Not known, or two languages: in the client's, with the other language's version beside it.
  const reader = readers.length === 1 && readers[0] !== locale ? readers[0]! : null;
  // Every known reader reads the client's own language: no other language's version to show (a contact who reads the
  // other one gets a link later, and the page then shows it).
  const othersMayRead = !(readers.length > 0 && readers.every((r) => r === locale));
  const readerT = reader ? translatorFor(reader) : null;
  const tsReader = readerT ? (key: string, values?: Record<string, string>) => readerT(`share.${key}`, values) : ts;
  const formatReader = reader ? createFormatter({ locale: intlLocale(reader), timeZone: TIME_ZONE }) : format;
  // Items taken over unedited from the library read in the portal's language (the client may have switched it).
  const visible = items
    .filter((i) => i.status !== 'dropped' || open.has(i.id))
    .map((i) => ({
      ...i,
      title: inReaderLanguage(i.source, 'title', i.title, locale),
      description: inReaderLanguage(i.source, 'description', i.description, locale),
    }));
  const lastOpening = openings[0];
  const today = todayIn();
  // Every item, dropped ones too: the employer may have updated one before it was dropped.
  const titleOf = titlesInReaderLanguage(items, locale);
  const when = (d: Date) => format.dateTime(d, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <a href="/portal" className="flex min-h-11 items-center text-sm">
          ← {t('back')}
        </a>
        <h1>{t('title')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
      </div>

      {!sharingConsent && (
        <p className="alert border-amber-300 bg-amber-50 text-amber-900" data-testid="portal-no-sharing-consent">
          {t('noConsent')}
        </p>
      )}

      {lastOpening && (
        <p className="alert border-sky-200 bg-sky-50 text-sky-900" data-testid="plan-opened">
          {t('opened', { who: lastOpening.contactRole === 'hr' ? 'hr' : 'manager', date: when(lastOpening.openedAt) })}
        </p>
      )}

      {visible.length === 0 ? (
        <p className="empty-state text-slate-600">{t('empty')}</p>
      ) : (
        <ol className="flex flex-col gap-4" data-testid="portal-plan-items">
          {visible.map((item) => {
            const release = open.get(item.id);
            // The preview is built by the same function the share page uses: exactly what the employer would see.
            const preview = item.employerWording
              ? buildEmployerView({
                  locale: reader ?? locale,
                  releasedItems: [
                    {
                      id: item.id,
                      employerWording: item.employerWording,
                      source: item.source,
                      owner: item.owner,
                      dueDate: item.dueDate,
                      status: item.status,
                    },
                  ],
                  meetings: [],
                  coach: { name: '', email: '' },
                  practice: { name: '', hasLogo: false },
                  confirmedAt: null,
                }).items[0]
              : undefined;
            return (
              <li key={item.id} className="card flex flex-col gap-3 p-4" data-testid="portal-plan-item">
                <div className="flex flex-col gap-1">
                  <h2 className="text-lg font-semibold">{item.title}</h2>
                  <p className="text-sm text-slate-600">
                    {tp(`statuses.${item.status}`)} · {t('owner', { owner: t(`owners.${item.owner}`) })}
                    {item.dueDate && (
                      <>
                        {' · '}
                        {isPastDue(item, today) ? (
                          <span className="font-medium text-amber-800" data-testid="past-due">
                            {t('pastDue', { date: format.dateTime(day(item.dueDate), { day: 'numeric', month: 'long', year: 'numeric' }) })}
                          </span>
                        ) : (
                          t('due', { date: format.dateTime(day(item.dueDate), { day: 'numeric', month: 'long', year: 'numeric' }) })
                        )}
                      </>
                    )}
                  </p>
                </div>
                {item.description && <p className="whitespace-pre-line">{item.description}</p>}
                {!release &&
                  (() => {
                    const r = takenBack(item.id);
                    return (
                      r?.withdrawnAt && (
                        <p className="alert border-sky-200 bg-sky-50 text-sky-900" data-testid="release-taken-back">
                          {t(r.withdrawnBy === 'wording_changed' ? 'takenBackWording' : 'takenBackDetails', {
                            released: format.dateTime(r.releasedAt, { day: 'numeric', month: 'long' }),
                            changed: format.dateTime(r.withdrawnAt, { day: 'numeric', month: 'long' }),
                          })}
                        </p>
                      )
                    );
                  })()}
                <ReleaseControls
                  itemId={item.id}
                  title={item.title}
                  released={release ? { at: release.releasedAt.toISOString(), inSession: release.releasedBy === 'coach_in_session' } : null}
                  preview={
                    preview
                      ? (() => {
                          const owner = tsReader(`owners.${preview.owner}`);
                          const due = preview.dueDate
                            ? formatReader.dateTime(day(preview.dueDate), { day: 'numeric', month: 'long', year: 'numeric' })
                            : null;
                          // The share page's own lower-case words: the preview is exactly what the employer reads.
                          const status = tsReader(`statuses.${preview.status}`);
                          return {
                            wording: preview.wording,
                            readerLocale: reader,
                            owner,
                            due,
                            status,
                            // In the employer's language, the share page's line as it writes it (app/share/[token]/page.tsx).
                            readerLine: reader
                              ? [tsReader('owner', { owner }), ...(due ? [tsReader('due', { date: due })] : []), status].join(' · ')
                              : null,
                            // Library text reads in the contact's language on the share page: the client sees the version in
                            // the language the employer does not read too (their own, when the employer reads the other).
                            otherLanguage: othersMayRead
                              ? inOtherLanguage(item.source, 'employerWording', item.employerWording ?? '', reader ?? locale)
                              : null,
                          };
                        })()
                      : null
                  }
                  wording={item.employerWording ?? ''}
                  seen={{ owner: item.owner, dueDate: item.dueDate }}
                  canRelease={sharingConsent}
                />
              </li>
            );
          })}
        </ol>
      )}

      {employerActions.length > 0 && (
        <section className="flex flex-col gap-3" aria-labelledby="employer-title">
          <h2 id="employer-title">{t('employerTitle')}</h2>
          <ul className="card flex flex-col gap-3 p-4" data-testid="portal-employer-activity">
            {employerActions.map((a) => (
              <li key={a.id} className="flex flex-col">
                <span className="text-sm text-slate-600 first-letter:uppercase">{when(a.createdAt)}</span>
                <span>
                  {a.kind === 'confirmed' && t('confirmed')}
                  {a.kind === 'status' &&
                    t('status', { title: titleOf.get(a.itemId ?? '') ?? '', status: ts(`statuses.${a.status ?? 'planned'}`) })}
                  {a.kind === 'comment' && (
                    <>
                      {t('comment')} <q className="whitespace-pre-line">{a.comment}</q>
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

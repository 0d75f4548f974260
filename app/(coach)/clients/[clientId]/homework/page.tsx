import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { FocusOnArrival } from '@/app/_components/focus-on-arrival';
import { ForgetSearchParam } from '@/app/_components/forget-search-param';
import { listClientHomework } from '@/db/queries/homework';
import { listLatestCustomInstruments } from '@/db/queries/instruments';
import { requireClientPage } from '@/lib/auth/client-access';
import { requireCoachPage } from '@/lib/auth/guards';
import { homeworkState } from '@/lib/homework/state';
import { fieldKeys, formTemplates, isFormTemplate, TEMPLATE_KEYS, templateName } from '@/lib/homework/templates';
import { homeworkTitle } from '@/lib/homework/title';
import { appLocale } from '@/lib/i18n/app-locale';
import { UUID_PATTERN } from '@/lib/ids';
import { currentBuiltInInstruments, type Localized } from '@/lib/instruments';
import { instrumentName } from '@/lib/instruments/display-name';
import { portalHomeworkUrl } from '@/lib/portal/links';
import { addDays, todayIn } from '@/lib/sessions/zoned-time';
import { AgreementRequired } from '../_components/agreement-required';
import { TrajectoryEndedNote } from '../_components/trajectory-ended-note';
import { HomeworkBadge } from './homework-badge';
import { AssignHomeworkForm, HomeworkActions } from './lazy-forms';

export async function generateMetadata() {
  return { title: (await getTranslations('homework'))('title') };
}

const dateOnly = (date: string) => new Date(`${date}T12:00:00Z`);

export default async function ClientHomeworkPage({
  params,
  searchParams,
}: {
  params: Promise<{ clientId: string }>;
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireCoachPage();
  const client = await requireClientPage(actor, (await params).clientId);
  // Set by the withdraw control (homework-actions.tsx) after the homework it was on is gone: an id no longer listed.
  const withdrawnParam = (await searchParams)?.withdrawn;
  const [t, format, intlLocale, items, custom] = await Promise.all([
    getTranslations('homework'),
    getFormatter(),
    getLocale(),
    listClientHomework(actor.practiceId, client.id),
    listLatestCustomInstruments(actor.practiceId),
  ]);
  const locale = appLocale(intlLocale);
  const ended = client.status === 'closed' || client.archivedAt !== null;
  const withdrawn =
    typeof withdrawnParam === 'string' && UUID_PATTERN.test(withdrawnParam) && !items.some((i) => i.id === withdrawnParam)
      ? withdrawnParam
      : null;
  const today = todayIn();
  const templates = TEMPLATE_KEYS.map((key) => ({
    key,
    name: templateName(key)[locale],
    description: isFormTemplate(key) ? formTemplates[key].description[locale] : t('measureAgainDescription'),
  }));
  const instruments = [
    ...currentBuiltInInstruments().map((i) => ({ key: i.key, name: i.name[locale] })),
    ...custom.map((c) => ({ key: c.key, name: instrumentName((c.definition as { name?: Partial<Localized> }).name, locale, c.key) })),
  ].filter((i, index, all) => all.findIndex((x) => x.key === i.key) === index);

  return (
    <div className="flex flex-col gap-6">
      <section className="card flex flex-col gap-4" aria-labelledby="assign-title">
        <div>
          <h2 id="assign-title">{t('assignTitle')}</h2>
          <p className="text-sm text-slate-600">{t('assignIntro', { name: client.firstName })}</p>
        </div>
        {/* The service refuses homework for an ended trajectory (lib/homework/service.ts): say so before the coach fills in the form. */}
        <TrajectoryEndedNote
          client={client}
          closed={t('assignClosed', { name: client.firstName })}
          archived={t('assignArchived', { name: client.firstName })}
          testId="assign-blocked"
        >
          {client.coachingAgreement ? (
            <AssignHomeworkForm
              clientId={client.id}
              clientName={client.firstName}
              today={today}
              defaultDue={addDays(today, 7)}
              templates={templates}
              instruments={instruments}
            />
          ) : (
            <AgreementRequired clientId={client.id} />
          )}
        </TrajectoryEndedNote>
      </section>

      <section className="flex flex-col gap-3" aria-labelledby="homework-list-title">
        <h2 id="homework-list-title">{t('listTitle')}</h2>
        {withdrawn && (
          // Keyed by the homework: a second withdrawal on this page mounts a new notice, which takes the focus again.
          <p key={withdrawn} id="homework-withdrawn" tabIndex={-1} role="status" className="alert alert-success">
            <FocusOnArrival id="homework-withdrawn" />
            <ForgetSearchParam name="withdrawn" />
            {t('withdrawnNotice')}
          </p>
        )}
        {items.length === 0 ? (
          <p className="empty-state text-slate-600">{t('listEmpty')}</p>
        ) : (
          <ul className="flex flex-col gap-3" data-testid="homework-list">
            {items.map((item) => {
              const state = homeworkState(item, today);
              const total = isFormTemplate(item.template) ? fieldKeys(formTemplates[item.template]).length : null;
              return (
                <li key={item.id} className="card flex flex-col gap-3">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div className="flex flex-col gap-1">
                      <div className="flex flex-wrap items-center gap-2">
                        <h3 className="font-semibold">{homeworkTitle(item.template, item.instrumentKey, locale, item.instrumentName)}</h3>
                        <HomeworkBadge state={state} />
                      </div>
                      <p className="text-sm text-slate-600">
                        {t('dueOn', { date: format.dateTime(dateOnly(item.dueDate), { dateStyle: 'medium' }) })}
                        {' · '}
                        {item.submittedAt
                          ? t('submittedOn', { date: format.dateTime(item.submittedAt, { dateStyle: 'medium', timeStyle: 'short' }) })
                          : total !== null
                            ? t('progress', { answered: item.answered, total })
                            : t('notStarted')}
                        {item.remindedAt && !item.submittedAt && (
                          <> · {t('remindedOn', { date: format.dateTime(item.remindedAt, { dateStyle: 'medium' }) })}</>
                        )}
                      </p>
                    </div>
                    <Link href={`/clients/${client.id}/homework/${item.id}`} prefetch={false} className="btn btn-secondary btn-sm">
                      {item.status === 'submitted' ? t('viewSubmission') : t('view')}
                    </Link>
                  </div>
                  <HomeworkActions
                    clientId={client.id}
                    homeworkId={item.id}
                    version={item.version}
                    // An ended trajectory (closed, archived) has no portal: a link, a reminder or a reopened form would
                    // reach nobody (the service refuses the last two), so only withdrawing is offered.
                    url={ended ? null : portalHomeworkUrl(item.id)}
                    canRemind={!ended && item.status !== 'submitted'}
                    canReopen={!ended && item.status === 'submitted' && item.template !== 'measure_again'}
                    canWithdraw={item.status === 'assigned'}
                    measureAgain={item.template === 'measure_again'}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}

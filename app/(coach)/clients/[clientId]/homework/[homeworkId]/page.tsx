import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { listAnswersSaved } from '@/db/queries/homework';
import { requireCoachPage } from '@/lib/auth/guards';
import { requireHomeworkPage } from '@/lib/auth/record-access';
import { recordHomeworkViewed } from '@/lib/homework/service';
import { homeworkState } from '@/lib/homework/state';
import { formTemplates, isFormTemplate } from '@/lib/homework/templates';
import { homeworkTitle } from '@/lib/homework/title';
import { appLocale } from '@/lib/i18n/app-locale';
import { portalHomeworkUrl } from '@/lib/portal/links';
import { todayIn } from '@/lib/sessions/zoned-time';
import { AnswersView } from '../answers-view';
import { HomeworkActions } from '../homework-actions';
import { HomeworkBadge } from '../homework-badge';

export async function generateMetadata() {
  return { title: (await getTranslations('homework'))('title') };
}

export default async function HomeworkDetailPage({ params }: { params: Promise<{ clientId: string; homeworkId: string }> }) {
  const { clientId, homeworkId } = await params;
  const actor = await requireCoachPage();
  const { homework: item, client } = await requireHomeworkPage(actor, homeworkId, clientId);
  const [t, format, intlLocale, { answers, savedAt }] = await Promise.all([
    getTranslations('homework'),
    getFormatter(),
    getLocale(),
    listAnswersSaved(actor.practiceId, item.id),
  ]);
  const locale = appLocale(intlLocale);
  const state = homeworkState(item, todayIn());
  // Looking at it is what takes it off the "new submissions" list.
  await recordHomeworkViewed(actor, { homework: item, client });

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Link href={`/clients/${client.id}/homework`} className="text-sm">
          ← {t('backToHomework')}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h2>{homeworkTitle(item.template, item.instrumentKey, locale, item.instrumentName)}</h2>
          <HomeworkBadge state={state} />
        </div>
        <p className="text-sm text-slate-600">
          {t('assignedOn', { date: format.dateTime(item.assignedAt, { dateStyle: 'medium' }) })} ·{' '}
          {t('dueOn', { date: format.dateTime(new Date(`${item.dueDate}T12:00:00Z`), { dateStyle: 'medium' }) })}
          {item.submittedAt && (
            <> · {t('submittedOn', { date: format.dateTime(item.submittedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</>
          )}
        </p>
        {item.message && (
          <blockquote className="border-l-4 border-slate-200 pl-3 text-sm whitespace-pre-line text-slate-700">{item.message}</blockquote>
        )}
        <HomeworkActions
          clientId={client.id}
          homeworkId={item.id}
          version={item.version}
          url={portalHomeworkUrl(item.id)}
          canRemind={item.status !== 'submitted'}
          canReopen={item.status === 'submitted' && item.template !== 'measure_again'}
          canWithdraw={item.status === 'assigned'}
          measureAgain={item.template === 'measure_again'}
        />
      </div>
      {isFormTemplate(item.template) ? (
        <AnswersView template={formTemplates[item.template]} answers={answers} savedAt={savedAt} locale={locale} />
      ) : (
        <section className="card flex flex-col gap-2">
          <p>{item.status === 'submitted' ? t('measurementDone') : t('measurementOpen')}</p>
          {item.measurementId && (
            <p>
              <Link href={`/clients/${client.id}/measurements/${item.measurementId}`}>{t('toMeasurement')}</Link>
            </p>
          )}
        </section>
      )}
    </div>
  );
}

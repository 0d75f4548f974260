import { useFormatter, useTranslations } from 'next-intl';
import { findHealthWords } from '@/lib/plans/health-words';
import type { PlanCategory, PlanLevel, PlanOwner } from '@/lib/plans/types';
import { HealthWordNotice } from './health-word-notice';

type Item = {
  title: string;
  description: string;
  employerWording: string;
  rationale: string;
  category: PlanCategory;
  level: PlanLevel;
  owner: PlanOwner;
  dueDate: string;
  reviewDate: string;
  source: string;
  /** Still open after its due date (lib/plans/past-due.ts). */
  pastDue: boolean;
  release: { releasedAt: Date; releasedBy: 'client' | 'coach_in_session' } | null;
};

const day = (d: string) => new Date(`${d}T12:00:00Z`);

// What a plan item shows besides its controls, rendered on the server: the plan list (a client component) places these
// around its select and buttons, so its code carries no texts, date formatting or health-word list.

/** The title (numbered) and the line under it. */
export function PlanItemHeading({ item, index }: { item: Item; index: number }) {
  const t = useTranslations('plan');
  const format = useFormatter();
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <h3 className="font-semibold">
        <span className="text-slate-500">{index + 1}. </span>
        {item.title}
      </h3>
      <p className="text-sm text-slate-600">
        {t(`categories.${item.category}`)} · {t(`levels.${item.level}`)} · {t('list.owner', { owner: t(`owners.${item.owner}`) })}
        {item.dueDate && (
          <>
            {' · '}
            {item.pastDue ? (
              <span className="font-medium text-amber-800" data-testid="past-due">
                {t('list.pastDue', { date: format.dateTime(day(item.dueDate), { dateStyle: 'medium' }) })}
              </span>
            ) : (
              t('list.due', { date: format.dateTime(day(item.dueDate), { dateStyle: 'medium' }) })
            )}
          </>
        )}
        {item.reviewDate && <> · {t('list.review', { date: format.dateTime(day(item.reviewDate), { dateStyle: 'medium' }) })}</>}
        {item.source !== 'manual' && <> · {t('list.fromSuggestion')}</>}
      </p>
    </div>
  );
}

/** The description, the employer wording with its health-word warning and release state, the private rationale. */
export function PlanItemBody({ item }: { item: Item }) {
  const t = useTranslations('plan');
  const format = useFormatter();
  return (
    <>
      {item.description && <p className="whitespace-pre-line">{item.description}</p>}
      <div className="rounded-md bg-slate-50 p-3 text-sm">
        <p className="font-medium text-slate-700">{t('list.employerWording')}</p>
        {item.employerWording ? (
          <p className="whitespace-pre-line">{item.employerWording}</p>
        ) : (
          <p className="text-slate-600">{t('list.noEmployerWording')}</p>
        )}
        <HealthWordNotice words={item.employerWording.trim() ? findHealthWords(item.employerWording) : []} />
        <p className="mt-1 text-slate-600" data-testid="release-state">
          {item.release
            ? t(item.release.releasedBy === 'client' ? 'list.releasedByClient' : 'list.releasedInSession', {
                date: format.dateTime(item.release.releasedAt, { dateStyle: 'medium', timeStyle: 'short' }),
              })
            : t('list.notReleased')}
        </p>
      </div>
      {item.rationale && (
        <p className="text-sm text-slate-600">
          <span className="font-medium">{t('fields.rationale')}: </span>
          {item.rationale}
        </p>
      )}
    </>
  );
}

'use client';

import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FormAlert, useMessage } from '@/app/_components/form-alert';
import type { FormProblem } from '@/app/_components/use-action-form';
import type { ActionResult } from '@/lib/actions/result';
import { PLAN_STATUSES, type PlanStatus } from '@/lib/plans/types';
import { recordReleaseAction, recordWithdrawalAction, reorderPlanAction, setPlanItemStatusAction } from './actions';
import { HealthWordNotice } from './health-word-notice';
import { PlanItemForm, preloadPlanItemForm } from './lazy-item-form';
import type { PlanItemValues } from './plan-item-form';

export type PlanListItem = PlanItemValues & {
  id: string;
  version: number;
  status: PlanStatus;
  source: string;
  /** The health words in the employer wording, found on the server (the word list stays out of this page's code). */
  healthWords: string[];
  release: { employerWording: string; releasedAt: string; releasedBy: 'client' | 'coach_in_session' } | null;
};

const day = (d: string) => new Date(`${d}T12:00:00Z`);

/** The plan, in order: move up/down, edit, set status or drop, and record a release the client gave in a session. */
export function PlanList({ clientId, items }: { clientId: string; items: PlanListItem[] }) {
  const t = useTranslations('plan');
  const format = useFormatter();
  const message = useMessage();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  const run = (work: () => Promise<ActionResult<unknown>>) =>
    start(async () => {
      setProblem(null);
      setRefusal(null);
      const result = await work().catch(() => null);
      if (!result) return setProblem({ code: 'server' });
      if (!result.ok && result.fieldErrors?._form) return setRefusal(result.fieldErrors._form);
      if (!result.ok) return setProblem({ code: result.error, params: result.params });
      router.refresh();
    });

  const move = (index: number, by: -1 | 1) => {
    const ids = items.map((i) => i.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved!);
    run(() => reorderPlanAction({ clientId, itemIds: ids }));
  };

  if (items.length === 0) return <p className="empty-state text-slate-600">{t('list.empty')}</p>;

  return (
    <div className="flex flex-col gap-3">
      <FormAlert problem={problem} />
      {refusal && (
        <p className="alert alert-error" role="alert">
          {message(refusal)}
        </p>
      )}
      <ol className="flex flex-col gap-3" data-testid="plan-items">
        {items.map((item, index) => (
          <li key={item.id} className={`card flex flex-col gap-3 ${item.status === 'dropped' ? 'opacity-70' : ''}`} data-testid="plan-item">
            {editing === item.id ? (
              <PlanItemForm
                mode="edit"
                idPrefix={`edit-${item.id}`}
                itemId={item.id}
                version={item.version}
                released={Boolean(item.release)}
                values={item}
                onDone={() => setEditing(null)}
              />
            ) : (
              <>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="flex min-w-0 flex-col gap-1">
                    <h3 className="font-semibold">
                      <span className="text-slate-500">{index + 1}. </span>
                      {item.title}
                    </h3>
                    <p className="text-sm text-slate-600">
                      {t(`categories.${item.category}`)} · {t(`levels.${item.level}`)} ·{' '}
                      {t('list.owner', { owner: t(`owners.${item.owner}`) })}
                      {item.dueDate && <> · {t('list.due', { date: format.dateTime(day(item.dueDate), { dateStyle: 'medium' }) })}</>}
                      {item.reviewDate && (
                        <> · {t('list.review', { date: format.dateTime(day(item.reviewDate), { dateStyle: 'medium' }) })}</>
                      )}
                      {item.source !== 'manual' && <> · {t('list.fromSuggestion')}</>}
                    </p>
                  </div>
                  <label className="flex items-center gap-2 text-sm">
                    <span className="sr-only">{t('list.statusFor', { title: item.title })}</span>
                    <select
                      className="input min-h-9 py-1"
                      value={item.status}
                      disabled={pending}
                      onChange={(e) =>
                        run(() => setPlanItemStatusAction({ itemId: item.id, version: item.version, status: e.target.value as PlanStatus }))
                      }
                    >
                      {PLAN_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {t(`statuses.${s}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                </div>
                {item.description && <p className="whitespace-pre-line">{item.description}</p>}
                <div className="rounded-md bg-slate-50 p-3 text-sm">
                  <p className="font-medium text-slate-700">{t('list.employerWording')}</p>
                  {item.employerWording ? (
                    <p className="whitespace-pre-line">{item.employerWording}</p>
                  ) : (
                    <p className="text-slate-600">{t('list.noEmployerWording')}</p>
                  )}
                  <HealthWordNotice words={item.healthWords} />
                  <p className="mt-1 text-slate-600" data-testid="release-state">
                    {item.release
                      ? t(item.release.releasedBy === 'client' ? 'list.releasedByClient' : 'list.releasedInSession', {
                          date: format.dateTime(new Date(item.release.releasedAt), { dateStyle: 'medium', timeStyle: 'short' }),
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
                <div className="flex flex-wrap gap-2">
                  <button
                    type="button"
                    className="btn btn-secondary btn-sm"
                    onPointerEnter={preloadPlanItemForm}
                    onFocus={preloadPlanItemForm}
                    onClick={() => setEditing(item.id)}
                  >
                    {t('list.edit')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-secondary btn-sm"
                    disabled={pending || index === 0}
                    onClick={() => move(index, -1)}
                    aria-label={t('list.moveUp', { title: item.title })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="btn btn-secondary btn-sm"
                    disabled={pending || index === items.length - 1}
                    onClick={() => move(index, 1)}
                    aria-label={t('list.moveDown', { title: item.title })}
                  >
                    ↓
                  </button>
                  {item.status !== 'dropped' && (
                    <button
                      type="button"
                      className="btn btn-secondary btn-sm"
                      disabled={pending}
                      onClick={() => run(() => setPlanItemStatusAction({ itemId: item.id, version: item.version, status: 'dropped' }))}
                    >
                      {t('list.drop')}
                    </button>
                  )}
                  {item.release ? (
                    <button
                      type="button"
                      className="btn btn-secondary btn-sm"
                      disabled={pending}
                      onClick={() => run(() => recordWithdrawalAction({ itemId: item.id }))}
                    >
                      {t('list.recordWithdrawal')}
                    </button>
                  ) : (
                    item.employerWording && (
                      <button
                        type="button"
                        className="btn btn-secondary btn-sm"
                        disabled={pending}
                        onClick={() => run(() => recordReleaseAction({ itemId: item.id }))}
                      >
                        {t('list.recordRelease')}
                      </button>
                    )
                  )}
                </div>
              </>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode, useEffect, useState } from 'react';
import { useWithDrafts } from '@/app/_components/autosave/use-first-with-draft';
import { FormAlert } from '@/app/_components/form-alert';
import { useActionRun } from '@/app/_components/use-action-run';
import type { ActionResult } from '@/lib/actions/result';
import { planItemAnchor, withEditor } from '@/lib/plans/page-ui';
import { PLAN_STATUSES, type PlanStatus } from '@/lib/plans/statuses';
import { recordReleaseAction, recordWithdrawalAction, reorderPlanAction, setPlanItemStatusAction } from './actions';
import { planItemDraftKey } from './item-draft';
import { PlanItemForm, preloadPlanItemForm } from './lazy-item-form';
import type { PlanItemValues } from './plan-item-form';
import { useFocusAfter } from './use-focus-after';

export type PlanListItem = {
  id: string;
  version: number;
  title: string;
  status: PlanStatus;
  /** Whether a release can be recorded: only with employer wording, and none with a health word in it. */
  releasable: boolean;
  released: boolean;
  /** What the edit form starts from. */
  values: PlanItemValues;
  /** Rendered on the server (plan-item-summary.tsx): the title with its line, and the texts under it. */
  heading: ReactNode;
  body: ReactNode;
};

/** The plan, in order: move up/down, edit, set status or drop, and record a release the client gave in a session. */
/**
 * What an empty plan says: to take over a suggestion only when the page shows some; without a completed intake (or
 * with every suggestion taken or dismissed) there is none to take over.
 */
export type EmptyPlanHint = 'suggestions' | 'noSuggestions' | 'noIntake';

export function PlanList({ clientId, items, empty }: { clientId: string; items: PlanListItem[]; empty: EmptyPlanHint }) {
  const t = useTranslations('plan');
  // Refused as stale (a colleague moved or changed an item meanwhile) or with a reason (e.g. the wording changed in
  // another tab): the list shows the current plan behind the message, so the step can be tried again on it.
  const { run: runAction, pending, problem } = useActionRun();
  // Every item open for editing stays open until it is saved or cancelled: opening another must not fold this one
  // away, which would show its old text as if what was typed were lost (it would only be in the draft).
  const [editing, setEditing] = useState<ReadonlySet<string>>(() => new Set());
  const setEditorOpen = (id: string, open: boolean) => setEditing((e) => withEditor(e, id, open));
  // An editor opened by "Bewerken" takes the focus (its form loads lazily, so it focuses itself); one reopened with a
  // draft after a reload does not.
  const [openedByClick, setOpenedByClick] = useState<string | null>(null);
  // Items edited before a reload or a crash (several may have been open side by side) open again with the unsaved text
  // put back.
  const drafted = useWithDrafts(
    items.map((i) => i.id),
    planItemDraftKey.edit,
  );
  useEffect(() => {
    if (drafted.length > 0) setEditing((e) => drafted.reduce((open, id) => withEditor(open, id, true), e));
  }, [drafted]);
  // Where the focus goes once a step is done (use-focus-after.ts). Refused, it stays on the alert that says why
  // (form-alert.tsx), as on the suggestions: nothing moves it on.
  const focusNext = useFocusAfter(pending);
  const run = <T,>(work: () => Promise<ActionResult<T>>) => runAction(work, { refused: () => focusNext() });

  const move = (index: number, by: -1 | 1) => {
    const id = items[index]!.id;
    // The same arrow on the moved item (or the other one, at the top or the bottom of the plan).
    focusNext(`${by < 0 ? 'up' : 'down'}-${id}`, `${by < 0 ? 'down' : 'up'}-${id}`);
    const shownIds = items.map((i) => i.id);
    const ids = [...shownIds];
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved!);
    // The order this page shows goes along: refused as stale when a colleague's newer order is the current one.
    run(() => reorderPlanAction({ clientId, itemIds: ids, shownIds }));
  };

  if (items.length === 0) {
    const text = { suggestions: 'list.empty', noSuggestions: 'list.emptyNoSuggestions', noIntake: 'list.emptyNoIntake' }[empty];
    return <p className="empty-state text-slate-600">{t(text)}</p>;
  }

  return (
    <div className="flex flex-col gap-3">
      <FormAlert problem={problem} />
      <ol className="flex flex-col gap-3" data-testid="plan-items">
        {items.map((item, index) => {
          const setStatus = (status: PlanStatus) => {
            focusNext(`status-${item.id}`);
            run(() => setPlanItemStatusAction({ itemId: item.id, version: item.version, status }));
          };
          return (
            <li
              key={item.id}
              id={planItemAnchor(item.id)}
              tabIndex={-1}
              className={`card flex flex-col gap-3 ${item.status === 'dropped' ? 'opacity-70' : ''}`}
              data-testid="plan-item"
            >
              {editing.has(item.id) ? (
                <PlanItemForm
                  mode="edit"
                  idPrefix={`edit-${item.id}`}
                  itemId={item.id}
                  version={item.version}
                  released={item.released}
                  values={item.values}
                  focusOnOpen={openedByClick === item.id}
                  onDone={() => {
                    focusNext(`edit-button-${item.id}`);
                    setOpenedByClick((o) => (o === item.id ? null : o));
                    setEditorOpen(item.id, false);
                  }}
                />
              ) : (
                <>
                  {/* Side by side from a laptop's width: a long title wraps in its own column and the status stays top right. */}
                  <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                    <div className="min-w-0 flex-1">{item.heading}</div>
                    <StatusControl id={`status-${item.id}`} item={item} pending={pending} onSave={setStatus} />
                  </div>
                  {item.body}
                  <div className="flex flex-wrap gap-2">
                    <button
                      id={`edit-button-${item.id}`}
                      type="button"
                      className="btn btn-secondary btn-sm"
                      onPointerEnter={preloadPlanItemForm}
                      onFocus={preloadPlanItemForm}
                      onClick={() => {
                        setOpenedByClick(item.id);
                        setEditorOpen(item.id, true);
                      }}
                    >
                      {t('list.edit')}
                    </button>
                    <button
                      id={`up-${item.id}`}
                      type="button"
                      className="btn btn-secondary btn-sm"
                      disabled={pending || index === 0}
                      onClick={() => move(index, -1)}
                      aria-label={t('list.moveUp', { title: item.title })}
                    >
                      ↑
                    </button>
                    <button
                      id={`down-${item.id}`}
                      type="button"
                      className="btn btn-secondary btn-sm"
                      disabled={pending || index === items.length - 1}
                      onClick={() => move(index, 1)}
                      aria-label={t('list.moveDown', { title: item.title })}
                    >
                      ↓
                    </button>
                    {item.status !== 'dropped' && (
                      <button type="button" className="btn btn-secondary btn-sm" disabled={pending} onClick={() => setStatus('dropped')}>
                        {t('list.drop')}
                      </button>
                    )}
                    {/* A dropped item, or wording with a health word, is not shared (lib/plans/service.ts releaseItem refuses
                      both): no button to try. A release recorded can be withdrawn. */}
                    {(item.released || (item.releasable && item.status !== 'dropped')) && (
                      <button
                        id={`release-button-${item.id}`}
                        type="button"
                        className="btn btn-secondary btn-sm"
                        disabled={pending}
                        onClick={() => {
                          focusNext(`release-button-${item.id}`, `edit-button-${item.id}`);
                          run(() =>
                            item.released
                              ? recordWithdrawalAction({ itemId: item.id })
                              : recordReleaseAction({
                                  itemId: item.id,
                                  wording: item.values.employerWording,
                                  seen: { owner: item.values.owner, dueDate: item.values.dueDate || null },
                                }),
                          );
                        }}
                      >
                        {t(item.released ? 'list.recordWithdrawal' : 'list.recordRelease')}
                      </button>
                    )}
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/**
 * The item's status, saved with its own button: a select that saved on change would save on the first arrow key, and
 * lose the focus while saving (WCAG 3.2.2). The choice follows the plan again after each save or refresh.
 */
function StatusControl({
  id,
  item,
  pending,
  onSave,
}: {
  id: string;
  item: Pick<PlanListItem, 'title' | 'status'>;
  pending: boolean;
  onSave: (status: PlanStatus) => void;
}) {
  const t = useTranslations('plan');
  const [value, setValue] = useState<PlanStatus>(item.status);
  const [shown, setShown] = useState(item.status);
  if (shown !== item.status) {
    // Saved or changed elsewhere: show the plan's status (React's "adjust state on a prop change", no effect).
    setShown(item.status);
    setValue(item.status);
  }
  return (
    <form
      className="flex shrink-0 flex-wrap items-center gap-2 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        if (!pending && value !== item.status) onSave(value);
      }}
    >
      <label className="flex items-center gap-2">
        <span className="sr-only">{t('list.statusFor', { title: item.title })}</span>
        <select id={id} className="input min-h-9 py-1" value={value} onChange={(e) => setValue(e.target.value as PlanStatus)}>
          {PLAN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {value !== item.status && (
        <button type="submit" className="btn btn-primary btn-sm" aria-disabled={pending || undefined}>
          {t('list.saveStatus')}
        </button>
      )}
    </form>
  );
}

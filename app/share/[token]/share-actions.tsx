'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useId, useRef, useState, useTransition } from 'react';
import { DraftRestoredNotice } from '@/app/_components/autosave/draft-restored-notice';
import { requestFocusOnArrival } from '@/app/_components/focus-on-arrival';
import { HydrationGate } from '@/app/_components/hydration-gate';
import { unsentCause } from '@/app/_components/unsent-cause';
import { newRequestId } from '@/lib/ids/request-id';
import { findHealthWords } from '@/lib/plans/health-words';
import {
  COMMENT_COUNTER_FROM,
  COMMENT_MAX,
  linkGone,
  refreshesAfter,
  type ShareActionAbout,
  SILENT,
  shareErrorKey,
  spokenAfterEdit,
  spokenQuietly,
} from '@/lib/share/action-error';
import { commentAction, confirmPlanAction, setItemStatusAction } from './actions';
import { type CommentDraft, useCommentDraft } from './comment-draft';

const STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;

type Result = { ok: boolean; error?: string; fieldErrors?: Record<string, string>; params?: Record<string, unknown> };

/** Runs one share action and keeps its outcome (in the contact's language) next to the control. */
function useShareAction(about: ShareActionAbout) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const run = (work: () => Promise<Result>, after?: () => void) =>
    start(async () => {
      setError(null);
      setDone(false);
      // No answer: offline, or a page from a version the server no longer runs; each said as such, not "went wrong".
      const result = await work().catch((error: unknown) => ({ ok: false, error: unsentCause(error) }) as Result);
      if (!result.ok) {
        // The item is no longer shared: the refresh takes it, and a message beside it, off the page; the list says why.
        if (about === 'item' && result.error === 'not_found' && !linkGone(result)) {
          window.dispatchEvent(new Event(ITEM_GONE));
          router.refresh();
          return;
        }
        setError(shareErrorKey(result, about));
        // Changed since the page was loaded (a new release, someone else's status, an item withdrawn): the page shows
        // the new state at once.
        if (refreshesAfter(result.error, about)) router.refresh();
        return;
      }
      setDone(true);
      after?.();
      router.refresh();
    });
  // Typing again after a refusal: the old message no longer applies to what is in the box.
  const clearProblem = () => {
    if (error) setError(null);
  };
  return { pending, error, done, run, clearProblem };
}

const ITEM_GONE = 'share:item-gone';

/**
 * Above the list, there from the start: says why an item left it when its status was saved after the employee stopped
 * sharing it (the item's own message would leave with it), and takes the focus the item's controls had.
 */
export function ItemGoneNotice() {
  const te = useTranslations('share.errors');
  const [gone, setGone] = useState(false);
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const show = () => setGone(true);
    window.addEventListener(ITEM_GONE, show);
    return () => window.removeEventListener(ITEM_GONE, show);
  }, []);
  useEffect(() => {
    if (gone) ref.current?.focus();
  }, [gone]);
  return (
    <div role="alert" className="empty:hidden">
      {gone && (
        <p ref={ref} tabIndex={-1} className="alert alert-error" data-testid="item-gone">
          {te('itemGone')}
        </p>
      )}
    </div>
  );
}

/** One alert region, there from the start (so its content is read out once when it appears), not an alert inside a live region. */
export function Problem({ error }: { error: string | null }) {
  const te = useTranslations('share.errors');
  return (
    <div role="alert" className="empty:hidden">
      {error && <p className="alert alert-error">{te.has(error) ? te(error) : te('server')}</p>}
    </div>
  );
}

/** `seen`: the view's stamp of what was released when the page was built; the confirmation covers exactly that. */
export function ConfirmButton({ token, seen }: { token: string; seen: string }) {
  const t = useTranslations('share');
  const { pending, error, run } = useShareAction('plan');
  return (
    <div className="flex flex-col gap-2">
      <Problem error={error} />
      <button
        type="button"
        className="btn btn-primary w-full sm:w-auto"
        disabled={pending}
        onClick={() =>
          run(
            () => confirmPlanAction({ token, seen }),
            () => requestFocusOnArrival('share-confirmed'),
          )
        }
      >
        {t('confirm')}
      </button>
    </div>
  );
}

/** `describedBy`: the item's wording, so that with several items each select and button says which item it is for. */
export function StatusSelect({
  token,
  itemId,
  status,
  describedBy,
}: {
  token: string;
  itemId: string;
  status: string;
  describedBy: string;
}) {
  const t = useTranslations('share');
  const id = useId();
  const [value, setValue] = useState(status);
  const { pending, error, done, run } = useShareAction('item');
  // Dropping cannot be undone on this page (only the coach takes an item up again): the button says so and what
  // follows is read with it, so one click on "save" never drops an agreement unawares.
  const dropping = value === 'dropped' && status !== 'dropped';
  const unchanged = value === status;
  const warningId = `${id}-drop`;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (pending || unchanged) return;
        run(() => setItemStatusAction({ token, itemId, from: status, status: value }));
      }}
    >
      <div className="field">
        <label htmlFor={id} className="field-label">
          {t('statusLabel')}
        </label>
        <select id={id} className="input" value={value} aria-describedby={describedBy} onChange={(e) => setValue(e.target.value)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statusOptions.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className={dropping ? 'btn btn-danger' : 'btn btn-secondary'}
        aria-describedby={dropping ? `${describedBy} ${warningId}` : describedBy}
        // aria-disabled, not `disabled`: saved, the status equals the choice and the button the manager just pressed would
        // give the focus to the page (the next Tab would start at the top). The submit above ignores it then.
        aria-disabled={pending || unchanged || undefined}
        aria-busy={pending}
      >
        {dropping ? t('dropStatus') : t('saveStatus')}
      </button>
      <span aria-live="polite" className="text-sm text-emerald-800">
        {done ? t('saved') : ''}
      </span>
      {dropping && (
        <p id={warningId} className="w-full text-sm text-amber-900" data-testid="drop-warning">
          {t('dropWarning')}
        </p>
      )}
      <div className="w-full">
        <Problem error={error} />
      </div>
    </form>
  );
}

export function CommentForm({ token }: { token: string }) {
  const t = useTranslations('share');
  const [comment, setComment] = useState('');
  // Made when the page opens and again after each comment sent: pressing "send" again after a lost answer is the
  // same comment, not a second one.
  const [requestId, setRequestId] = useState(newRequestId);
  // The counter's live region: read out only when the length passes 1800, 1900 or the limit, not at every keystroke.
  const [spoken, setSpoken] = useState(SILENT);
  const restore = useCallback((values: CommentDraft) => {
    setComment(values.comment);
    setSpoken(spokenQuietly(values.comment.length));
    if (values.requestId) setRequestId(values.requestId);
  }, []);
  const draft = useCommentDraft(token, restore);
  const { pending, error, done, run, clearProblem } = useShareAction('plan');
  // The manager's own words go to the employee and the coach: a word about health is pointed out, not refused (what
  // the manager knows is theirs to say; the note is that it need not be written here).
  const healthWords = findHealthWords(comment);
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        run(
          () => commentAction({ token, requestId, comment }),
          () => {
            setComment('');
            setSpoken(SILENT);
            setRequestId(newRequestId());
            draft.sent();
          },
        );
      }}
    >
      <HydrationGate>
        <DraftRestoredNotice restored={draft.restored} unsent />
        <label htmlFor="share-comment" className="field-label">
          {t('commentLabel')}
        </label>
        <textarea
          id="share-comment"
          className="input"
          rows={3}
          value={comment}
          maxLength={COMMENT_MAX}
          onChange={(e) => {
            const value = e.target.value;
            setComment(value);
            setSpoken((previous) => spokenAfterEdit(previous, value.length));
            draft.keep({ comment: value, requestId });
            clearProblem();
          }}
          aria-invalid={error === 'commentRequired' || error === 'commentTooLong'}
          aria-describedby={[
            error ? 'share-comment-error' : '',
            'share-comment-count',
            healthWords.length > 0 ? 'share-comment-health' : '',
          ]
            .filter(Boolean)
            .join(' ')}
        />
        {healthWords.length > 0 && (
          <p id="share-comment-health" className="alert border-amber-300 bg-amber-50 text-amber-900" data-testid="comment-health-words">
            {t('commentHealthWords', { words: healthWords.map((w) => `“${w}”`).join(', '), count: healthWords.length })}
          </p>
        )}
        {/* Not live: the field's description, read on focus; the region below says it at the thresholds only. */}
        <p id="share-comment-count" className="text-sm text-slate-600">
          {comment.length >= COMMENT_COUNTER_FROM ? t('commentCount', { count: comment.length, max: COMMENT_MAX }) : ''}
        </p>
        <span className="sr-only" aria-live="polite" data-testid="share-comment-spoken">
          {spoken.said === null
            ? ''
            : spoken.said >= COMMENT_MAX
              ? t('commentLimitReached', { max: COMMENT_MAX })
              : t('commentCount', { count: spoken.said, max: COMMENT_MAX })}
        </span>
        <div id="share-comment-error">
          <Problem error={error} />
        </div>
        <span aria-live="polite" className="text-sm text-emerald-800">
          {done ? t('commentSent') : ''}
        </span>
        <div>
          <button type="submit" className="btn btn-primary" disabled={pending}>
            {t('sendComment')}
          </button>
        </div>
      </HydrationGate>
    </form>
  );
}

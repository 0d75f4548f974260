'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type KeyboardEvent, type ReactNode, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { DraftOwnerProvider, useOwnedKey } from '@/app/_components/autosave/draft-owner';
import { SaveStatus } from '@/app/_components/autosave/save-status';
import { useAutosave } from '@/app/_components/autosave/use-autosave';
import { requestFocusOnArrival } from '@/app/_components/focus-on-arrival';
import { useStickyScrollPadding } from '@/app/_components/sticky-scroll-padding';
import { unsentCause } from '@/app/_components/unsent-cause';
import type { ActionResult, ErrorCode } from '@/lib/actions/result';
import type { BaseValue } from '@/lib/autosave/bases';
import { refusalTone } from '@/lib/autosave/refusals';
import { FLUSH_WAIT_MS, settleWithin } from '@/lib/autosave/single-flight';
import { type AnswerMap, EMPTY_ANSWER, type StoredAnswer } from '@/lib/intake/answers';
import {
  completedElsewhere,
  completePress,
  pastLastStep,
  refusedFields,
  revealAfterComplete,
  splitFieldKey,
  withoutRefused,
} from '@/lib/intake/complete-flow';
import type { FormInstrument } from '@/lib/intake/form-instrument';
import {
  clearsAnswer,
  digitRange,
  digitValue,
  formSections,
  formSteps,
  noteKeyAction,
  type Progress,
  progressOf,
  resumeIndex,
  resumeStep,
  sectionProgress,
} from '@/lib/intake/form-layout';
import { OpenQuestion } from './open-question';
import { NoteIconSymbol, type QuestionHandlers, type QuestionMode, type QuestionProblem, ScaleQuestion } from './scale-question';

export type AnswerPayload = { itemKey: string; value?: number | null; text?: string | null; note?: string | null; bases?: BaseValue[] };

export type MeasurementFormProps = {
  /** In the language of the page: `formInstrument(instrument, locale)`. */
  instrument: FormInstrument;
  initialAnswers: AnswerMap;
  /**
   * Unique per measurement (and person filling it): the browser queue of unsent answers lives under it, in the coach's
   * intake under the signed-in coach as well (`owner`, read through useOwnedKey).
   */
  storageKey: string;
  /**
   * The signed-in coach in the live intake, whose queued answers and place these are (a practice's laptop is shared);
   * null in the client's portal, whose keys are per homework. Given here rather than by the intake's layout: a provider
   * there was a script chunk of its own, 0.9 kB more on the intake page.
   */
  owner: string | null;
  saveAction: (input: AnswerPayload) => Promise<ActionResult<{ savedAt: string }>>;
  /** `alreadyCompleted`: the measurement was completed before this press (another tab, the client at home). */
  completeAction: () => Promise<ActionResult<{ alreadyCompleted: boolean } | null>>;
  mode: QuestionMode;
  onCompletedHref: string;
  /** The element of that page that takes the focus on arrival (its FocusOnArrival), instead of the page as a whole. */
  focusOnCompleted?: string;
  /** Optional heading for the sticky bar (who, which instrument, a way out), rendered by the page. */
  header?: ReactNode;
  /** Shown above the questions, e.g. which period to answer about when the client is on sick leave. */
  notice?: ReactNode;
};

type AnswerField = 'value' | 'text' | 'note';

/** Queue keys per answer field, so a note never overwrites a value waiting to be sent. */
const fieldKey = (itemKey: string, field: AnswerField) => (field === 'value' ? itemKey : `${itemKey}#${field}`);

/** The one field a payload sets (the form sends each field on its own). */
const payloadValue = (payload: AnswerPayload): BaseValue =>
  payload.value !== undefined ? payload.value : payload.text !== undefined ? payload.text : (payload.note ?? null);

function applyPayload(answers: AnswerMap, payload: AnswerPayload): AnswerMap {
  const current: StoredAnswer = answers[payload.itemKey] ?? EMPTY_ANSWER;
  return {
    ...answers,
    [payload.itemKey]: {
      value: payload.value !== undefined ? payload.value : current.value,
      text: payload.text !== undefined ? payload.text : current.text,
      note: payload.note !== undefined ? payload.note : current.note,
    },
  };
}

/**
 * Functions with a fixed identity that always call the latest given ones: passed to the ~90 memoised questions, so
 * that an answer re-renders the question it changed and not all of them.
 */
function useStableHandlers<T extends Record<string, (...args: never[]) => void>>(latest: T): T {
  const ref = useRef(latest);
  useLayoutEffect(() => {
    ref.current = latest;
  });
  const [stable] = useState(
    () => Object.fromEntries(Object.keys(latest).map((k) => [k, (...args: never[]) => ref.current[k]!(...args)])) as T,
  );
  return stable;
}

function ProgressBar({ progress, label, size = 'sm' }: { progress: Progress; label: string; size?: 'sm' | 'md' }) {
  const t = useTranslations('intake');
  const pct = progress.total === 0 ? 0 : Math.round((progress.answered / progress.total) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={progress.total}
      aria-valuenow={progress.answered}
      aria-valuetext={t('progress', { answered: progress.answered, total: progress.total })}
      className={`w-full overflow-hidden rounded-full bg-slate-200 ${size === 'md' ? 'h-2.5' : 'h-1.5'}`}
    >
      <div className="h-full rounded-full bg-brand-600 transition-[width]" style={{ width: `${pct}%` }} />
    </div>
  );
}

/**
 * Fills in one measurement. Coach mode is the live, keyboard-driven intake (digits answer and move on,
 * arrows and Enter move, `n` opens a note); client mode is the same form for a phone at home.
 * Every answer is saved on its own as it is given; unsent answers wait in the browser.
 */
export function MeasurementForm({ owner, ...props }: MeasurementFormProps) {
  if (!owner) return <MeasurementFormBody {...props} />;
  return (
    <DraftOwnerProvider owner={owner}>
      <MeasurementFormBody {...props} />
    </DraftOwnerProvider>
  );
}

function MeasurementFormBody({
  instrument,
  initialAnswers,
  storageKey,
  saveAction,
  completeAction,
  mode,
  onCompletedHref,
  focusOnCompleted,
  header,
  notice,
}: Omit<MeasurementFormProps, 'owner'>) {
  const t = useTranslations('intake');
  const router = useRouter();
  const sections = useMemo(() => formSections(instrument), [instrument]);
  const steps = useMemo(() => formSteps(sections), [sections]);
  const stepIndex = useMemo(() => new Map(steps.map((s, i) => [s.key, i])), [steps]);
  const itemNumber = useMemo(() => {
    const numbers = new Map<string, number>();
    for (const [i, s] of steps.filter((step) => step.kind === 'item').entries()) numbers.set(s.key, i + 1);
    return numbers;
  }, [steps]);

  const [answers, setAnswers] = useState<AnswerMap>(initialAnswers);
  const [current, setCurrent] = useState<number | null>(null);
  const [openNotes, setOpenNotes] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [completing, setCompleting] = useState(false);
  const [completeProblem, setCompleteProblem] = useState<string | null>(null);
  // Completed before this press (another tab, the client at home): said, with the way to the results, not skipped over.
  const [alreadyCompleted, setAlreadyCompleted] = useState(false);
  // A new object per press, so the same outcome twice still brings it into view again.
  const [outcome, setOutcome] = useState<{ kind: 'confirm' | 'problem' } | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const problemRef = useRef<HTMLParagraphElement>(null);
  // Where the coach was in the intake is the signed-in coach's own, as are the queued answers (useAutosave).
  const positionKey = `intake-position:${useOwnedKey(storageKey)}`;

  // Why saving stopped, set by the save that heard it (before the status re-renders): "complete" reads it after waiting
  // for that very save, with the status of the render it was pressed in.
  const stoppedBy = useRef<'signed_out' | 'two_factor' | 'outdated' | null>(null);
  // Per field, the refusal its last save met, as useAutosave keeps it in `refusals`: set by the save that heard it, so
  // "complete" reads it right after waiting for that save (the state re-renders later).
  const refusedNow = useRef<Record<string, ErrorCode>>({});
  const send = useCallback(
    async (key: string, payload: AnswerPayload, bases: BaseValue[] | undefined) => {
      let result: ActionResult<{ savedAt: string }>;
      try {
        result = await saveAction(bases ? { ...payload, bases } : payload);
      } catch (error) {
        // The autosave stops on it too (and says so in the status); thrown on, as it was.
        if (unsentCause(error) === 'outdated') stoppedBy.current = 'outdated';
        throw error;
      }
      if (!result.ok && result.error === 'unauthenticated') stoppedBy.current = 'signed_out';
      else if (!result.ok && result.error === 'two_factor_required') stoppedBy.current = 'two_factor';
      else {
        // Those two stop the sending and refuse no answer (it stays queued); the others are the field's refusal.
        const { [key]: _previous, ...rest } = refusedNow.current;
        refusedNow.current = result.ok ? rest : { ...rest, [key]: result.error };
      }
      return result;
    },
    [saveAction],
  );
  const loadedValue = useCallback(
    (key: string) => {
      const { itemKey, field } = splitFieldKey(key);
      return initialAnswers[itemKey]?.[field] ?? null;
    },
    [initialAnswers],
  );
  // A newer answer given elsewhere was kept: the question shows it (its refusal says why).
  const onStale = useCallback((key: string, current: BaseValue) => {
    const { itemKey, field } = splitFieldKey(key);
    setAnswers((a) => applyPayload(a, { itemKey, [field]: current }));
  }, []);
  const { save, flush, status, pendingCount, refusals, lastSavedAt, pendingValues } = useAutosave<AnswerPayload>({
    storageKey,
    send,
    fieldValue: payloadValue,
    loadedValue,
    onStale,
  });

  // One ref per Afronden button: sharing one, the bottom button's unmount (the confirmation takes its place) left it null.
  const completeRef = useRef<HTMLButtonElement>(null);
  const topCompleteRef = useRef<HTMLButtonElement>(null);
  const stickyBar = useRef<HTMLDivElement>(null);
  useStickyScrollPadding(stickyBar);
  const focusStep = useCallback(
    (index: number) => {
      // Past the last question: on to the button that completes the intake (the one below the questions; the coach's
      // bar at the top has the same button), or to the "Toch afronden" confirmation that stands in its place.
      const past =
        index >= steps.length
          ? pastLastStep(confirming) === 'confirmation'
            ? confirmRef.current
            : (completeRef.current ?? topCompleteRef.current)
          : null;
      if (past) {
        past.focus({ preventScroll: true });
        past.scrollIntoView({ block: 'center' });
        return;
      }
      const step = steps[Math.max(0, Math.min(steps.length - 1, index))];
      if (!step) return;
      const root = document.getElementById(`step-${step.key}`);
      const target = root?.querySelector<HTMLElement>('[role=radio][tabindex="0"], textarea[data-open]');
      target?.focus({ preventScroll: true });
      const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      root?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    },
    [steps, confirming],
  );

  // After a reload: answers still waiting in the browser go over the server's, and the form picks up where it was.
  const resumed = useRef(false);
  useEffect(() => {
    if (resumed.current) return;
    resumed.current = true;
    let merged = initialAnswers;
    for (const payload of Object.values(pendingValues())) merged = applyPayload(merged, payload);
    if (merged !== initialAnswers) setAnswers(merged);
    let stored: string | null = null;
    try {
      stored = window.localStorage.getItem(positionKey);
    } catch {
      // Storage blocked: start at the first open question instead.
    }
    const index = resumeIndex(steps, merged, stored === null ? undefined : stepIndex.get(stored));
    const anyAnswered = progressOf(steps, merged).answered > 0;
    if (mode === 'coach' || anyAnswered) {
      setCurrent(index);
      // Wait one frame so the merged answers are on screen before focusing.
      requestAnimationFrame(() =>
        mode === 'coach' ? focusStep(index) : document.getElementById(`step-${steps[index]?.key}`)?.scrollIntoView({ block: 'center' }),
      );
    }
  }, [focusStep, initialAnswers, mode, pendingValues, positionKey, stepIndex, steps]);

  const update = useCallback(
    (payload: AnswerPayload, field: 'value' | 'text' | 'note') => {
      setAnswers((a) => applyPayload(a, payload));
      setCompleteProblem(null);
      save(fieldKey(payload.itemKey, field), payload);
    },
    [save],
  );

  const onStepFocus = (index: number) => {
    setCurrent(index);
    const key = steps[index]?.key;
    if (key) {
      try {
        window.localStorage.setItem(positionKey, key);
      } catch {
        // Position is a convenience; storage may be unavailable.
      }
    }
  };

  const toggleNote = (itemKey: string, open: boolean) => {
    setOpenNotes((s) => {
      const next = new Set(s);
      if (open) next.add(itemKey);
      else next.delete(itemKey);
      return next;
    });
  };

  const onItemKeyDown = (index: number, itemKey: string, event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const value = answers[itemKey]?.value ?? null;
    const digit = digitValue(event.key, instrument.scale);
    if (digit !== null) {
      event.preventDefault();
      update({ itemKey, value: digit }, 'value');
      focusStep(index + 1);
      return;
    }
    if (clearsAnswer(event.key)) {
      event.preventDefault();
      if (value === null) return;
      // Saved as null (the server clears the stored value); focus stays in the question, on its first answer now.
      update({ itemKey, value: null }, 'value');
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`#step-${CSS.escape(itemKey)} [role=radio][tabindex="0"]`)?.focus());
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
      case 'Enter':
        event.preventDefault();
        focusStep(index + 1);
        return;
      case 'ArrowUp':
        event.preventDefault();
        focusStep(index - 1);
        return;
      case 'ArrowRight':
      case 'ArrowLeft': {
        event.preventDefault();
        const { min, max } = instrument.scale;
        const step = event.key === 'ArrowRight' ? 1 : -1;
        const next = value === null ? (step > 0 ? min : max) : Math.max(min, Math.min(max, value + step));
        update({ itemKey, value: next }, 'value');
        requestAnimationFrame(() =>
          document.querySelector<HTMLElement>(`#step-${CSS.escape(itemKey)} [role=radio][data-value="${next}"]`)?.focus(),
        );
        return;
      }
      case 'n':
      case 'N':
        if (mode === 'coach') {
          event.preventDefault();
          // An open note's autoFocus ran when it mounted: `n` again takes the coach back into it.
          if (noteKeyAction(openNotes.has(itemKey)) === 'focus') document.getElementById(`note-${itemKey}`)?.focus();
          else toggleNote(itemKey, true);
        }
        return;
    }
  };

  const onOpenKeyDown = (index: number, event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      focusStep(index + 1);
    }
  };

  const handlers = useStableHandlers<QuestionHandlers>({
    answer: (index, itemKey, value) => {
      update({ itemKey, value }, 'value');
      if (mode === 'coach') focusStep(index + 1);
    },
    note: (itemKey, note) => update({ itemKey, note }, 'note'),
    toggleNote,
    itemKeyDown: onItemKeyDown,
    openKeyDown: onOpenKeyDown,
    text: (itemKey, text) => update({ itemKey, text }, 'text'),
    focus: onStepFocus,
  });

  const refusalText = (code: ErrorCode | undefined) => {
    if (!code) return null;
    return t.has(`refused.${code}`) ? t(`refused.${code}`) : t('refused.other');
  };
  // A question's refused save: an error, or (a newer answer kept from another device) a notice (lib/autosave/refusals.ts).
  const refusalOf = (code: ErrorCode | undefined): QuestionProblem | null => {
    const text = refusalText(code);
    return code && text ? { text, tone: refusalTone(code) } : null;
  };

  // A value the server refused (the measurement completed elsewhere, the agreement withdrawn) is shown where it was
  // given, with the refusal, but it is not stored: it counts as not answered.
  const stored = useMemo(() => withoutRefused(answers, refusals), [answers, refusals]);
  const overall = progressOf(steps, stored);
  const perSection = sectionProgress(sections, stored);
  const unanswered = overall.total - overall.answered;

  useEffect(() => {
    if (!outcome) return;
    const active = document.activeElement;
    const reveal = revealAfterComplete(outcome.kind, !active || active === document.body);
    const el = reveal?.target === 'confirmation' ? confirmRef.current : problemRef.current;
    if (!reveal || !el) return;
    if (reveal.focus) el.focus({ preventScroll: true });
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    el.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  }, [outcome]);

  const fail = (problem: string | null) => {
    setAlreadyCompleted(false);
    setCompleteProblem(problem);
    setOutcome({ kind: 'problem' });
  };

  // In the client's words ("Versturen"), or the coach's ("Afronden").
  const signedOutText = () => t(mode === 'client' ? 'signedOutSend' : 'signedOutComplete');
  const outdatedText = () => t(mode === 'client' ? 'completeOutdatedClient' : 'completeOutdated');

  // Answers the server refused are not on it: completing now would lock the measurement without them. Said with how
  // many and why (the refusal texts), in the person's words.
  const refusedText = (refused: { code: string }[]) => {
    const reasons = [...new Set(refused.map((r) => refusalText(r.code as ErrorCode)))].join(' ');
    return `${t(mode === 'client' ? 'unsavedBlocksSend' : 'unsavedBlocksComplete', { count: refused.length })} ${reasons}`;
  };

  // Completed before this press (another tab, the client at home, or this tab with its answer lost): said, with the way
  // to the results, in place of any other message.
  const showAlreadyCompleted = () => {
    setCompleteProblem(null);
    setAlreadyCompleted(true);
    setOutcome({ kind: 'problem' });
  };

  // "Keep filling in" (its button, or Escape on the question): back to the first open question.
  const keepFilling = () => {
    setConfirming(false);
    focusStep(resumeStep(steps, answers));
  };

  const complete = async (force: boolean) => {
    setCompleteProblem(null);
    setAlreadyCompleted(false);
    // One typed over since is sent first (the flush below), and the server decides again.
    const queued = pendingValues();
    const refusedBefore = refusedFields(refusedNow.current).filter((r) => !(r.key in queued));
    if (refusedBefore.length > 0) {
      setConfirming(false);
      if (completedElsewhere(refusedBefore)) showAlreadyCompleted();
      else fail(refusedText(refusedBefore));
      return;
    }
    if (completePress(unanswered, force) === 'confirm') {
      setConfirming(true);
      setOutcome({ kind: 'confirm' });
      return;
    }
    setConfirming(false);
    setCompleting(true);
    try {
      // The save in flight first, but not forever (a stalled connection): what is still queued is then reported.
      await settleWithin(flush(), FLUSH_WAIT_MS);
      if (Object.keys(pendingValues()).length > 0) {
        // Sending stopped until two-step sign-in is set up, the person signs in again or the page is reloaded: waiting
        // would not help, the step to take is named.
        const stopped = stoppedBy.current ?? (status === 'two_factor' || status === 'signed_out' || status === 'outdated' ? status : null);
        fail(
          stopped === 'two_factor'
            ? t('twoFactorFirst')
            : stopped === 'signed_out'
              ? signedOutText()
              : stopped === 'outdated'
                ? outdatedText()
                : t(mode === 'client' ? 'waitForSaveClient' : 'waitForSave'),
        );
        return;
      }
      // A refusal heard while waiting (the measurement completed elsewhere meanwhile).
      const refused = refusedFields(refusedNow.current);
      if (refused.length > 0) {
        if (completedElsewhere(refused)) showAlreadyCompleted();
        else fail(refusedText(refused));
        return;
      }
      const result = await completeAction();
      if (!result.ok) {
        // Nothing sends a completion again by itself: a fault on our side asks for another try (the answers are kept).
        fail(
          result.error === 'server'
            ? t(mode === 'client' ? 'completeServerClient' : 'completeServer')
            : result.error === 'unauthenticated'
              ? signedOutText()
              : refusalText(result.error),
        );
        return;
      }
      try {
        window.localStorage.removeItem(positionKey);
      } catch {
        // Nothing to clean up.
      }
      if (result.data?.alreadyCompleted) return showAlreadyCompleted();
      if (focusOnCompleted) requestFocusOnArrival(focusOnCompleted);
      router.push(onCompletedHref);
    } catch (error) {
      // The complete call itself got no answer: the answers are safe in this browser and on the server.
      fail(unsentCause(error) === 'outdated' ? outdatedText() : t('completeOffline'));
    } finally {
      setCompleting(false);
    }
  };

  const completeButton = (ref: typeof completeRef) => (
    <button
      ref={ref}
      type="button"
      className={`btn btn-primary ${mode === 'client' ? 'w-full sm:w-auto' : ''}`}
      disabled={completing}
      aria-busy={completing}
      onClick={() => void complete(false)}
    >
      {mode === 'client' ? (completing ? t('sending') : t('send')) : completing ? t('completing') : t('complete')}
    </button>
  );

  // The values the digit keys give on this scale; no line when none does (a 10–20 scale).
  const digits = digitRange(instrument.scale);

  const sectionTitle = (s: (typeof sections)[number]) => s.title ?? t('ownWordsTitle');

  return (
    <div className="flex flex-col" data-testid="measurement-form" data-mode={mode}>
      {mode === 'coach' && <NoteIconSymbol />}
      <div
        ref={stickyBar}
        data-testid="progress-bar"
        className="relative z-20 border-b [@media(min-height:30rem)]:sticky [@media(min-height:30rem)]:top-0 data-tall:static border-slate-200 bg-white/95 shadow-sm backdrop-blur"
      >
        <div>{header}</div>
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
          <div className="flex min-w-0 flex-1 basis-48 flex-col gap-1">
            <span className="text-sm font-medium text-slate-700" data-testid="overall-progress">
              {t('progress', { answered: overall.answered, total: overall.total })}
            </span>
            <ProgressBar progress={overall} label={t('progressLabel')} size="md" />
          </div>
          <SaveStatus status={status} pendingCount={pendingCount} lastSavedAt={lastSavedAt} />
          {mode === 'coach' && completeButton(topCompleteRef)}
        </div>
      </div>

      {/* In the portal, the page's own margin is the questions' too: a second one took 32 px from the phone's answers. */}
      <div
        className={`mx-auto w-full max-w-6xl py-6 ${mode === 'coach' ? 'px-4 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-8' : ''}`}
      >
        {mode === 'coach' && (
          <aside className="hidden lg:block" aria-label={t('sectionsNav')}>
            <div className="sticky top-32 flex flex-col gap-4">
              <nav aria-label={t('sectionsNav')}>
                <ol className="flex flex-col gap-3">
                  {sections.map((s) => {
                    const p = perSection[s.key] ?? { answered: 0, total: 0 };
                    const first = steps.findIndex((st) => st.section === s.key);
                    return (
                      <li key={s.key}>
                        <button
                          type="button"
                          className="flex w-full cursor-pointer flex-col gap-1 rounded-md px-2 py-1.5 text-left hover:bg-slate-100"
                          onClick={() => focusStep(first)}
                        >
                          <span className="flex justify-between gap-2 text-sm">
                            <span className="font-medium text-slate-800">{sectionTitle(s)}</span>
                            <span className="shrink-0 whitespace-nowrap tabular-nums text-slate-500">
                              {p.answered}/{p.total}
                            </span>
                          </span>
                          <ProgressBar progress={p} label={t('sectionProgressLabel', { section: sectionTitle(s) })} />
                        </button>
                      </li>
                    );
                  })}
                </ol>
              </nav>
              <div className="rounded-md border border-slate-200 bg-white p-3 text-xs leading-relaxed text-slate-600">
                <p className="mb-1 font-semibold text-slate-700">{t('keysTitle')}</p>
                <ul className="flex flex-col gap-1">
                  {digits && (
                    <li>{t('keysAnswer', { min: digits.min, max: digits.max, same: digits.min === digits.max ? 'yes' : 'no' })}</li>
                  )}
                  <li>{t('keysMove')}</li>
                  <li>{t('keysValue')}</li>
                  <li>{t('keysClear')}</li>
                  <li>{t('keysNote')}</li>
                  <li>{t('keysOpen')}</li>
                </ul>
              </div>
            </div>
          </aside>
        )}

        <div className="flex min-w-0 flex-col gap-6">
          {instrument.description && <p className="max-w-3xl text-slate-700">{instrument.description}</p>}
          {notice}
          {sections.map((s) => {
            const p = perSection[s.key] ?? { answered: 0, total: 0 };
            const headingId = `section-${s.key}`;
            return (
              <section key={s.key} aria-labelledby={headingId} className="card question-section flex flex-col gap-1 p-3 sm:p-4">
                <div className="flex flex-col gap-2 px-3 pb-2 pt-1 sm:px-4">
                  <div className="flex items-baseline justify-between gap-3">
                    <h2 id={headingId}>{sectionTitle(s)}</h2>
                    <span className="shrink-0 whitespace-nowrap text-sm tabular-nums text-slate-600">
                      {t('sectionProgress', { answered: p.answered, total: p.total })}
                    </span>
                  </div>
                  <ProgressBar progress={p} label={t('sectionProgressLabel', { section: sectionTitle(s) })} />
                </div>
                <div className="flex flex-col divide-y divide-slate-100">
                  {s.items.map((item) => {
                    const index = stepIndex.get(item.key) ?? 0;
                    const answer = answers[item.key];
                    return (
                      <ScaleQuestion
                        key={item.key}
                        item={item}
                        index={index}
                        number={itemNumber.get(item.key) ?? 0}
                        scale={instrument.scale}
                        mode={mode}
                        value={answer?.value ?? null}
                        note={answer?.note ?? ''}
                        noteOpen={openNotes.has(item.key)}
                        current={current === index}
                        problem={refusalOf(refusals[item.key] ?? refusals[fieldKey(item.key, 'note')])}
                        handlers={handlers}
                      />
                    );
                  })}
                  {s.openQuestions.map((q) => {
                    const index = stepIndex.get(q.key) ?? 0;
                    return (
                      <OpenQuestion
                        key={q.key}
                        question={q}
                        index={index}
                        mode={mode}
                        text={answers[q.key]?.text ?? ''}
                        current={current === index}
                        problem={refusalOf(refusals[fieldKey(q.key, 'text')])}
                        handlers={handlers}
                      />
                    );
                  })}
                </div>
              </section>
            );
          })}

          <section className="card flex flex-col gap-3" aria-labelledby="complete-title">
            <h2 id="complete-title">{mode === 'client' ? t('sendTitle') : t('completeTitle')}</h2>
            <p className="text-slate-700">
              {unanswered === 0 ? t('allAnswered') : t('someUnanswered', { count: unanswered })}{' '}
              {t(mode === 'coach' ? 'completeLocksCoach' : 'completeLocksClient')}
            </p>
            <div aria-live="assertive" className="empty:hidden">
              {completeProblem && (
                <p ref={problemRef} tabIndex={-1} className="alert alert-error" role="alert">
                  {completeProblem}
                </p>
              )}
              {alreadyCompleted && (
                <p ref={problemRef} tabIndex={-1} className="alert alert-success" role="status" data-testid="already-completed">
                  {t('alreadyCompleted')} <a href={onCompletedHref}>{t('alreadyCompletedLink')}</a>
                </p>
              )}
            </div>
            {confirming ? (
              // An inline question, not a modal dialog (the page stays usable around it): a labelled group that Escape
              // answers with "keep filling in", as the button does.
              <div
                ref={confirmRef}
                tabIndex={-1}
                className="flex flex-col gap-3 rounded-md border border-amber-200 bg-amber-50 p-4"
                role="group"
                aria-labelledby="confirm-text"
                data-testid="complete-confirmation"
                onKeyDown={(event) => {
                  if (event.key !== 'Escape') return;
                  event.preventDefault();
                  keepFilling();
                }}
              >
                <p id="confirm-text" className="text-amber-900">
                  {t('confirmIncomplete', { count: unanswered })}
                </p>
                <div className="flex flex-wrap gap-2">
                  <button type="button" className="btn btn-primary" disabled={completing} onClick={() => void complete(true)}>
                    {mode === 'client' ? t('sendAnyway') : t('completeAnyway')}
                  </button>
                  <button type="button" className="btn btn-secondary" onClick={keepFilling}>
                    {t('keepFilling')}
                  </button>
                </div>
              </div>
            ) : (
              <div>{completeButton(completeRef)}</div>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}

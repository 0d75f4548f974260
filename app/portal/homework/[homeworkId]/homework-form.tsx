'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Fragment, useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { SaveStatus } from '@/app/_components/autosave/save-status';
import { useAutosave } from '@/app/_components/autosave/use-autosave';
import { requestFocusOnArrival } from '@/app/_components/focus-on-arrival';
import { useMessage } from '@/app/_components/form-controls';
import { HydrationGate } from '@/app/_components/hydration-gate';
import { useStickyScrollPadding } from '@/app/_components/sticky-scroll-padding';
import { unsentCause } from '@/app/_components/unsent-cause';
import { problemMessageKey, refusedProblem } from '@/lib/actions/form-problem';
import type { BaseValue } from '@/lib/autosave/bases';
import { refusalTone } from '@/lib/autosave/refusals';
import { FLUSH_WAIT_MS, settleWithin } from '@/lib/autosave/single-flight';
import { type DateRange, dateInRangeProblem } from '@/lib/homework/date-range';
import { firstUnsentError, refusalMessageKey, unsentAnswersMessageKey } from '@/lib/homework/form-problems';
import type { Answers, FieldGroup } from '@/lib/homework/templates';
import { hasVisibleText } from '@/lib/text/visible';
import { saveHomeworkAnswerAction, submitHomeworkAction } from './actions';
import { fieldId, HomeworkField } from './homework-field';
import { useHeldAnswers } from './use-held-answers';

// The template's groups come from the page: importing the templates here shipped all three (3 kB gzip) to the phone.
type Props = { homeworkId: string; groups: FieldGroup[]; locale: 'nl' | 'en'; initialAnswers: Answers; dateRange: DateRange };

/**
 * A homework form on the client's phone. Every field is saved on its own as it is filled in (unsent
 * values wait in the browser and survive a reload or a dropped connection); submitting is explicit.
 */
/**
 * What is still empty: parts without a single answer when the form has parts (a diary's days), else questions without
 * one. Required questions are the server's to refuse; this counts what may be left empty but was perhaps forgotten.
 */
function emptyParts(groups: Props['groups'], values: Answers): number {
  const blank = (key: string) => !hasVisibleText(values[key] ?? '');
  return groups.length > 1
    ? groups.filter((g) => g.fields.every((f) => blank(f.key))).length
    : (groups[0]?.fields.filter((f) => blank(f.key)).length ?? 0);
}

export function HomeworkForm({ homeworkId, groups, locale, initialAnswers, dateRange }: Props) {
  const t = useTranslations('portal.homework');
  const message = useMessage();
  const router = useRouter();
  const dateKeys = new Set(groups.flatMap((g) => g.fields.filter((f) => f.kind === 'date').map((f) => f.key)));
  const [values, setValues] = useState<Answers>(initialAnswers);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // Handing in with parts still empty (days of a diary, say): asked once, as the questionnaire asks about open questions.
  const [confirmingEmpty, setConfirmingEmpty] = useState<number | null>(null);
  // Long forms (seven diary days, four crafting forms) fold: open what has answers and the first empty part.
  const collapsible = groups.length > 3;
  const openFor = (answers: Answers) => {
    const hasAnswer = (keys: string[]) => keys.some((k) => hasVisibleText(answers[k] ?? ''));
    const open: Record<string, boolean> = {};
    for (const g of groups) if (hasAnswer(g.fields.map((f) => f.key))) open[g.key] = true;
    const firstEmpty = groups.find((g) => !open[g.key]);
    if (firstEmpty) open[firstEmpty.key] = true;
    return open;
  };
  // Only an open part renders its questions: the diary's seven days folded made the page's HTML a third larger.
  const [openParts, setOpenParts] = useState(() => openFor(initialAnswers));
  const setPartOpen = (key: string, open: boolean) => setOpenParts((parts) => (!!parts[key] === open ? parts : { ...parts, [key]: open }));

  // A part tapped open (or shut) before the page's script ran did so without React hearing it: the state follows the page.
  // (Before the merge below, which may open more.)
  useEffect(() => {
    const shown = [...document.querySelectorAll<HTMLDetailsElement>('details[data-part]')].map((d) => [d.dataset.part, d.open]);
    setOpenParts((parts) => ({ ...parts, ...Object.fromEntries(shown) }));
  }, []);

  const stickyBar = useRef<HTMLDivElement>(null);
  useStickyScrollPadding(stickyBar);

  // Set as soon as a save hears the session is gone, or that a new version of the app was installed (before the status
  // re-renders: "Inleveren" reads these after waiting for that very save, with the status of the render it was pressed
  // in). The last save's fault on our side likewise: handing in then waits on us, not on the client's connection.
  const signedOut = useRef(false);
  const outdated = useRef(false);
  const serverTrouble = useRef(false);
  const send = useCallback(
    async (fieldKey: string, value: string, bases: BaseValue[] | undefined) => {
      let result: Awaited<ReturnType<typeof saveHomeworkAnswerAction>>;
      try {
        result = await saveHomeworkAnswerAction(bases ? { homeworkId, fieldKey, value, bases } : { homeworkId, fieldKey, value });
      } catch (error) {
        // The autosave stops on it too (and says so in the status); thrown on, as it was.
        if (unsentCause(error) === 'outdated') outdated.current = true;
        throw error;
      }
      if (!result.ok && result.error === 'unauthenticated') signedOut.current = true;
      serverTrouble.current = !result.ok && result.error === 'server';
      return result;
    },
    [homeworkId],
  );
  const loadedValue = useCallback((key: string) => initialAnswers[key] ?? null, [initialAnswers]);
  // A newer answer given on another device was kept: the field shows it (its message says why), and a date error
  // about what was typed here before no longer applies to it.
  const held = useHeldAnswers(homeworkId);
  const onStale = useCallback(
    (key: string, current: BaseValue) => {
      setValues((v) => ({ ...v, [key]: typeof current === 'string' ? current : '' }));
      setErrors(({ [key]: _replaced, ...rest }) => rest);
      held.release(key);
    },
    [held],
  );
  const { save, flush, status, pendingCount, refusals, lastSavedAt, pendingValues } = useAutosave<string>({
    storageKey: `homework:${homeworkId}`,
    send,
    fieldValue: (value) => value,
    loadedValue,
    onStale,
  });

  // After a reload: what was typed but not yet confirmed goes over the server's values.
  const merged = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the merge runs once, after the first render, with that render's answers
  useEffect(() => {
    if (merged.current) return;
    merged.current = true;
    // A date refused before the reload comes back with its message, over what was typed before it.
    const refused = held.all();
    for (const [key, value] of Object.entries(refused)) {
      const dateProblem = dateKeys.has(key) ? dateInRangeProblem(value, dateRange) : null;
      if (dateProblem) setErrors((e) => ({ ...e, [key]: dateProblem }));
      else {
        // No longer refused (the range moves with the days): it is the client's to type again, not ours to send late.
        held.release(key);
        delete refused[key];
      }
    }
    const pending = { ...pendingValues(), ...refused };
    if (Object.keys(pending).length > 0) {
      setValues((v) => ({ ...v, ...pending }));
      // Answers typed before the reload but not yet sent count too: their part and the next empty one open.
      setOpenParts((open) => ({ ...open, ...openFor({ ...initialAnswers, ...pending }) }));
    }
  }, [pendingValues]);

  const update = (key: string, value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setProblem(null);
    // A date outside its range says so at once, with the range (the server refuses it too; nothing is sent).
    const dateProblem = value && dateKeys.has(key) ? dateInRangeProblem(value, dateRange) : null;
    if (dateProblem) {
      held.hold(key, value);
      return setErrors((e) => ({ ...e, [key]: dateProblem }));
    }
    held.release(key);
    setErrors(({ [key]: _cleared, ...rest }) => rest);
    save(key, value);
  };

  /** Opens the field's part (a folded one) and puts the focus in it. */
  const focusField = (key: string) => {
    const part = groups.find((g) => g.fields.some((f) => f.key === key));
    // A folded part has no fields on the page: it opens at once, so that the field is there to take the focus.
    if (collapsible && part) flushSync(() => setPartOpen(part.key, true));
    const id = fieldId(key);
    (document.getElementById(id) ?? document.getElementsByName(id)[0])?.focus();
  };

  const submit = async (despiteEmpty = false) => {
    setProblem(null);
    // A value refused here (a date outside its range) was not sent: handing in now would hand in the one saved before.
    const unsent = firstUnsentError(groups, errors);
    if (unsent) {
      setConfirmingEmpty(null);
      setProblem(t('fixFirst', { count: unsent.count }));
      focusField(unsent.key);
      return;
    }
    // Handed in is final: a tap under the first day of a diary must not close the other six.
    const empty = emptyParts(groups, values);
    if (empty > 0 && !despiteEmpty) {
      flushSync(() => setConfirmingEmpty(empty));
      document.getElementById('submit-empty-confirm')?.focus();
      return;
    }
    setConfirmingEmpty(null);
    setSubmitting(true);
    let handedIn = false;
    try {
      // The save in flight first, but not forever (a stalled connection): what is still queued is then reported.
      await settleWithin(flush(), FLUSH_WAIT_MS);
      if (Object.keys(pendingValues()).length > 0) {
        const why =
          signedOut.current || status === 'signed_out'
            ? 'signed_out'
            : outdated.current || status === 'outdated'
              ? 'outdated'
              : serverTrouble.current
                ? 'server'
                : 'unsent';
        return setProblem(t(unsentAnswersMessageKey(why)));
      }
      const result = await submitHomeworkAction({ homeworkId });
      // "Already handed in" is what the client asked for too: a second tap, a retry after the first answer was lost,
      // another tab. Either way the page comes back with the "submitted" note in place of this form, and the focus
      // goes there; the button stays busy until then.
      if (result.ok || result.error === 'already_submitted') {
        handedIn = true;
        requestFocusOnArrival('submitted-note');
        router.refresh();
        return;
      }
      const fieldErrors = Object.entries(result.fieldErrors ?? {}).filter(([key]) => key !== '_form');
      if (fieldErrors.length > 0) {
        setErrors(Object.fromEntries(fieldErrors));
        setProblem(t('missing', { count: fieldErrors.length }));
        // The fields are disabled while handing in: enabled again first, so that the first missing one takes the focus.
        flushSync(() => setSubmitting(false));
        focusField(fieldErrors[0]![0]);
        return;
      }
      if (result.error === 'unauthenticated') return setProblem(t('signedOutSubmit'));
      // Withdrawn by the coach while it was open here (or the trajectory's records removed): no more to hand in.
      if (result.error === 'not_found') return setProblem(t('homeworkGoneSubmit'));
      const refused = refusedProblem(result);
      setProblem(message(problemMessageKey(refused), refused.params));
    } catch (error) {
      // A lost answer reads as the connection (the phone's usual trouble); a page outdated by a new version, as that.
      setProblem(message(unsentCause(error) === 'outdated' ? 'errors.outdated' : 'errors.offline'));
    } finally {
      if (!handedIn) setSubmitting(false);
    }
  };

  /** A field's error, or its notice: a newer answer kept from another device is no mistake (lib/autosave/refusals.ts). */
  const fieldMessage = (key: string): { error?: string; notice?: string } => {
    if (errors[key]) return { error: message(errors[key]) };
    const code = refusals[key];
    const refusal = refusalMessageKey(code);
    if (!code || !refusal) return {};
    return refusalTone(code) === 'notice' ? { notice: t(refusal) } : { error: t(refusal) };
  };

  return (
    // Handing in is the button's press alone (a click, a tap, or Enter or Space on it): it is no submit button, so Enter
    // or "Go" in a field hands nothing in (with a submit button, the browser "clicks" it for them, and the press and the
    // Enter look alike). A form that still submits (one field that takes Enter, and no submit button) does nothing.
    <form method="post" noValidate onSubmit={(e) => e.preventDefault()} className="flex flex-col gap-4">
      <HydrationGate>
        <div ref={stickyBar} className="sticky top-0 z-10 data-tall:static -mx-4 bg-slate-50/95 px-4 py-2 backdrop-blur">
          <SaveStatus
            status={status}
            pendingCount={pendingCount}
            lastSavedAt={lastSavedAt}
            notSaved={firstUnsentError(groups, errors)?.count ?? 0}
          />
        </div>
        {groups.map((group) => {
          // An answer the server refused (a character it cannot store) is on screen but not saved: it does not count.
          const saved = (key: string) => !refusals[key] || refusalTone(refusals[key]) === 'notice';
          const filledIn = group.fields.filter((f) => hasVisibleText(values[f.key] ?? '') && saved(f.key)).length;
          // "filled in" only when every field of the part is; one answer of three is "started".
          const progress = filledIn === 0 ? null : filledIn === group.fields.length ? 'filledIn' : 'started';
          const fields = (
            // Disabled while handing in: an answer typed meanwhile would be saved after the hand-in, and refused.
            <fieldset key={group.key} disabled={submitting} className="flex flex-col gap-4">
              <legend className="sr-only">{group.title[locale]}</legend>
              {group.intro && <p className="text-sm text-slate-600">{group.intro[locale]}</p>}
              {group.fields.map((field) => (
                <HomeworkField
                  key={field.key}
                  field={field}
                  locale={locale}
                  value={values[field.key] ?? ''}
                  {...fieldMessage(field.key)}
                  dateRange={dateRange}
                  onChange={(v) => update(field.key, v)}
                />
              ))}
            </fieldset>
          );
          const badge = progress && (
            <span
              className={`whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${
                progress === 'filledIn' ? 'bg-emerald-50 text-emerald-800 ring-emerald-200' : 'bg-slate-50 text-slate-700 ring-slate-200'
              }`}
            >
              {t(progress)}
            </span>
          );
          // A heading inside <summary> (a button) loses its meaning and is invalid: the part's heading stands before its
          // <details>, for screen readers' heading navigation (outside it, so a folded part is found too); the summary
          // shows the same title.
          return collapsible ? (
            <Fragment key={group.key}>
              <h2 className="sr-only">{group.title[locale]}</h2>
              <details
                data-part={group.key}
                open={Boolean(openParts[group.key])}
                onToggle={(e) => setPartOpen(group.key, e.currentTarget.open)}
                className="card group p-0"
              >
                <summary className="flex min-h-12 cursor-pointer list-none items-center justify-between gap-2 px-4 py-2 [&::-webkit-details-marker]:hidden">
                  <span className="text-base font-semibold">{group.title[locale]}</span>
                  <span className="flex items-center gap-2">
                    {badge}
                    <svg
                      aria-hidden="true"
                      viewBox="0 0 20 20"
                      className="h-5 w-5 fill-slate-500 transition-transform group-open:rotate-180"
                    >
                      <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
                    </svg>
                  </span>
                </summary>
                {openParts[group.key] && <div className="px-4 pb-4">{fields}</div>}
              </details>
            </Fragment>
          ) : (
            <section key={group.key} className="card flex flex-col gap-4 p-4" aria-label={group.title[locale]}>
              <div className="flex items-center justify-between gap-2">
                <h2 className="text-base font-semibold">{group.title[locale]}</h2>
                {badge}
              </div>
              {fields}
            </section>
          );
        })}
        <div className="card flex flex-col gap-3 p-4">
          <h2 className="text-base font-semibold">{t('submitTitle')}</h2>
          <p className="text-sm text-slate-600">{t('submitIntro')}</p>
          <div aria-live="assertive" className="empty:hidden">
            {problem && (
              <p className="alert alert-error" role="alert" data-testid="form-error">
                {problem}
              </p>
            )}
          </div>
          {confirmingEmpty !== null && !submitting ? (
            <div className="flex flex-col gap-2" data-testid="submit-empty">
              <p id="submit-empty-confirm" tabIndex={-1} className="alert border-amber-300 bg-amber-50 text-amber-900">
                {t(groups.length > 1 ? 'emptyParts' : 'emptyQuestions', { count: confirmingEmpty })}
              </p>
              <button type="button" className="btn btn-primary w-full" onClick={() => void submit(true)}>
                {t('submitAnyway')}
              </button>
              <button
                type="button"
                className="btn btn-secondary w-full"
                onClick={() => {
                  setConfirmingEmpty(null);
                  const first = groups.find((g) => g.fields.every((f) => !hasVisibleText(values[f.key] ?? '')));
                  if (!first) return;
                  flushSync(() => setPartOpen(first.key, true));
                  focusField(first.fields[0]!.key);
                }}
              >
                {t('keepFilling')}
              </button>
            </div>
          ) : (
            <button
              type="button"
              className="btn btn-primary w-full"
              disabled={submitting}
              aria-busy={submitting}
              onClick={() => void submit()}
            >
              {submitting ? t('submitting') : t('submit')}
            </button>
          )}
        </div>
      </HydrationGate>
    </form>
  );
}

'use client';

import { type ReactNode, useEffect, useId, useRef, useState, useTransition } from 'react';
import { focusById } from './focus-by-id';
import { FormAlert } from './form-alert';
import { unsentCause } from './unsent-cause';
import type { FormProblem } from './use-action-form';

type Props = {
  /** The button's text, and (with `name`) its accessible name and the question's. */
  label: string;
  name?: string;
  /** What the question says: what happens, and that it cannot be undone where so. */
  warning: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** The action: null when done (the question closes), or the problem to show. */
  onConfirm: () => Promise<FormProblem | null>;
  /**
   * The id of the element (tabIndex -1) that takes the focus once the step is done: the refreshed page may no longer
   * show this button, or show another in its place, and the focus would fall to the page. One that stays through the
   * refresh, such as the list's heading. Without it, the focus goes back to the button.
   */
  focusOnDone?: string;
};

/**
 * An inline question's state and focus: asking puts the focus on the question's cancel button (the safe choice),
 * closing gives it back to the button that asked. Put `trigger` and `cancel` on those two buttons.
 */
export function useInlineQuestion() {
  const [confirming, setConfirming] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'cancel' | 'trigger' | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the question opens or closes, to move the focus
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'cancel') cancel.current?.focus();
    if (target === 'trigger') trigger.current?.focus();
  }, [confirming]);
  const ask = () => {
    focusNext.current = 'cancel';
    setConfirming(true);
  };
  const close = () => {
    focusNext.current = 'trigger';
    setConfirming(false);
  };
  /** Closes without giving the focus back: for a step done, when the caller moves the focus on itself. */
  const dismiss = () => {
    focusNext.current = null;
    setConfirming(false);
  };
  return { confirming, ask, close, dismiss, trigger, cancel };
}

/**
 * The open question of useInlineQuestion, in place of the button that asked: what happens, the step, and the safe choice
 * (focused, described by the warning). Answering closes the question (the focus goes back to that button) and acts.
 */
export function InlineQuestion(props: {
  question: ReturnType<typeof useInlineQuestion>;
  label: string;
  warning: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  pending: boolean;
  onConfirm: () => void;
}) {
  const { question, pending } = props;
  const warningId = useId();
  return (
    <span className="flex flex-wrap items-center gap-2" role="group" aria-label={props.label}>
      <span id={warningId} className="basis-full text-sm text-slate-700">
        {props.warning}
      </span>
      <button
        type="button"
        className="btn btn-danger btn-sm"
        disabled={pending}
        aria-busy={pending}
        onClick={() => {
          question.close();
          props.onConfirm();
        }}
      >
        {props.confirmLabel}
      </button>
      <button
        type="button"
        ref={question.cancel}
        className="btn btn-ghost btn-sm"
        aria-describedby={warningId}
        disabled={pending}
        onClick={question.close}
      >
        {props.cancelLabel}
      </button>
    </span>
  );
}

/**
 * A button for a step that cannot be undone, which asks first, inline. The question takes the focus (on its cancel
 * button, the safe choice, with the warning read out); cancelling and a refusal give the focus back to the button, and
 * a step done gives it to `focusOnDone` where given.
 */
export function ConfirmButton({ label, name, warning, confirmLabel, cancelLabel, onConfirm, focusOnDone }: Props) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [pending, start] = useTransition();
  const { confirming, ask, close, dismiss, trigger, cancel } = useInlineQuestion();
  const warningId = useId();

  const accessibleName = name ? `${label}: ${name}` : label;
  const confirm = () =>
    start(async () => {
      setProblem(null);
      const refused = await onConfirm().catch(
        (error: unknown): FormProblem => ({ code: unsentCause(error) === 'outdated' ? 'outdated' : 'offline' }),
      );
      setProblem(refused);
      if (refused || !focusOnDone) return close();
      dismiss();
      focusById(focusOnDone);
    });

  return (
    <span className="flex flex-col items-end gap-1">
      <FormAlert problem={problem} />
      {confirming ? (
        <span className="flex max-w-md flex-wrap items-center justify-end gap-2" role="group" aria-label={accessibleName}>
          <span id={warningId} className="text-right text-sm text-slate-700">
            {warning}
          </span>
          <button type="button" className="btn btn-danger btn-sm" onClick={confirm} disabled={pending} aria-busy={pending}>
            {confirmLabel}
          </button>
          <button
            type="button"
            ref={cancel}
            className="btn btn-ghost btn-sm"
            aria-describedby={warningId}
            onClick={close}
            disabled={pending}
          >
            {cancelLabel}
          </button>
        </span>
      ) : (
        <button
          type="button"
          ref={trigger}
          className="btn btn-secondary btn-sm"
          aria-label={accessibleName}
          onClick={() => {
            setProblem(null);
            ask();
          }}
        >
          {label}
        </button>
      )}
    </span>
  );
}

// Kept importable from here, where the steps that use it live.
export { focusById };

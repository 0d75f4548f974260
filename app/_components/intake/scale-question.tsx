import { useTranslations } from 'next-intl';
import { type KeyboardEvent, memo } from 'react';
import { useCharacterLimit } from '@/app/_components/form-character-count';
import type { RefusalTone } from '@/lib/autosave/refusals';
import { answerGridTemplate } from '@/lib/intake/answer-columns';
import type { FormItem, FormScale } from '@/lib/intake/form-instrument';
import { ANSWER_NOTE_MAX } from '@/lib/intake/limits';

export type QuestionMode = 'coach' | 'client';

/** A question's refused save: an error to fix, or a notice (a newer answer from another device is shown now). */
export type QuestionProblem = { text: string; tone: RefusalTone };

/** The refusal under a question: an error is an alert; a notice is said politely and does not mark the field invalid. */
export function QuestionProblemText({ id, problem, className = '' }: { id: string; problem: QuestionProblem; className?: string }) {
  return problem.tone === 'error' ? (
    <p id={id} className={`field-error ${className}`} role="alert">
      {problem.text}
    </p>
  ) : (
    <p id={id} className={`alert border-sky-200 bg-sky-50 text-sky-900 ${className}`} role="status" data-testid="question-notice">
      {problem.text}
    </p>
  );
}

/**
 * What a question tells the form. One object for all questions, the same on every render: a question re-renders
 * only when its own answer, note or focus changes, not the ~90 others (every answer used to re-render them all).
 */
export type QuestionHandlers = {
  answer: (index: number, itemKey: string, value: number) => void;
  note: (itemKey: string, note: string) => void;
  toggleNote: (itemKey: string, open: boolean) => void;
  itemKeyDown: (index: number, itemKey: string, event: KeyboardEvent<HTMLDivElement>) => void;
  openKeyDown: (index: number, event: KeyboardEvent<HTMLTextAreaElement>) => void;
  text: (itemKey: string, text: string) => void;
  focus: (index: number) => void;
};

type Props = {
  item: FormItem;
  index: number;
  number: number;
  scale: FormScale;
  mode: QuestionMode;
  value: number | null;
  note: string;
  noteOpen: boolean;
  current: boolean;
  problem: QuestionProblem | null;
  handlers: QuestionHandlers;
};

/** The note button's pencil, drawn once per form (NoteIconSymbol) and referenced by every question. */
export function NoteIconSymbol() {
  return (
    <svg aria-hidden width="0" height="0" className="absolute">
      <symbol id="note-icon" viewBox="0 0 20 20">
        <g fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
          <path d="M4 16h3.2L16 7.2a1.6 1.6 0 0 0 0-2.3l-.9-.9a1.6 1.6 0 0 0-2.3 0L4 12.8V16Z" />
          <path d="M11.5 5.5l3 3" />
        </g>
      </symbol>
    </svg>
  );
}

/** One scale item: a radio group of large answer buttons (roving focus), with an optional coach's note. */
export const ScaleQuestion = memo(function ScaleQuestion(props: Props) {
  const { item, index, number, scale, mode, value, note, noteOpen, current, problem, handlers } = props;
  const t = useTranslations('intake');
  const values = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
  const labelOf = (v: number) => scale.labels.find((l) => l.value === v)?.label ?? '';
  const tabbable = value ?? scale.min;
  const questionId = `q-${item.key}`;
  const errorId = `q-${item.key}-error`;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the question's container catches the keyboard shortcuts of the fields inside it; the fields themselves are buttons and inputs.
    <div
      id={`step-${item.key}`}
      data-step={item.key}
      data-current={current || undefined}
      onFocus={() => handlers.focus(index)}
      className="question"
    >
      <div className={mode === 'coach' ? 'question-body question-body-wide' : 'question-body'}>
        <div className="question-text">
          <p id={questionId}>
            <span className="question-number">{number}.</span>
            {item.text}
          </p>
          {mode === 'coach' && !noteOpen && note && (
            <p className="whitespace-pre-line pl-9 text-sm text-slate-700">
              <span className="font-medium">{t('noteShort')}:</span> {note}
            </p>
          )}
        </div>
        <div className="question-answers">
          <div
            role="radiogroup"
            aria-labelledby={questionId}
            aria-describedby={problem ? errorId : undefined}
            aria-invalid={problem?.tone === 'error' ? true : undefined}
            // Backspace or Delete clears the answer (measurement-form.tsx onItemKeyDown).
            aria-keyshortcuts="Backspace Delete"
            onKeyDown={(event) => handlers.itemKeyDown(index, item.key, event)}
            className={mode === 'coach' ? 'answer-grid answer-grid-wide' : 'answer-grid'}
            // On the client's phone a long scale (a custom questionnaire's 0–6 or 0–10) takes rows of at most five, and
            // fewer with large text on a narrow phone, so that each answer stays a thumb wide; the coach's laptop keeps one row.
            style={{ gridTemplateColumns: answerGridTemplate(values.length, mode) }}
          >
            {values.map((v) => (
              <button
                key={v}
                type="button"
                role="radio"
                aria-checked={value === v}
                tabIndex={v === tabbable ? 0 : -1}
                data-value={v}
                onClick={() => handlers.answer(index, item.key, v)}
                className="answer"
              >
                <span className="answer-value">{v}</span>
                {labelOf(v) && <span className="answer-label">{labelOf(v)}</span>}
              </button>
            ))}
          </div>
          {mode === 'coach' && (
            <button
              type="button"
              aria-keyshortcuts="n"
              aria-expanded={noteOpen}
              aria-label={note ? t('editNote') : t('addNote')}
              title={note ? t('editNote') : t('addNote')}
              onClick={() => handlers.toggleNote(item.key, !noteOpen)}
              data-active={note || noteOpen ? true : undefined}
              className="note-toggle"
            >
              <svg width="18" height="18" aria-hidden>
                <use href="#note-icon" />
              </svg>
            </button>
          )}
        </div>
      </div>
      {problem && <QuestionProblemText id={errorId} problem={problem} className="mt-2" />}
      {mode === 'coach' && noteOpen && <AnswerNote itemKey={item.key} number={number} note={note} handlers={handlers} />}
    </div>
  );
});

/** The coach's note on one answer: mounted only while open, so the ~90 closed questions carry no counter. */
function AnswerNote({ itemKey, number, note, handlers }: { itemKey: string; number: number; note: string; handlers: QuestionHandlers }) {
  const t = useTranslations('intake');
  const id = `note-${itemKey}`;
  const limit = useCharacterLimit(id, note, ANSWER_NOTE_MAX);
  return (
    <div className="field mt-2 lg:pl-9">
      <label htmlFor={id} className="field-label">
        {t('noteLabel', { n: number })}
      </label>
      <textarea
        id={id}
        data-note={itemKey}
        // Opened by the coach (button or `n`) to type straight away.
        // biome-ignore lint/a11y/noAutofocus: the coach opened the note on purpose (button or `n`); focus follows that action.
        autoFocus
        className="input min-h-20"
        value={note}
        {...limit.fieldProps}
        aria-describedby={`${id}-hint ${limit.counterId}`}
        onChange={(e) => handlers.note(itemKey, e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            handlers.toggleNote(itemKey, false);
            document.querySelector<HTMLElement>(`#step-${CSS.escape(itemKey)} [role=radio][tabindex="0"]`)?.focus();
          }
        }}
      />
      {limit.counter}
      <p id={`${id}-hint`} className="field-hint">
        {t('noteHint')}
      </p>
    </div>
  );
}

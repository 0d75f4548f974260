import { useTranslations } from 'next-intl';
import type { KeyboardEvent } from 'react';
import type { Item, Locale, Scale } from '@/lib/instruments/types';
import { ANSWER_NOTE_MAX } from '@/lib/intake/limits';

export type QuestionMode = 'coach' | 'client';

type Props = {
  item: Item;
  number: number;
  scale: Scale;
  locale: Locale;
  mode: QuestionMode;
  value: number | null;
  note: string;
  noteOpen: boolean;
  current: boolean;
  error: string | null;
  onAnswer: (value: number) => void;
  onNote: (note: string) => void;
  onToggleNote: (open: boolean) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  onFocus: () => void;
};

/** One scale item: a radio group of large answer buttons (roving focus), with an optional coach's note. */
export function ScaleQuestion(props: Props) {
  const { item, number, scale, locale, mode, value, note, noteOpen, current, error } = props;
  const t = useTranslations('intake');
  const values = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
  const labelOf = (v: number) => scale.labels.find((l) => l.value === v)?.[locale] ?? '';
  const tabbable = value ?? scale.min;
  const questionId = `q-${item.key}`;
  const errorId = `q-${item.key}-error`;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the question's container catches the keyboard shortcuts of the fields inside it; the fields themselves are buttons and inputs.
    <div
      id={`step-${item.key}`}
      data-step={item.key}
      data-current={current || undefined}
      onFocus={props.onFocus}
      className="group scroll-mt-40 rounded-lg border border-transparent px-3 py-3 transition-colors data-[current]:border-brand-600 data-[current]:bg-brand-50/60 sm:px-4"
    >
      <div className={mode === 'coach' ? 'flex flex-col gap-3 lg:flex-row lg:items-start lg:gap-6' : 'flex flex-col gap-3'}>
        <div className="flex flex-1 flex-col gap-1">
          <p id={questionId} className="text-base leading-snug text-slate-900">
            <span className="mr-2 inline-block min-w-7 text-sm font-medium tabular-nums text-slate-500">{number}.</span>
            {item.text[locale]}
          </p>
          {mode === 'coach' && !noteOpen && note && (
            <p className="whitespace-pre-line pl-9 text-sm text-slate-700">
              <span className="font-medium">{t('noteShort')}:</span> {note}
            </p>
          )}
        </div>
        <div className="flex items-start gap-2">
          <div
            role="radiogroup"
            aria-labelledby={questionId}
            aria-describedby={error ? errorId : undefined}
            aria-invalid={error ? true : undefined}
            onKeyDown={props.onKeyDown}
            className={`grid flex-1 gap-1.5 ${mode === 'coach' ? 'lg:w-[26rem] lg:flex-none' : ''}`}
            style={{ gridTemplateColumns: `repeat(${values.length}, minmax(0, 1fr))` }}
          >
            {values.map((v) => {
              const checked = value === v;
              return (
                <button
                  key={v}
                  type="button"
                  role="radio"
                  aria-checked={checked}
                  tabIndex={v === tabbable ? 0 : -1}
                  data-value={v}
                  onClick={() => props.onAnswer(v)}
                  className={`flex min-h-12 cursor-pointer flex-col items-center justify-center rounded-md border px-1 py-1 text-center transition-colors ${
                    checked
                      ? 'border-brand-700 bg-brand-700 text-white shadow-sm'
                      : 'border-slate-300 bg-white text-slate-800 hover:border-brand-600 hover:bg-brand-50'
                  }`}
                >
                  <span className="text-base font-semibold tabular-nums leading-none">{v}</span>
                  {labelOf(v) && (
                    <span className={`mt-1 text-[11px] leading-tight ${checked ? 'text-white' : 'text-slate-600'}`}>{labelOf(v)}</span>
                  )}
                </button>
              );
            })}
          </div>
          {mode === 'coach' && (
            <button
              type="button"
              aria-keyshortcuts="n"
              aria-expanded={noteOpen}
              aria-label={note ? t('editNote') : t('addNote')}
              title={note ? t('editNote') : t('addNote')}
              onClick={() => props.onToggleNote(!noteOpen)}
              className={`flex h-12 w-10 shrink-0 cursor-pointer items-center justify-center rounded-md border transition-colors ${
                note || noteOpen
                  ? 'border-brand-600 bg-brand-50 text-brand-800'
                  : 'border-transparent text-slate-400 hover:border-slate-300 hover:text-slate-700'
              }`}
            >
              <svg
                viewBox="0 0 20 20"
                width="18"
                height="18"
                aria-hidden
                fill="none"
                stroke="currentColor"
                strokeWidth="1.6"
                strokeLinecap="round"
                strokeLinejoin="round"
              >
                <path d="M4 16h3.2L16 7.2a1.6 1.6 0 0 0 0-2.3l-.9-.9a1.6 1.6 0 0 0-2.3 0L4 12.8V16Z" />
                <path d="M11.5 5.5l3 3" />
              </svg>
            </button>
          )}
        </div>
      </div>
      {error && (
        <p id={errorId} className="field-error mt-2" role="alert">
          {error}
        </p>
      )}
      {mode === 'coach' && noteOpen && (
        <div className="field mt-2 lg:pl-9">
          <label htmlFor={`note-${item.key}`} className="field-label">
            {t('noteLabel', { n: number })}
          </label>
          <textarea
            id={`note-${item.key}`}
            data-note={item.key}
            // Opened by the coach (button or `n`) to type straight away.
            // biome-ignore lint/a11y/noAutofocus: the coach opened the note on purpose (button or `n`); focus follows that action.
            autoFocus
            className="input min-h-20"
            value={note}
            maxLength={ANSWER_NOTE_MAX}
            onChange={(e) => props.onNote(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                props.onToggleNote(false);
                document.querySelector<HTMLElement>(`#step-${CSS.escape(item.key)} [role=radio][tabindex="0"]`)?.focus();
              }
            }}
          />
          <p className="field-hint">{t('noteHint')}</p>
        </div>
      )}
    </div>
  );
}

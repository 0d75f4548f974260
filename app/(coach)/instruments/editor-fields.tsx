import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { InstrumentIssue } from '@/lib/intake/instrument-issues';

/** `items.3.key` → `def-items-3-key`: the id of the input a problem points at. */
export const fieldId = (path: string) => `def-${path.replace(/\./g, '-')}`;

export type IssueLookup = (path: string) => InstrumentIssue | undefined;

/** A problem's message; `id` is what the field's aria-describedby names (the field's, not the problem's path). */
export function IssueText({ issue, id }: { issue: InstrumentIssue | undefined; id?: string }) {
  // client messages: instrument, common
  const t = useTranslations();
  if (!issue) return null;
  return (
    <p id={id ?? `${fieldId(issue.path)}-error`} className="field-error">
      {t.has(issue.message) ? t(issue.message, issue.params) : t('instrument.required')}
    </p>
  );
}

/** A labelled input whose problem (if any) is shown under it and linked with aria-describedby. */
export function EditorField({
  path,
  label,
  issue,
  hint,
  className = '',
  children,
}: {
  path: string;
  label: string;
  issue: InstrumentIssue | undefined;
  hint?: string;
  className?: string;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = fieldId(path);
  const describedBy = [hint ? `${id}-hint` : null, issue ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${className}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children({ id, 'aria-invalid': Boolean(issue), 'aria-describedby': describedBy })}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <IssueText issue={issue} id={`${id}-error`} />
    </div>
  );
}

/**
 * After a row of a list was removed (its button gone with it): the focus goes to the first field of the row now in its
 * place, else of the row before it, else to the list's add button; not to the page's start, where a keyboard or screen
 * reader user would have to find their way back. Run after the removal renders.
 */
export function focusAfterRemoval(index: number, rowField: (index: number) => string, addButton: string) {
  requestAnimationFrame(() => {
    const target =
      document.getElementById(rowField(index)) ??
      (index > 0 ? document.getElementById(rowField(index - 1)) : null) ??
      document.getElementById(addButton);
    target?.focus();
  });
}

/** A list row's remove button: removes row `index`, then moves the focus as `focusAfterRemoval` says. */
export function RemoveRowButton({
  index,
  remove,
  rowField,
  addButton,
  label,
  className = 'self-end',
  children,
}: {
  index: number;
  remove: (index: number) => void;
  rowField: (index: number) => string;
  addButton: string;
  /** The accessible name, with the row's number ("Remove item 3"): the visible text alone repeats on every row. */
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`btn btn-ghost ${className}`}
      onClick={() => {
        remove(index);
        focusAfterRemoval(index, rowField, addButton);
      }}
      aria-label={label}
    >
      {children}
    </button>
  );
}

/** Numbers as a Dutch coach types them: "3,05" is 3.05; empty is `empty`. */
export function parseNumber<E>(value: unknown, empty: E): number | E {
  if (typeof value === 'number') return value;
  const text = String(value ?? '')
    .trim()
    .replace(',', '.');
  return text === '' ? empty : Number(text);
}

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { InstrumentIssue } from '@/lib/intake/instrument-issues';

/** `items.3.key` → `def-items-3-key`: the id of the input a problem points at. */
export const fieldId = (path: string) => `def-${path.replace(/\./g, '-')}`;

export type IssueLookup = (path: string) => InstrumentIssue | undefined;

export function IssueText({ issue }: { issue: InstrumentIssue | undefined }) {
  // client messages: instrument, common
  const t = useTranslations();
  if (!issue) return null;
  return (
    <p id={`${fieldId(issue.path)}-error`} className="field-error">
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
      <IssueText issue={issue} />
    </div>
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

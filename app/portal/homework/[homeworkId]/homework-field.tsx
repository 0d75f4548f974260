'use client';

import type { HomeworkField as Field } from '@/lib/homework/templates';
import { ScaleField } from './scale-field';

type Props = { field: Field; locale: 'nl' | 'en'; value: string; error?: string; onChange: (value: string) => void };

export const fieldId = (key: string) => `hw-${key.replace(/\./g, '-')}`;

/** One question of a homework form, by kind: 0–10, short text, longer text or a date. */
export function HomeworkField({ field, locale, value, error, onChange }: Props) {
  const id = fieldId(field.key);
  if (field.kind === 'scale') return <ScaleField field={field} id={id} locale={locale} value={value} error={error} onChange={onChange} />;
  const describedBy = [field.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = { id, value, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy, className: 'input' };
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {field.label[locale]}
      </label>
      {field.kind === 'longText' ? (
        <textarea {...common} rows={3} maxLength={2000} onChange={(e) => onChange(e.target.value)} />
      ) : field.kind === 'date' ? (
        <input {...common} type="date" onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" maxLength={200} onChange={(e) => onChange(e.target.value)} />
      )}
      {field.hint && (
        <p id={`${id}-hint`} className="field-hint">
          {field.hint[locale]}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

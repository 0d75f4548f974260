'use client';

import { useCharacterLimit } from '@/app/_components/form-character-count';
import type { DateRange } from '@/lib/homework/date-range';
import type { HomeworkField as Field } from '@/lib/homework/templates';
import { FieldNotice } from './field-notice';
import { ScaleField } from './scale-field';

type Props = {
  field: Field;
  locale: 'nl' | 'en';
  value: string;
  error?: string;
  /** Information about the field that is not a mistake (a newer answer from another device is shown): no error marking. */
  notice?: string;
  /** The dates a date answer may take, from the server (lib/homework/answer-dates.ts). */
  dateRange: DateRange;
  onChange: (value: string) => void;
};

export const fieldId = (key: string) => `hw-${key.replace(/\./g, '-')}`;

/** The longest answers the server takes (lib/homework/answers.ts MAX_LENGTH; importing it would ship the templates). */
const MAX_LENGTH = { text: 200, longText: 2000 } as const;

/** One question of a homework form, by kind: 0–10, short text, longer text or a date. */
export function HomeworkField({ field, locale, value, error, notice, dateRange, onChange }: Props) {
  const id = fieldId(field.key);
  const max = field.kind === 'text' || field.kind === 'longText' ? MAX_LENGTH[field.kind] : null;
  const limit = useCharacterLimit(id, value, max);
  if (field.kind === 'scale')
    return <ScaleField field={field} id={id} locale={locale} value={value} error={error} notice={notice} onChange={onChange} />;
  const describedBy =
    [field.hint ? `${id}-hint` : null, max !== null ? limit.counterId : null, error ? `${id}-error` : null, notice ? `${id}-notice` : null]
      .filter(Boolean)
      .join(' ') || undefined;
  const common = { id, value, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy, className: 'input' };
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {field.label[locale]}
      </label>
      {field.kind === 'longText' ? (
        <textarea {...common} {...limit.fieldProps} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : field.kind === 'date' ? (
        <input {...common} type="date" min={dateRange.min} max={dateRange.max} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} {...limit.fieldProps} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
      {max !== null && limit.counter}
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
      <FieldNotice id={`${id}-notice`} notice={notice} />
    </div>
  );
}

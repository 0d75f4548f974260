'use client';

import type { HomeworkField } from '@/lib/homework/templates';
import { FieldNotice } from './field-notice';

const VALUES = Array.from({ length: 11 }, (_, i) => String(i));

/** 0–10 as large radio buttons (two rows on a phone), with what 0 and 10 mean underneath. */
export function ScaleField({
  field,
  id,
  locale,
  value,
  error,
  notice,
  onChange,
}: {
  field: HomeworkField;
  id: string;
  locale: 'nl' | 'en';
  value: string;
  error?: string;
  notice?: string;
  onChange: (value: string) => void;
}) {
  return (
    // Described by what 0 and 10 mean, and by the error too; "invalid" sits on the radios, where screen readers say it.
    <fieldset
      className="flex flex-col gap-2"
      aria-describedby={
        [error && `${id}-error`, notice && `${id}-notice`, field.anchors && `${id}-anchors`].filter(Boolean).join(' ') || undefined
      }
    >
      <legend className="field-label mb-2">{field.label[locale]}</legend>
      {/* As many columns as fit at 44px each (six on most phones, five on a 320px one), all eleven in one row from sm. */}
      <div className="grid grid-cols-[repeat(auto-fill,minmax(2.75rem,1fr))] gap-1.5 sm:grid-cols-11">
        {VALUES.map((v) => (
          <label
            key={v}
            className="relative flex min-h-11 cursor-pointer items-center justify-center rounded-md border border-slate-300 bg-white text-base font-medium tabular-nums has-[:checked]:border-brand-700 has-[:checked]:bg-brand-700 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-700"
          >
            <input
              type="radio"
              name={id}
              value={v}
              checked={value === v}
              onChange={() => onChange(v)}
              aria-invalid={error ? true : undefined}
              className="sr-only"
            />
            {v}
          </label>
        ))}
      </div>
      {field.anchors && (
        <p id={`${id}-anchors`} className="flex justify-between gap-4 text-xs text-slate-600">
          <span>0 = {field.anchors.low[locale]}</span>
          <span className="text-right">10 = {field.anchors.high[locale]}</span>
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <FieldNotice id={`${id}-notice`} notice={notice} />
    </fieldset>
  );
}

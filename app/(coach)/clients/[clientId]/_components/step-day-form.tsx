'use client';

import { useState } from 'react';
import { Field, TextInput } from '@/app/_components/form-controls';
import type { MarkPoortwachterStepInput } from '@/lib/schemas/poortwachter-step';
import type { StepDay } from './lifecycle-controls';

type Props = {
  day: StepDay;
  /** The group's name: the step's button's ("Done: Plan van aanpak …"), as it opens in its place. */
  name: string;
  step: MarkPoortwachterStepInput;
  /** The service's refusal of the day (a day to come, or before the first sick day), a translation key. */
  error?: string;
  pending: boolean;
  onSave: (on: string) => void;
  onCancel: () => void;
};

/**
 * The question a poortwachter step's button asks before it records the step as taken: on which day (today unless the
 * coach says otherwise). Its code loads when the coach asks it (lifecycle-controls.tsx), not with the overview.
 */
export function StepDayForm({ day, name, step, error, pending, onSave, onCancel }: Props) {
  const [on, setOn] = useState(day.today);
  return (
    <span
      className="flex flex-wrap items-end justify-end gap-2"
      role="group"
      aria-label={name}
      // Escape is "cancel", as in the app's other questions.
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      {/* As wide as a date: a refusal's text wraps under it instead of widening the field. */}
      <div className="w-56 max-w-full">
        <Field id={`${step.kind}-${step.review ?? 0}-on`} label={day.label} error={error ? { type: 'server', message: error } : undefined}>
          {(a) => (
            <TextInput
              {...a}
              type="date"
              value={on}
              min={day.since}
              max={day.today}
              // Opened by the coach's own click: the day is what to fill in next.
              autoFocus
              onChange={(e) => setOn(e.target.value)}
            />
          )}
        </Field>
      </div>
      <button type="button" className="btn btn-primary btn-sm" disabled={pending} aria-busy={pending} onClick={() => onSave(on)}>
        {day.save}
      </button>
      <button type="button" className="btn btn-ghost btn-sm" disabled={pending} onClick={onCancel}>
        {day.cancel}
      </button>
    </span>
  );
}

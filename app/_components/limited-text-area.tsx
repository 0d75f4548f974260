'use client';

import type { TextareaHTMLAttributes } from 'react';
import { type Control, type FieldValues, type Path, type UseFormRegisterReturn, useWatch } from 'react-hook-form';
import { useCharacterLimit } from './form-character-count';

type Props<T extends FieldValues> = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'maxLength'> & {
  id: string;
  /** The form's control, to follow the value for the counter. */
  control: Control<T>;
  /** `form.register(name)`: the field stays the form's own. */
  registration: UseFormRegisterReturn<Path<T>>;
  /** The schema's limit (lib/schemas/limits.ts). */
  max: number;
};

/**
 * A react-hook-form text box with its limit: the browser stops at `max` (as the schema does), a counter appears near
 * it, and a paste that was cut off says so (app/_components/form-character-count.tsx).
 */
export function LimitedTextArea<T extends FieldValues>({ control, registration, max, id, ...props }: Props<T>) {
  const value = useWatch({ control, name: registration.name });
  const limit = useCharacterLimit(id, typeof value === 'string' ? value : '', max);
  const describedBy = [props['aria-describedby'], limit.counterId].filter(Boolean).join(' ');
  return (
    <>
      <textarea {...props} id={id} {...registration} {...limit.fieldProps} aria-describedby={describedBy} />
      {limit.counter}
    </>
  );
}

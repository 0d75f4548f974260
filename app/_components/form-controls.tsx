'use client';

import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import type { FieldError } from 'react-hook-form';
import { useMessage } from './form-alert';
import { useHydrated } from './use-hydrated';

// Light components that show only an action's problem import these from './form-alert' (without the rest of this file).
export { FormAlert, useMessage } from './form-alert';

type FieldProps = {
  id: string;
  label: string;
  /** A field's first message (react-hook-form's error, or a plain form's). */
  error?: Partial<FieldError>;
  hint?: string;
  /** Marks the control aria-required (not the HTML `required`: forms are noValidate and validated by zod). */
  required?: boolean;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string; 'aria-required'?: boolean }) => ReactNode;
};

export function Field({ id, label, error, hint, required, children }: FieldProps) {
  const message = useMessage();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy, 'aria-required': required || undefined })}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {message(error.message)}
        </p>
      )}
    </div>
  );
}

export function TextInput(props: InputHTMLAttributes<HTMLInputElement>) {
  return <input {...props} className={`input ${props.className ?? ''}`} />;
}

export function Select(props: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select {...props} className={`input ${props.className ?? ''}`} />;
}

export function SubmitButton({
  pending,
  children,
  pendingLabel,
  className = '',
}: {
  pending: boolean;
  children: ReactNode;
  pendingLabel?: string;
  className?: string;
}) {
  const hydrated = useHydrated();
  return (
    // While it is sent: aria-disabled, not `disabled`, which would give the focus to the page (a keyboard or
    // screen-reader user would start again at the top); the click that would send it twice is cancelled.
    <button
      type="submit"
      className={`btn btn-primary ${className}`.trim()}
      disabled={!hydrated}
      aria-disabled={pending || undefined}
      aria-busy={pending}
      onClick={pending ? (event) => event.preventDefault() : undefined}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

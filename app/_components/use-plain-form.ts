'use client';

import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { type FormProblem, refusedProblem } from '@/lib/actions/form-problem';
import type { ActionResult, FieldErrors } from '@/lib/actions/result';
import { fieldErrorsOf } from '@/lib/actions/zod-errors';
import { unsentProblem } from './form-alert';
import { type SchemaSource, useSchemaLoader } from './schema-loader';

type Refusal = Extract<ActionResult<unknown>, { ok: false }>;

type PlainFormOptions<R, F> = {
  onSuccess?: (data: R) => void | Promise<void>;
  /** The page moves on after a success (a full navigation): the button stays busy until it has. */
  leaves?: boolean;
  /** A refusal the form answers itself (sign-in's code step): the field to focus instead of the first with a message. */
  onRefused?: (result: Refusal) => F | undefined;
};
/** Values the page holds rather than a field (a link's token, where to go next): required when the schema needs them. */
type Extra<T> = object extends T ? { extra?: T } : { extra: T };

/**
 * The anonymous pages' forms (sign-in, sign-up, a forgotten password, a new password, an invitation, the portal's
 * link) without react-hook-form: each is a page of its own, and that library's 14 kB gzip took every one of them over
 * the 150 kB script budget (BENCHMARKS.md). A few text fields need no form state: the browser keeps the values, this
 * keeps the messages. It checks with the same zod schema as the action (loaded on first use, as useActionForm does),
 * shows the same messages, focuses the first field with one, and checks a changed field again after a refused submit,
 * as react-hook-form does in the other forms.
 */
export function usePlainForm<S extends z.ZodType<unknown, Record<string, unknown>>, F extends keyof z.input<S> & string, R>(
  fields: readonly F[],
  source: SchemaSource<S>,
  action: (input: z.input<S>) => Promise<ActionResult<R>>,
  options: PlainFormOptions<R, F> & Extra<Omit<z.input<S>, F>>,
) {
  const loadSchema = useSchemaLoader(source);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [pending, setPending] = useState(false);
  // Set at once, not after a render: a second tap while the schema loads or the answer is on its way sends nothing.
  const sending = useRef(false);
  const submitted = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  // After the render that shows the message (or a new field): a new object each time, so a second refusal focuses again.
  const [focus, setFocus] = useState<{ field: string } | null>(null);
  useEffect(() => {
    if (focus) formRef.current?.querySelector<HTMLElement>(`[name="${focus.field}"]`)?.focus();
  }, [focus]);
  // Back to this page from the next one (the browser's back/forward cache): the form was left busy.
  useEffect(() => {
    const reset = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      sending.current = false;
      setPending(false);
    };
    window.addEventListener('pageshow', reset);
    return () => window.removeEventListener('pageshow', reset);
  }, []);

  const valuesOf = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const values: Record<string, unknown> = { ...options.extra };
    for (const field of fields) values[field] = String(data.get(field) ?? '');
    return values as z.input<S>;
  };
  const focusFirst = (failed: FieldErrors) => {
    const field = fields.find((f) => failed[f]);
    if (field) setFocus({ field });
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submitted.current = true;
    if (sending.current) return;
    sending.current = true;
    setPending(true);
    const done = () => {
      sending.current = false;
      setPending(false);
    };
    const values = valuesOf(event.currentTarget);
    const checked = (await loadSchema())?.safeParse(values);
    const failed = checked && !checked.success ? fieldErrorsOf(checked.error) : {};
    // Only a field's message stops the submit here: one on a value the page holds (an over-long `next`) has nowhere
    // to show, so the action answers it and the alert says it.
    if (fields.some((f) => failed[f])) {
      setErrors(failed);
      // An earlier refusal's alert would sit beside the new field message as if it were about this submit.
      setProblem(null);
      focusFirst(failed);
      done();
      return;
    }
    setErrors({});
    setProblem(null);
    let result: ActionResult<R>;
    try {
      result = await action(values);
    } catch (error) {
      setProblem(unsentProblem(error));
      done();
      return;
    }
    if (result.ok) {
      try {
        await options.onSuccess?.(result.data);
      } finally {
        if (!options.leaves) done();
      }
      return;
    }
    const refused = result.fieldErrors ?? {};
    setErrors(refused);
    // A `_form` reason has no field to sit next to: the alert says it.
    setProblem(refusedProblem(result));
    const own = options.onRefused?.(result);
    if (own) setFocus({ field: own });
    else focusFirst(refused);
    done();
  }

  const recheck = async (field: F) => {
    if (!submitted.current || !formRef.current) return;
    const checked = (await loadSchema())?.safeParse(valuesOf(formRef.current));
    const message = checked && !checked.success ? fieldErrorsOf(checked.error)[field] : undefined;
    setErrors(({ [field]: _, ...rest }) => (message ? { ...rest, [field]: message } : rest));
  };

  return {
    formRef,
    onSubmit,
    pending,
    problem,
    setProblem,
    /** For `<Field error>`: the field's message, if it has one. */
    error: (field: F) => (errors[field] ? { message: errors[field] } : undefined),
    /** For the input: its name, and the check again once a submit was refused. */
    field: (name: F) => ({ name, onChange: () => void recheck(name) }),
  };
}

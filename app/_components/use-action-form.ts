'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { type DefaultValues, type FieldValues, type Path, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult, ErrorCode } from '@/lib/actions/result';

export type FormProblem = { code: ErrorCode | 'offline'; params?: Record<string, string | number> };

/**
 * react-hook-form validating with the same zod schema the server action validates with; the
 * action's field errors land next to their fields, anything else in the form's alert region.
 */
export function useActionForm<S extends z.ZodType<unknown, FieldValues>, R>(
  schema: S,
  action: (input: z.input<S>) => Promise<ActionResult<R>>,
  options: { defaultValues?: DefaultValues<z.input<S>>; onSuccess?: (data: R, input: z.input<S>) => void | Promise<void> } = {},
) {
  type Input = z.input<S> & FieldValues;
  const form = useForm<Input>({
    resolver: zodResolver(schema as never, undefined, { raw: true }) as never,
    defaultValues: options.defaultValues as DefaultValues<Input>,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setProblem(null);
    let result: ActionResult<R>;
    try {
      result = await action(values);
    } catch {
      setProblem({ code: typeof navigator !== 'undefined' && !navigator.onLine ? 'offline' : 'server' });
      return;
    }
    if (result.ok) {
      await options.onSuccess?.(result.data, values);
      return;
    }
    const fields = Object.entries(result.fieldErrors ?? {});
    for (const [field, message] of fields) {
      form.setError(field as Path<Input>, { type: 'server', message }, { shouldFocus: true });
    }
    setProblem({ code: result.error, params: result.params });
  });

  return { form, onSubmit, problem, setProblem };
}

'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { type DefaultValues, type FieldValues, type Path, type Resolver, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { type FormProblem, refusedProblem } from '@/lib/actions/form-problem';
import type { ActionResult } from '@/lib/actions/result';
import { withIssueMessages } from '@/lib/actions/zod-errors';
import { unsentProblem } from './form-alert';
import { type SchemaSource, useSchemaLoader } from './schema-loader';

// The type lives in lib/ with the code that makes one from an action's answer; the forms import it from here.
export type { FormProblem };

/**
 * react-hook-form validating with the same zod schema the server action validates with; the
 * action's field errors land next to their fields, anything else in the form's alert region.
 */
export function useActionForm<S extends z.ZodType<unknown, FieldValues>, R>(
  source: SchemaSource<S>,
  action: (input: z.input<S>) => Promise<ActionResult<R>>,
  options: { defaultValues?: DefaultValues<z.input<S>>; onSuccess?: (data: R, input: z.input<S>) => void | Promise<void> } = {},
) {
  type Input = z.input<S> & FieldValues;
  const loadSchema = useSchemaLoader(source);
  const resolver: Resolver<Input> = async (values, context, resolverOptions) => {
    const loaded = await loadSchema();
    if (!loaded) return { values, errors: {} };
    const result = await (zodResolver(loaded as never, undefined, { raw: true }) as unknown as Resolver<Input>)(
      values,
      context,
      resolverOptions,
    );
    if (Object.keys(result.errors).length === 0) return result;
    // The same messages as the server action's (lib/actions/zod-errors.ts), with the limit a too-long field broke.
    const parsed = await loaded.safeParseAsync(values);
    if (!parsed.success) withIssueMessages(result.errors, parsed.error.issues);
    return result;
  };
  const form = useForm<Input>({
    resolver,
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
    } catch (error) {
      setProblem(unsentProblem(error));
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
    // A `_form` reason has no field to sit next to: the alert says it.
    setProblem(refusedProblem(result));
  });

  return { form, onSubmit, problem, setProblem };
}

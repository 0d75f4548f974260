'use client';

import { useTranslations } from 'next-intl';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { Field, TextInput } from '@/app/_components/form-controls';

type Props = {
  idPrefix: string;
  fields: { date: UseFormRegisterReturn; startTime: UseFormRegisterReturn; endTime: UseFormRegisterReturn };
  errors: { date?: FieldError; startTime?: FieldError; endTime?: FieldError };
};

/** Date, start and end time: the same three fields when planning and when moving a session. */
export function SessionTimeFields({ idPrefix, fields, errors }: Props) {
  const t = useTranslations('sessions');
  return (
    <>
      <Field id={`${idPrefix}-date`} required label={t('date')} error={errors.date}>
        {(a) => <TextInput {...a} type="date" {...fields.date} />}
      </Field>
      <Field id={`${idPrefix}-start`} required label={t('startTime')} error={errors.startTime}>
        {(a) => <TextInput {...a} type="time" step={300} {...fields.startTime} />}
      </Field>
      <Field id={`${idPrefix}-end`} required label={t('endTime')} error={errors.endTime}>
        {(a) => <TextInput {...a} type="time" step={300} {...fields.endTime} />}
      </Field>
    </>
  );
}

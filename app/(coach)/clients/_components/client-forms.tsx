'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { UseFormReturn } from 'react-hook-form';
import { FormAlert, SubmitButton } from '@/app/_components/form-controls';
import { useActionForm } from '@/app/_components/use-action-form';
import type { CreateClientInput, UpdateClientInput } from '@/lib/schemas/client';
import { createClientAction, updateClientAction } from '../actions';
import { ClientFormFields, type CoachChoice, type EmployerChoice } from './client-form-fields';

type Choices = { employers: EmployerChoice[]; coaches: CoachChoice[] };

export function NewClientForm({ defaults, ...choices }: Choices & { defaults: CreateClientInput }) {
  const t = useTranslations('clients.form');
  const tc = useTranslations('common');
  const router = useRouter();
  const { form, onSubmit, problem } = useActionForm(
    () => import('@/lib/schemas/client').then((m) => m.createClientSchema),
    createClientAction,
    {
      defaultValues: defaults,
      onSuccess: ({ id }) => router.push(`/clients/${id}`),
    },
  );
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="card flex flex-col gap-6">
      <FormAlert problem={problem} />
      <ClientFormFields form={form} {...choices} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={form.formState.isSubmitting} pendingLabel={tc('saving')}>
          {t('create')}
        </SubmitButton>
        <Link href="/clients" className="btn btn-ghost">
          {tc('cancel')}
        </Link>
      </div>
    </form>
  );
}

export function EditClientForm({ defaults, ...choices }: Choices & { defaults: UpdateClientInput }) {
  const t = useTranslations('clients.form');
  const tc = useTranslations('common');
  const router = useRouter();
  const href = `/clients/${defaults.clientId}`;
  const { form, onSubmit, problem } = useActionForm(
    () => import('@/lib/schemas/client').then((m) => m.updateClientSchema),
    updateClientAction,
    {
      defaultValues: defaults,
      onSuccess: () => {
        router.push(href);
        router.refresh();
      },
    },
  );
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="card flex flex-col gap-6">
      <FormAlert problem={problem} />
      <ClientFormFields form={form as unknown as UseFormReturn<CreateClientInput>} {...choices} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={form.formState.isSubmitting} pendingLabel={tc('saving')}>
          {t('save')}
        </SubmitButton>
        <Link href={href} className="btn btn-ghost">
          {tc('cancel')}
        </Link>
      </div>
    </form>
  );
}

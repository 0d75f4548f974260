'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { UseFormReturn } from 'react-hook-form';
import { DraftRestoredNotice } from '@/app/_components/autosave/draft-restored-notice';
import { useFormDraft } from '@/app/_components/autosave/use-form-draft';
import { requestFocusOnArrival } from '@/app/_components/focus-on-arrival';
import { FormAlert, SubmitButton } from '@/app/_components/form-controls';
import { useActionForm } from '@/app/_components/use-action-form';
import { newRequestId } from '@/lib/ids/request-id';
import type { CreateClientInput, UpdateClientInput } from '@/lib/schemas/client';
import { createClientAction, updateClientAction } from '../actions';
import { ClientFormFields, type CoachChoice, type EmployerChoice } from './client-form-fields';

type Choices = { employers: EmployerChoice[]; coaches: CoachChoice[] };

/**
 * Where a saved client's form goes: their record, or, for a client now a colleague's that this coach may no longer open
 * (coaches see only their own clients), the list with a notice (`handedOver`, read by ../page.tsx) instead of a 404.
 */
function savedClientHref(id: string, visible: boolean, kind: 'created' | 'updated') {
  if (visible) return `/clients/${id}`;
  requestFocusOnArrival('clients-handed-over');
  return `/clients?handedOver=${kind}`;
}

export function NewClientForm({ defaults, ...choices }: Choices & { defaults: Omit<CreateClientInput, 'requestId'> }) {
  const t = useTranslations('clients.form');
  const tc = useTranslations('common');
  const router = useRouter();
  const { form, onSubmit, problem } = useActionForm(
    () => import('@/lib/schemas/client').then((m) => m.createClientSchema),
    createClientAction,
    {
      // The client's id, made here: a press again after a lost answer finds the client instead of a taken address.
      defaultValues: { ...defaults, requestId: newRequestId() },
      onSuccess: ({ id, visible }) => {
        draft.clear();
        router.push(savedClientHref(id, visible, 'created'));
      },
    },
  );
  // Often filled in with the client in the room: kept in this browser until saved (use-form-draft.ts).
  const draft = useFormDraft(form, 'client:new');
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="card flex flex-col gap-6">
      <FormAlert problem={problem} />
      <DraftRestoredNotice restored={draft.restored} />
      <ClientFormFields form={form as unknown as UseFormReturn<UpdateClientInput>} {...choices} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={form.formState.isSubmitting} pendingLabel={tc('saving')}>
          {t('create')}
        </SubmitButton>
        <Link href="/clients" className="btn btn-ghost" onClick={draft.clear}>
          {tc('cancel')}
        </Link>
      </div>
    </form>
  );
}

/** `onlyOwnClients`: this coach sees only their own clients, so handing this one over takes it out of their sight. */
export function EditClientForm({
  defaults,
  onlyOwnClients = false,
  ...choices
}: Choices & { defaults: UpdateClientInput; onlyOwnClients?: boolean }) {
  const t = useTranslations('clients.form');
  const tc = useTranslations('common');
  const router = useRouter();
  const href = `/clients/${defaults.clientId}`;
  const { form, onSubmit, problem } = useActionForm(
    () => import('@/lib/schemas/client').then((m) => m.updateClientSchema),
    updateClientAction,
    {
      defaultValues: defaults,
      onSuccess: ({ visible }) => {
        draft.clear();
        router.push(savedClientHref(defaults.clientId, visible, 'updated'));
        router.refresh();
      },
    },
  );
  const draft = useFormDraft(form, `client:${defaults.clientId}`);
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="card flex flex-col gap-6">
      <FormAlert problem={problem} />
      <DraftRestoredNotice restored={draft.restored} />
      <ClientFormFields
        form={form}
        {...choices}
        askRecovery={defaults.onSickLeave}
        // Another coach takes the client's sessions not yet recorded along (lib/caseload/service.ts handOverSessions).
        coachHint={onlyOwnClients ? `${t('coachMovesSessionsHint')} ${t('coachHidesClientHint')}` : t('coachMovesSessionsHint')}
      />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={form.formState.isSubmitting} pendingLabel={tc('saving')}>
          {t('save')}
        </SubmitButton>
        <Link href={href} className="btn btn-ghost" onClick={draft.clear}>
          {tc('cancel')}
        </Link>
      </div>
    </form>
  );
}

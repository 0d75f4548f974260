'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { DraftRestoredNotice } from '@/app/_components/autosave/draft-restored-notice';
import { useFormDraft } from '@/app/_components/autosave/use-form-draft';
import { Field, FormAlert, Select, SubmitButton, TextInput } from '@/app/_components/form-controls';
import { HydrationGate } from '@/app/_components/hydration-gate';
import { LocaleOptions } from '@/app/_components/locale-options';
import { useActionForm } from '@/app/_components/use-action-form';
import type { ActionResult } from '@/lib/actions/result';
import { CONTACT_ROLES } from '@/lib/caseload/constants';
import { newRequestId } from '@/lib/ids/request-id';
import type { ContactInput, UpdateContactInput } from '@/lib/schemas/employer';
import { createContactAction, updateContactAction } from '../actions';

/** Where this browser keeps a contact form's unsaved text (use-form-draft.ts): a new contact's per employer. */
export const contactDraftKey = {
  create: (employerId: string) => `contact:new:${employerId}`,
  edit: (contactId: string) => `contact:${contactId}`,
};

/** An edit carries the version the coach saw, so a colleague's save in between is refused as stale. */
type Props = {
  employerId: string;
  contact?: UpdateContactInput;
  onDone?: () => void;
  /** Opened by the coach's click on "Bewerken": the name field takes the focus (the pressed button is gone). */
  focusOnOpen?: boolean;
};

/** Adds a contact, or edits one when `contact` is given. Ids are prefixed so several forms can share a page. */
export function ContactForm({ employerId, contact, onDone, focusOnOpen }: Props) {
  const t = useTranslations('employers.contacts');
  const tr = useTranslations('employers.roles');
  const tc = useTranslations('common');
  const router = useRouter();
  const prefix = contact ? `contact-${contact.contactId}` : 'new-contact';
  // A new contact's id, made here (fresh on every render, so the reset after a success takes a new one): a press again
  // after a lost answer finds the contact instead of adding a second.
  const empty: ContactInput = { employerId, requestId: newRequestId(), name: '', role: 'manager', email: '', phone: '', locale: 'nl' };
  const { form, onSubmit, problem } = useActionForm(
    contact
      ? () => import('@/lib/schemas/employer').then((m) => m.updateContactSchema)
      : // One form for both, typed as the edit: a new contact's values are the create schema's (with its requestId).
        () => import('@/lib/schemas/employer').then((m) => m.createContactSchema as unknown as typeof m.updateContactSchema),
    (input): Promise<ActionResult<unknown>> =>
      contact
        ? updateContactAction({ ...input, contactId: contact.contactId, version: contact.version })
        : createContactAction(input as unknown as ContactInput),
    {
      defaultValues: contact ?? empty,
      onSuccess: () => {
        draft.clear();
        if (!contact) {
          form.reset({ ...empty, requestId: newRequestId() });
          // Added: the emptied form is for the next contact, so the focus starts at its name (not in the last field used).
          document.getElementById(`${prefix}-name`)?.focus();
        }
        onDone?.();
        router.refresh();
      },
    },
  );
  // Often typed on the phone with the manager: kept in this browser until saved, put back after a reload or a crash.
  const draft = useFormDraft(form, contact ? contactDraftKey.edit(contact.contactId) : contactDraftKey.create(employerId));
  // Cancel means: forget what was typed here.
  const cancel = () => {
    draft.clear();
    onDone?.();
  };
  const { errors, isSubmitting } = form.formState;
  useEffect(() => {
    if (focusOnOpen) document.getElementById(`${prefix}-name`)?.focus();
  }, [focusOnOpen, prefix]);
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormAlert problem={problem} />
        <DraftRestoredNotice restored={draft.restored} />
      </div>
      {/* Disabled until the form's code runs: text typed before that would be wiped, and kept in no draft. */}
      <HydrationGate>
        <Field id={`${prefix}-name`} required label={t('name')} error={errors.name}>
          {(a) => <TextInput {...a} autoComplete="off" {...form.register('name')} />}
        </Field>
        <Field
          id={`${prefix}-role`}
          label={t('role')}
          error={errors.role}
          // Only a manager or HR can have a share link: as company doctor or other, this contact's links end (lib/employers/service.ts).
          hint={contact ? t('roleChangeEndsLinks') : undefined}
        >
          {(a) => (
            <Select {...a} {...form.register('role')}>
              {CONTACT_ROLES.map((r) => (
                <option key={r} value={r}>
                  {tr(r)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field
          id={`${prefix}-email`}
          label={`${t('email')} (${tc('optional')})`}
          error={errors.email}
          // Another address may be another person: the links given to this contact end (lib/employers/service.ts).
          hint={contact ? t('emailChangeEndsLinks') : undefined}
        >
          {(a) => <TextInput {...a} type="email" autoComplete="off" {...form.register('email')} />}
        </Field>
        <Field id={`${prefix}-phone`} label={`${t('phone')} (${tc('optional')})`} error={errors.phone}>
          {(a) => <TextInput {...a} type="tel" autoComplete="off" {...form.register('phone')} />}
        </Field>
        <Field id={`${prefix}-locale`} label={t('locale')} error={errors.locale}>
          {(a) => (
            <Select {...a} {...form.register('locale')}>
              <LocaleOptions />
            </Select>
          )}
        </Field>
        <div className="flex items-end gap-2">
          <SubmitButton pending={isSubmitting}>{contact ? tc('save') : t('add')}</SubmitButton>
          {onDone && (
            <button type="button" className="btn btn-ghost" onClick={cancel}>
              {tc('cancel')}
            </button>
          )}
        </div>
      </HydrationGate>
    </form>
  );
}

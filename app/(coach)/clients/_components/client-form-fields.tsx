'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { Field, Select, TextInput } from '@/app/_components/form-controls';
import { LimitedTextArea } from '@/app/_components/limited-text-area';
import { LocaleOptions } from '@/app/_components/locale-options';
import { REFERRAL_ROUTES } from '@/lib/caseload/constants';
import type { UpdateClientInput } from '@/lib/schemas/client';
import { TEXT_LIMITS } from '@/lib/text-limits';

export type EmployerChoice = { id: string; name: string; contacts: { id: string; name: string; role: string }[] };
export type CoachChoice = { id: string; name: string };

type Props = {
  /** The create form's values are the edit form's without its record fields: one set of fields serves both. */
  form: UseFormReturn<UpdateClientInput>;
  employers: EmployerChoice[];
  coaches: CoachChoice[];
  /** Under the coach field (the edit form: what another coach means for the client's planned sessions). */
  coachHint?: string;
  /** The edit form of a client on sick leave: ticking it off asks since when they are back at work. */
  askRecovery?: boolean;
};

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <fieldset className="grid gap-4 border-t border-slate-200 pt-4 sm:grid-cols-2">
      <legend className="pr-2 text-base font-semibold">{title}</legend>
      {children}
    </fieldset>
  );
}

/** The client's fields, shared by the create and edit forms. */
export function ClientFormFields({ form, employers, coaches, coachHint, askRecovery = false }: Props) {
  const t = useTranslations('clients.form');
  const tr = useTranslations('employers.roles');
  const tc = useTranslations('common');
  const { errors } = form.formState;
  const employerId = form.watch('employerId');
  const onSickLeave = form.watch('onSickLeave');
  const managerContactId = form.watch('managerContactId');
  // The manager is chosen from the employer's managers (HR and company doctors are contacts, not managers).
  const contacts = (employers.find((e) => e.id === employerId)?.contacts ?? []).filter(
    (c) => c.role === 'manager' || c.id === managerContactId,
  );

  // A manager belongs to one employer: choosing another employer clears the choice.
  useEffect(() => {
    const manager = form.getValues('managerContactId');
    const known = employers.find((e) => e.id === employerId)?.contacts ?? [];
    if (manager && !known.some((c) => c.id === manager)) form.setValue('managerContactId', '');
  }, [employerId, employers, form]);

  return (
    <>
      <Section title={t('person')}>
        <Field id="firstName" required label={t('firstName')} error={errors.firstName}>
          {(a) => <TextInput {...a} autoComplete="off" {...form.register('firstName')} />}
        </Field>
        <Field id="lastName" required label={t('lastName')} error={errors.lastName}>
          {(a) => <TextInput {...a} autoComplete="off" {...form.register('lastName')} />}
        </Field>
        <Field id="email" required label={t('email')} error={errors.email}>
          {(a) => <TextInput {...a} type="email" autoComplete="off" {...form.register('email')} />}
        </Field>
        <Field id="phone" label={`${t('phone')} (${tc('optional')})`} error={errors.phone} hint={t('phoneHint')}>
          {(a) => <TextInput {...a} type="tel" autoComplete="off" {...form.register('phone')} />}
        </Field>
        <Field id="locale" label={t('locale')} error={errors.locale} hint={t('localeHint')}>
          {(a) => (
            <Select {...a} {...form.register('locale')}>
              <LocaleOptions />
            </Select>
          )}
        </Field>
      </Section>

      <Section title={t('work')}>
        <Field id="jobTitle" label={`${t('jobTitle')} (${tc('optional')})`} error={errors.jobTitle}>
          {(a) => <TextInput {...a} {...form.register('jobTitle')} />}
        </Field>
        <Field id="referralRoute" label={t('referralRoute')} error={errors.referralRoute}>
          {(a) => (
            <Select {...a} {...form.register('referralRoute')}>
              {REFERRAL_ROUTES.map((r) => (
                <option key={r} value={r}>
                  {t(`referral.${r}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="employerId" label={t('employer')} error={errors.employerId}>
          {(a) => (
            <Select {...a} {...form.register('employerId')}>
              <option value="">{t('noEmployer')}</option>
              {employers.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="managerContactId" label={t('manager')} error={errors.managerContactId} hint={employerId ? undefined : t('managerHint')}>
          {(a) => (
            <Select {...a} disabled={!employerId} {...form.register('managerContactId')}>
              <option value="">{t('noManager')}</option>
              {contacts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({tr(c.role)})
                </option>
              ))}
            </Select>
          )}
        </Field>
        <p className="text-sm text-slate-600 sm:col-span-2">
          {/* Underlined: inside a sentence, colour alone does not tell a link from the text around it (WCAG 1.4.1). */}
          {t('employerMissing')}{' '}
          <Link href="/employers/new" className="underline">
            {t('addEmployer')}
          </Link>
        </p>
      </Section>

      <Section title={t('trajectory')}>
        <Field id="coachId" label={t('coach')} error={errors.coachId} hint={coachHint}>
          {(a) => (
            <Select {...a} {...form.register('coachId')}>
              {coaches.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="startDate" label={`${t('startDate')} (${tc('optional')})`} error={errors.startDate}>
          {(a) => <TextInput {...a} type="date" {...form.register('startDate')} />}
        </Field>
      </Section>

      <Section title={t('sickLeave')}>
        <div className="flex items-center gap-3 sm:col-span-2">
          <input id="onSickLeave" type="checkbox" className="h-5 w-5 accent-brand-700" {...form.register('onSickLeave')} />
          <label htmlFor="onSickLeave" className="text-sm font-medium">
            {t('onSickLeave')}
          </label>
        </div>
        {onSickLeave && (
          <Field id="sickLeaveSince" required label={t('sickLeaveSince')} error={errors.sickLeaveSince} hint={t('sickLeaveHint')}>
            {(a) => <TextInput {...a} type="date" {...form.register('sickLeaveSince')} />}
          </Field>
        )}
        {askRecovery && !onSickLeave && (
          <Field id="recoveredOn" label={`${t('recoveredOn')} (${tc('optional')})`} error={errors.recoveredOn} hint={t('recoveredOnHint')}>
            {(a) => <TextInput {...a} type="date" {...form.register('recoveredOn')} />}
          </Field>
        )}
      </Section>

      <Section title={t('notesTitle')}>
        <div className="sm:col-span-2">
          <Field id="notes" label={`${t('notes')} (${tc('optional')})`} error={errors.notes} hint={t('notesHint')}>
            {(a) => (
              <LimitedTextArea
                {...a}
                rows={4}
                className="input"
                control={form.control}
                registration={form.register('notes')}
                max={TEXT_LIMITS.clientNotes}
              />
            )}
          </Field>
        </div>
      </Section>
    </>
  );
}

'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { DraftRestoredNotice } from '@/app/_components/autosave/draft-restored-notice';
import { useFormDraft } from '@/app/_components/autosave/use-form-draft';
import { Field, FormAlert, Select, SubmitButton } from '@/app/_components/form-controls';
import { LimitedTextArea } from '@/app/_components/limited-text-area';
import { useActionForm } from '@/app/_components/use-action-form';
import type { SessionRecordInput } from '@/lib/schemas/session';
import { TEXT_LIMITS } from '@/lib/text-limits';
import { saveSessionRecordAction } from '../actions';

const ENERGY = Array.from({ length: 11 }, (_, i) => String(i));

/**
 * The coach's record of a session. Private notes are marked as such and never leave the coach's pages. Without
 * `forClient` (a cancelled session, a no-show) no check-in score and no summary for the client: the session never took
 * place, and the client only sees held sessions. Their stored values are sent back unchanged with the rest.
 */
export function SessionRecordForm({
  clientId,
  record,
  forClient = true,
}: {
  clientId: string;
  record: SessionRecordInput;
  forClient?: boolean;
}) {
  const t = useTranslations('sessions');
  const format = useFormatter();
  const router = useRouter();
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  // Fields not shown go back as stored: a draft typed before the session was cancelled cannot save a summary unseen.
  const save = forClient
    ? saveSessionRecordAction
    : (input: SessionRecordInput) =>
        saveSessionRecordAction({ ...input, clientSummary: record.clientSummary, checkinEnergy: record.checkinEnergy });
  const { form, onSubmit, problem } = useActionForm(() => import('@/lib/schemas/session').then((m) => m.sessionRecordSchema), save, {
    defaultValues: record,
    onSuccess: (data, input) => {
      // The fields stay editable during the save: what was typed meanwhile stays, unsaved.
      draft.saved(input, { ...input, version: data.version });
      setSavedAt(new Date());
      router.refresh();
    },
  });
  // Typed during a session: kept in this browser until saved, put back after a reload or a crash.
  const draft = useFormDraft(form, `session-record:${record.sessionId}`);
  const { errors, isSubmitting, isDirty } = form.formState;

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormAlert problem={problem} />
      <DraftRestoredNotice restored={draft.restored} />
      <section className="card flex flex-col gap-4" aria-labelledby="record-shared-title">
        <h3 id="record-shared-title" className="font-semibold">
          {t('recordTitle')}
        </h3>
        {forClient && (
          <>
            <Field id="checkin-energy" label={t('checkinEnergy')} hint={t('checkinEnergyHint')} error={errors.checkinEnergy}>
              {(a) => (
                <Select {...a} {...form.register('checkinEnergy')} className="max-w-48">
                  <option value="">{t('checkinNone')}</option>
                  {ENERGY.map((v) => (
                    <option key={v} value={v}>
                      {v}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field id="client-summary" label={t('clientSummary')} hint={t('clientSummaryHint')} error={errors.clientSummary}>
              {(a) => (
                <LimitedTextArea
                  {...a}
                  rows={5}
                  className="input"
                  control={form.control}
                  registration={form.register('clientSummary')}
                  max={TEXT_LIMITS.sessionClientSummary}
                />
              )}
            </Field>
          </>
        )}
        <Field id="agreed-homework" label={t('agreedHomework')} hint={t('agreedHomeworkHint')} error={errors.agreedHomework}>
          {(a) => (
            <LimitedTextArea
              {...a}
              rows={3}
              className="input"
              control={form.control}
              registration={form.register('agreedHomework')}
              max={TEXT_LIMITS.sessionAgreedHomework}
            />
          )}
        </Field>
        <p className="text-sm">
          <Link href={`/clients/${clientId}/homework`}>{t('assignHomeworkLink')}</Link>
        </p>
      </section>

      <section
        className="flex flex-col gap-3 rounded-lg border-2 border-dashed border-amber-300 bg-amber-50/60 p-5"
        aria-labelledby="private-title"
      >
        <div className="flex flex-wrap items-center gap-2">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5 fill-amber-800">
            <path d="M10 1a5 5 0 0 0-5 5v3H4a1 1 0 0 0-1 1v8a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1v-8a1 1 0 0 0-1-1h-1V6a5 5 0 0 0-5-5Zm-3 5a3 3 0 1 1 6 0v3H7V6Z" />
          </svg>
          <h3 id="private-title" className="font-semibold text-amber-950">
            {t('privateNotes')}
          </h3>
          <span className="rounded-full bg-amber-200 px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-amber-950">
            {t('privateBadge')}
          </span>
        </div>
        <p className="text-sm text-amber-950">{t('privateNotesHint')}</p>
        <Field id="private-notes" label={t('privateNotesLabel')} error={errors.privateNotes}>
          {(a) => (
            <LimitedTextArea
              {...a}
              rows={8}
              className="input"
              control={form.control}
              registration={form.register('privateNotes')}
              max={TEXT_LIMITS.sessionPrivateNotes}
            />
          )}
        </Field>
      </section>

      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={isSubmitting}>{t('saveRecord')}</SubmitButton>
        <p aria-live="polite" className="text-sm text-slate-600">
          {isDirty ? t('unsaved') : savedAt ? t('savedAt', { time: format.dateTime(savedAt, { timeStyle: 'short' }) }) : ''}
        </p>
      </div>
    </form>
  );
}

'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type FormEvent, useEffect, useState } from 'react';
import { DraftRestoredNotice } from '@/app/_components/autosave/draft-restored-notice';
import { useFollowVersion } from '@/app/_components/autosave/use-follow-version';
import { useFormDraft } from '@/app/_components/autosave/use-form-draft';
import { focusById } from '@/app/_components/focus-by-id';
import { Field, FormAlert, Select, SubmitButton, TextInput } from '@/app/_components/form-controls';
import { LimitedTextArea } from '@/app/_components/limited-text-area';
import { useActionForm } from '@/app/_components/use-action-form';
import { newRequestId } from '@/lib/ids/request-id';
import { incompleteDateFields } from '@/lib/plans/page-ui';
import { PLAN_CATEGORIES, PLAN_LEVELS, PLAN_OWNERS } from '@/lib/plans/types';
import type { updatePlanItemSchema } from '@/lib/schemas/plan';
import { TEXT_LIMITS } from '@/lib/text-limits';
import { createPlanItemAction, updatePlanItemAction } from './actions';
import { HealthWordWarning } from './health-word-warning';
import { planItemDraftKey } from './item-draft';

export type PlanItemValues = {
  title: string;
  description: string;
  employerWording: string;
  rationale: string;
  category: (typeof PLAN_CATEGORIES)[number];
  level: (typeof PLAN_LEVELS)[number];
  owner: (typeof PLAN_OWNERS)[number];
  dueDate: string;
  reviewDate: string;
  dimensions: string[];
};

const EMPTY: PlanItemValues = {
  title: '',
  description: '',
  employerWording: '',
  rationale: '',
  category: 'structural_resources',
  level: 'person',
  owner: 'client',
  dueDate: '',
  reviewDate: '',
  dimensions: [],
};

type Props =
  | { mode: 'create'; clientId: string; idPrefix: string; onDone?: () => void; onCancel?: () => void }
  | {
      mode: 'edit';
      itemId: string;
      version: number;
      values: PlanItemValues;
      released: boolean;
      idPrefix: string;
      onDone?: () => void;
      /** Opened by the coach's click: the title field takes the focus. */
      focusOnOpen?: boolean;
    };

/** Create or edit an item: the texts for coach and client, the employer wording (checked for health words), the private rationale. */
export function PlanItemForm(props: Props) {
  return props.mode === 'create' ? <CreateForm {...props} /> : <EditForm {...props} />;
}

function CreateForm({ clientId, idPrefix, onDone, onCancel }: Extract<Props, { mode: 'create' }>) {
  const t = useTranslations('plan');
  const router = useRouter();
  // Said once an item is added: the form stays open, emptied, and nothing else on it tells.
  const [spoken, setSpoken] = useState('');
  const { form, onSubmit, problem } = useActionForm(
    () => import('@/lib/schemas/plan').then((m) => m.createPlanItemSchema),
    createPlanItemAction,
    {
      defaultValues: { ...EMPTY, clientId, requestId: newRequestId(), source: 'manual' },
      onSuccess: (_data, sent) => {
        // An empty form with a new item's own id (until now a repeat of this one found the item it made); what was
        // typed while the save was on its way stays in its field, unsaved and in the draft, and the form stays open.
        const typedMeanwhile = draft.saved(sent, { ...EMPTY, clientId, requestId: newRequestId(), source: 'manual' });
        router.refresh();
        setSpoken(t('form.added', { title: sent.title }));
        if (typedMeanwhile) return;
        // The submit button was disabled while sending, dropping the focus: it goes to the emptied form's first field,
        // ready for the next item (where the coach types meanwhile, it stays).
        focusById(`${idPrefix}-title`);
        onDone?.();
      },
    },
  );
  const draft = useFormDraft(form, planItemDraftKey.create(clientId));
  const submit = useCompleteDates(form as never, idPrefix, onSubmit);
  return (
    <form
      onSubmit={(e) => {
        setSpoken('');
        submit(e);
      }}
      noValidate
      className="flex flex-col gap-4"
      aria-label={t('form.createTitle')}
    >
      <FormAlert problem={problem} />
      <span className="sr-only" aria-live="polite" data-testid="plan-item-added">
        {spoken}
      </span>
      <DraftRestoredNotice restored={draft.restored} />
      <Fields form={form as never} idPrefix={idPrefix} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={form.formState.isSubmitting}>{t('form.create')}</SubmitButton>
        {onCancel && (
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => {
              draft.clear();
              onCancel();
            }}
          >
            {t('form.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

function EditForm({ itemId, version, values, released, idPrefix, onDone, focusOnOpen }: Extract<Props, { mode: 'edit' }>) {
  const t = useTranslations('plan');
  const router = useRouter();
  const { form, onSubmit, problem } = useActionForm(
    () => import('@/lib/schemas/plan').then((m) => m.updatePlanItemSchema),
    updatePlanItemAction,
    {
      defaultValues: { ...values, itemId, version },
      onSuccess: (data, sent) => {
        // Typed while the save was on its way: the form stays open with it, unsaved and in the draft, on the item's new
        // version (as the session notes do); otherwise it closes.
        const typedMeanwhile = draft.saved(sent, { ...sent, version: data.version });
        router.refresh();
        if (!typedMeanwhile) onDone?.();
      },
    },
  );
  const draft = useFormDraft(form, planItemDraftKey.edit(itemId));
  const submit = useCompleteDates(form as never, idPrefix, onSubmit);
  // The plan reordered, or this item's status set, while it is open for editing: its save still goes through.
  useFollowVersion(form, { ...values, itemId, version });
  useEffect(() => {
    if (focusOnOpen) document.getElementById(`${idPrefix}-title`)?.focus();
  }, [focusOnOpen, idPrefix]);
  const [wording, owner, dueDate] = form.watch(['employerWording', 'owner', 'dueDate']);
  // What the employer sees of it (lib/plans/service.ts editPlanItem): changing any of it withdraws the release.
  const changed =
    released && ((wording ?? '') !== values.employerWording || owner !== values.owner || (dueDate ?? '') !== (values.dueDate ?? ''));
  // Cancel means: forget what was typed here.
  const cancel = () => {
    draft.clear();
    onDone?.();
  };
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4" aria-label={t('form.editTitle')}>
      <FormAlert problem={problem} />
      <DraftRestoredNotice restored={draft.restored} />
      <Fields form={form as never} idPrefix={idPrefix} />
      {changed && (
        <p className="alert border-amber-300 bg-amber-50 text-amber-900" role="status">
          {t('form.withdrawWarning')}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={form.formState.isSubmitting}>{t('form.save')}</SubmitButton>
        {onDone && (
          <button type="button" className="btn btn-secondary" onClick={cancel}>
            {t('form.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

type AnyForm = ReturnType<typeof useActionForm<typeof updatePlanItemSchema, unknown>>['form'];

/**
 * The form's submit, refusing a half-typed date: the browser reads "12-03-jjjj" as '' (no date, lib/schemas/plan.ts),
 * and the item would be saved without it and without a word. Such a field gets its message instead, next to it, and
 * the other fields are checked as a submit would (the focus goes to the first one in trouble).
 */
function useCompleteDates(form: AnyForm, idPrefix: string, onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>) {
  return (event: FormEvent<HTMLFormElement>) => {
    const input = (id: string) => document.getElementById(id) as HTMLInputElement | null;
    const incomplete = incompleteDateFields({ dueDate: input(`${idPrefix}-due`), reviewDate: input(`${idPrefix}-review`) });
    if (incomplete.length === 0) return void onSubmit(event);
    event.preventDefault();
    void form.trigger(undefined, { shouldFocus: true }).then((othersValid) => {
      incomplete.forEach((name, index) => {
        form.setError(name, { type: 'incomplete', message: 'plan.errors.dateIncomplete' }, { shouldFocus: othersValid && index === 0 });
      });
    });
  };
}

function Fields({ form, idPrefix }: { form: AnyForm; idPrefix: string }) {
  const t = useTranslations('plan');
  const errors = form.formState.errors;
  const wording = form.watch('employerWording') ?? '';
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <Field id={`${idPrefix}-title`} required label={t('fields.title')} error={errors.title}>
          {(a) => <TextInput {...a} {...form.register('title')} />}
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field id={`${idPrefix}-description`} label={t('fields.description')} hint={t('fields.descriptionHint')} error={errors.description}>
          {(a) => (
            <LimitedTextArea
              {...a}
              rows={3}
              className="input"
              control={form.control}
              registration={form.register('description')}
              max={TEXT_LIMITS.planDescription}
            />
          )}
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field
          id={`${idPrefix}-employer`}
          label={t('fields.employerWording')}
          hint={t('fields.employerWordingHint')}
          error={errors.employerWording}
        >
          {(a) => (
            <LimitedTextArea
              {...a}
              rows={2}
              className="input"
              control={form.control}
              registration={form.register('employerWording')}
              max={TEXT_LIMITS.planEmployerWording}
            />
          )}
        </Field>
        <HealthWordWarning text={wording} />
      </div>
      <div className="sm:col-span-2">
        <Field id={`${idPrefix}-rationale`} label={t('fields.rationale')} hint={t('fields.rationaleHint')} error={errors.rationale}>
          {(a) => (
            <LimitedTextArea
              {...a}
              rows={2}
              className="input"
              control={form.control}
              registration={form.register('rationale')}
              max={TEXT_LIMITS.planRationale}
            />
          )}
        </Field>
      </div>
      <Field id={`${idPrefix}-category`} label={t('fields.category')} error={errors.category}>
        {(a) => (
          <Select {...a} {...form.register('category')}>
            {PLAN_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id={`${idPrefix}-level`} label={t('fields.level')} error={errors.level}>
        {(a) => (
          <Select {...a} {...form.register('level')}>
            {PLAN_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`levels.${l}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id={`${idPrefix}-owner`} label={t('fields.owner')} error={errors.owner}>
        {(a) => (
          <Select {...a} {...form.register('owner')}>
            {PLAN_OWNERS.map((o) => (
              <option key={o} value={o}>
                {t(`ownerOptions.${o}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id={`${idPrefix}-due`} label={t('fields.dueDate')} error={errors.dueDate}>
        {(a) => <TextInput {...a} type="date" {...form.register('dueDate')} />}
      </Field>
      <Field id={`${idPrefix}-review`} label={t('fields.reviewDate')} hint={t('fields.reviewDateHint')} error={errors.reviewDate}>
        {(a) => <TextInput {...a} type="date" {...form.register('reviewDate')} />}
      </Field>
    </div>
  );
}

'use client';

import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { type UseFormReturn, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { DraftRestoredNotice } from '@/app/_components/autosave/draft-restored-notice';
import { useFormDraft } from '@/app/_components/autosave/use-form-draft';
import { FormAlert } from '@/app/_components/form-controls';
import { HydrationGate } from '@/app/_components/hydration-gate';
import type { FormProblem } from '@/app/_components/use-action-form';
import { appLocale } from '@/lib/i18n/app-locale';
import { newRequestId } from '@/lib/ids/request-id';
import { type CustomInstrumentInput, customInstrumentSchema } from '@/lib/instruments';
import { answerKeys, nextKey, settleSubscaleCodes } from '@/lib/instruments/editor-keys';
import { type InstrumentIssue, instrumentIssues, issueLocation } from '@/lib/intake/instrument-issues';
import { withEditorDefaults } from '@/lib/intake/instrument-templates';
import { saveCustomInstrumentAction } from './actions';
import { EditorField, fieldId, focusAfterRemoval, parseNumber, RemoveRowButton } from './editor-fields';
import { ScoringOptionsEditor } from './scoring-options-editor';
import { SubscaleEditor } from './subscale-editor';

type Props = {
  initial: CustomInstrumentInput;
  /** Editing an existing instrument: its key and the version this edit starts from. */
  existing?: { key: string; version: number };
  /** What today's rules refuse in the stored version (e.g. a scale saved before the 11-value limit), shown from the start. */
  initialIssues?: InstrumentIssue[];
  /** A new questionnaire's template: its draft is kept per template, so choosing another one starts from that one. */
  template?: string;
};

/**
 * The form's values: the definition, and the id of the version its save makes (not shown). The id is a value so that
 * the draft keeps it: pressing Save again after a lost answer, even after a reload, finds what the first press made
 * instead of making a second questionnaire. A fresh one for every form opened (lib/ids/request-id.ts).
 */
type EditorValues = CustomInstrumentInput & { requestId: string };

export function editorValues(initial: CustomInstrumentInput): EditorValues {
  return { ...withEditorDefaults(initial), requestId: newRequestId() };
}

/** What a save sends: the request id beside the definition, not in it. */
export function saveInput(values: EditorValues, existing?: { key: string; version: number }) {
  const { requestId, ...definition } = values;
  return { requestId, key: existing?.key, baseVersion: existing?.version, definition };
}

/**
 * The problems of a definition the server refused. Its answer names every problem (path → message) but carries the
 * names (`params`) of the first one only: each problem's own are those the same check finds here in what was sent
 * (instrumentIssues, as before sending), so that no message asks for a `{key}` it lacks. A problem this browser's
 * check does not find keeps the names the answer gave for the first problem, if it is that one.
 */
export function refusedIssues(
  fieldErrors: Record<string, string>,
  firstParams: InstrumentIssue['params'] | undefined,
  definition: unknown,
): InstrumentIssue[] {
  const checked = customInstrumentSchema.safeParse(definition);
  const found = checked.success ? [] : instrumentIssues(checked.error);
  return Object.entries(fieldErrors).map(([path, message], i) => ({
    path,
    message,
    params: found.find((f) => f.path === path && f.message === message)?.params ?? (i === 0 ? (firstParams ?? {}) : {}),
  }));
}

/** The same problem (same message, same names) once, with every place it occurs. */
function groupIssues(issues: InstrumentIssue[]) {
  const groups = new Map<string, InstrumentIssue[]>();
  for (const issue of issues) {
    const key = `${issue.message}:${JSON.stringify(issue.params)}`;
    groups.set(key, [...(groups.get(key) ?? []), issue]);
  }
  return [...groups].map(([key, grouped]) => ({ key, issues: grouped }));
}

/**
 * The coach's editor for a custom instrument. The definition is checked with the same zod schema as
 * the action; every problem is listed at the top, naming the item, subscale or band it is about.
 */
export function InstrumentEditor({ initial, existing, initialIssues = [], template = 'blank' }: Props) {
  const t = useTranslations('instruments');
  // client messages: instrument, common
  const tm = useTranslations();
  const router = useRouter();
  const [defaultValues] = useState(() => editorValues(initial));
  const form = useForm<EditorValues>({ defaultValues });
  // The parts of the editor edit the definition only; the request id is no field of theirs.
  const definitionForm = form as unknown as UseFormReturn<CustomInstrumentInput>;
  // Dozens of items in two languages are a long evening's work: kept in this browser until saved (use-form-draft.ts),
  // on top of the version it was typed on (the notice says when a colleague saved another version meanwhile).
  const draft = useFormDraft(form, existing ? `instrument:${existing.key}` : `instrument:new:${template}`, {
    version: existing?.version,
  });
  const { register, control } = form;
  const labels = useFieldArray({ control, name: 'scale.labels' });
  const subscales = useFieldArray({ control, name: 'subscales' });
  const items = useFieldArray({ control, name: 'items' });
  const openQuestions = useFieldArray({ control, name: 'openQuestions' });
  const watchedSubscales = useWatch({ control, name: 'subscales' }) ?? [];
  const watchedItems = useWatch({ control, name: 'items' }) ?? [];
  const [issues, setIssues] = useState<InstrumentIssue[]>(initialIssues);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const [bulk, setBulk] = useState({ text: '', subscale: '', lang: 'nl' as 'nl' | 'en' });

  const issueMap = useMemo(() => {
    const map = new Map<string, InstrumentIssue>();
    for (const issue of issues) if (!map.has(issue.path)) map.set(issue.path, issue);
    return map;
  }, [issues]);
  const issueAt = (path: string) => issueMap.get(path);

  // Each code once: while two subscales share one (the issue list says so) a select offers it once, not twice under one key.
  const subscaleKeys = [...new Set(watchedSubscales.map((s) => s?.key ?? '').filter(Boolean))];
  // An item's subscale is chosen by its name in the screen's language (the Dutch one when that is empty), with its code.
  const locale = appLocale(useLocale());
  const subscaleOption = (key: string) => {
    const name = watchedSubscales.find((s) => s?.key === key)?.name;
    const shown = (name?.[locale] || name?.nl || '').trim();
    return shown ? `${shown} (${key})` : key;
  };
  const itemsPerSubscale = (key: string) => watchedItems.filter((i) => i?.subscale === key).length;
  // The code each subscale's items carry, by the subscale's row id: a renamed code takes its items along. Settled after
  // the codes changed and rendered, so that the items' selects already offer the new code (a select set to a value it
  // lacks shows none).
  const carriedCodes = useRef(new Map<string, string>());
  const typedCodes = watchedSubscales.map((s) => s?.key ?? '').join('\n');
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the typed codes change; reads the rest from the form
  useEffect(() => {
    const values = form.getValues();
    const rows = subscales.fields.map((row, i) => ({
      code: values.subscales[i]?.key ?? '',
      carried: carriedCodes.current.get(row.id) ?? row.key,
    }));
    const before = values.items.map((item) => item.subscale);
    const settled = settleSubscaleCodes(rows, before);
    for (const [i, row] of subscales.fields.entries()) carriedCodes.current.set(row.id, settled.carried[i]!);
    settled.itemCodes.forEach((code, i) => {
      if (code !== before[i]) form.setValue(`items.${i}.subscale`, code, { shouldDirty: true });
    });
    setBulk((b) => {
      const i = rows.findIndex((r) => r.carried === b.subscale);
      return i >= 0 && settled.carried[i] !== b.subscale ? { ...b, subscale: settled.carried[i]! } : b;
    });
  }, [typedCodes]);

  const where = (issue: InstrumentIssue) => {
    const loc = issueLocation(issue.path);
    switch (loc.part) {
      case 'item':
        return t('location.item', { n: loc.index + 1 });
      case 'subscale':
        return t('location.subscale', { n: loc.index + 1 });
      case 'band':
        return t('location.band', { n: loc.index + 1, band: loc.band + 1 });
      case 'openQuestion':
        return t('location.openQuestion', { n: loc.index + 1 });
      case 'scale':
        return t('location.scale');
      case 'recode':
        return t('location.recode');
      case 'total':
        return t('location.total');
      default:
        return t('location.general');
    }
  };

  /** "Items 1, 2, 3" rather than one line per item when the same problem repeats. */
  const whereAll = (group: InstrumentIssue[]) => {
    const locations = group.map((issue) => issueLocation(issue.path));
    if (group.length > 1 && locations.every((l) => l.part === 'item')) {
      return t('location.items', { list: locations.map((l) => ('index' in l ? l.index + 1 : '')).join(', ') });
    }
    return group.map(where).join(', ');
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setProblem(null);
    const input = saveInput(values, existing);
    const parsed = customInstrumentSchema.safeParse(input.definition);
    if (!parsed.success) {
      setIssues(instrumentIssues(parsed.error));
      setProblem({ code: 'validation' });
      requestAnimationFrame(() => document.getElementById('editor-issues')?.focus());
      return;
    }
    setIssues([]);
    setSaving(true);
    let saved = false;
    try {
      const result = await saveCustomInstrumentAction(input);
      if (result.ok) {
        // Busy until the saved instrument's page is there: a click while it loads would save a second instrument.
        saved = true;
        draft.clear();
        router.push(`/instruments/${result.data.key}?saved=${result.data.version}`);
        return;
      }
      if (result.fieldErrors) setIssues(refusedIssues(result.fieldErrors, result.params, input.definition));
      setProblem({ code: result.error });
    } catch {
      setProblem({ code: navigator.onLine ? 'server' : 'offline' });
    } finally {
      if (!saved) setSaving(false);
    }
  });

  const addBulkItems = () => {
    const lines = bulk.text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const subscale = bulk.subscale || subscaleKeys[0] || '';
    if (lines.length === 0 || !subscale) return;
    const taken = answerKeys(form.getValues());
    const added = lines.map((line) => {
      const key = nextKey(subscale, taken);
      taken.add(key);
      return { key, text: { nl: bulk.lang === 'nl' ? line : '', en: bulk.lang === 'en' ? line : '' }, subscale, reverse: false };
    });
    items.append(added);
    setBulk((b) => ({ ...b, text: '' }));
  };

  return (
    <form method="post" noValidate onSubmit={onSubmit} className="flex flex-col gap-6" aria-describedby="editor-intro">
      <p id="editor-intro" className="max-w-3xl text-slate-700">
        {t('editorIntro')}
      </p>
      <FormAlert problem={problem} />
      <DraftRestoredNotice restored={draft.restored} />
      {issues.length > 0 && (
        <div
          id="editor-issues"
          tabIndex={-1}
          className="alert alert-error flex flex-col gap-2"
          role="alert"
          data-testid="instrument-issues"
        >
          <p className="font-semibold">{t('issuesTitle', { count: issues.length })}</p>
          <ul className="list-disc pl-5">
            {groupIssues(issues).map((group) => (
              <li key={group.key}>
                <a href={`#${fieldId(group.issues[0]!.path)}`} className="text-red-900 underline">
                  {whereAll(group.issues)}
                </a>
                : {tm.has(group.issues[0]!.message) ? tm(group.issues[0]!.message, group.issues[0]!.params) : tm('instrument.required')}
              </li>
            ))}
          </ul>
        </div>
      )}

      {/* Disabled until the editor's code runs: text typed before that would be wiped, and kept in no draft. */}
      <HydrationGate>
        <section className="card flex flex-col gap-4" aria-labelledby="general-title">
          <h2 id="general-title">{t('generalTitle')}</h2>
          <div className="grid gap-3 sm:grid-cols-2">
            <EditorField path="name" label={t('nameNl')} issue={issueAt('name')}>
              {(a) => <input {...a} className="input" lang="nl" {...register('name.nl')} />}
            </EditorField>
            <EditorField path="name.en" label={t('nameEn')} issue={issueAt('name.en')}>
              {(a) => <input {...a} className="input" lang="en" {...register('name.en')} />}
            </EditorField>
            <EditorField path="description.nl" label={t('descriptionNl')} issue={issueAt('description.nl')} hint={t('descriptionHint')}>
              {(a) => <textarea {...a} className="input min-h-20" lang="nl" {...register('description.nl')} />}
            </EditorField>
            <EditorField path="description.en" label={t('descriptionEn')} issue={issueAt('description.en')}>
              {(a) => <textarea {...a} className="input min-h-20" lang="en" {...register('description.en')} />}
            </EditorField>
          </div>
          <p className="text-sm text-slate-600">{t('languageHint')}</p>
        </section>

        <section className="card flex flex-col gap-4" aria-labelledby="scale-title">
          <div>
            <h2 id="scale-title">{t('scaleTitle')}</h2>
            <p className="text-sm text-slate-600">{t('scaleIntro')}</p>
          </div>
          <div className="grid max-w-md grid-cols-2 gap-3">
            <EditorField path="scale.min" label={t('scaleMin')} issue={issueAt('scale.min')}>
              {(a) => (
                <input
                  {...a}
                  className="input"
                  inputMode="numeric"
                  {...register('scale.min', { setValueAs: (v) => parseNumber(v, undefined) })}
                />
              )}
            </EditorField>
            <EditorField path="scale.max" label={t('scaleMax')} issue={issueAt('scale.max')}>
              {(a) => (
                <input
                  {...a}
                  className="input"
                  inputMode="numeric"
                  {...register('scale.max', { setValueAs: (v) => parseNumber(v, undefined) })}
                />
              )}
            </EditorField>
          </div>
          <div id={fieldId('scale.labels')} tabIndex={-1} className="flex flex-col gap-2">
            <p className="text-sm font-medium text-slate-800">{t('scaleLabels')}</p>
            <ol className="flex flex-col gap-2">
              {labels.fields.map((field, i) => (
                <li key={field.id}>
                  {/* One group per label, named by its number: "Waarde" and "Label" are said once per row, under it. */}
                  <fieldset className="grid min-w-0 items-start gap-2 sm:grid-cols-[6rem_1fr_1fr_auto]">
                    <legend className="sr-only">{t('rowLegend.label', { n: i + 1 })}</legend>
                    <EditorField path={`scale.labels.${i}.value`} label={t('value')} issue={issueAt(`scale.labels.${i}.value`)}>
                      {(a) => (
                        <input
                          {...a}
                          className="input"
                          inputMode="numeric"
                          {...register(`scale.labels.${i}.value`, { setValueAs: (v) => parseNumber(v, undefined) })}
                        />
                      )}
                    </EditorField>
                    <EditorField path={`scale.labels.${i}.nl`} label={t('labelNl')} issue={issueAt(`scale.labels.${i}.nl`)}>
                      {(a) => <input {...a} className="input" lang="nl" {...register(`scale.labels.${i}.nl`)} />}
                    </EditorField>
                    <EditorField path={`scale.labels.${i}.en`} label={t('labelEn')} issue={issueAt(`scale.labels.${i}.en`)}>
                      {(a) => <input {...a} className="input" lang="en" {...register(`scale.labels.${i}.en`)} />}
                    </EditorField>
                    <RemoveRowButton
                      index={i}
                      remove={labels.remove}
                      rowField={(n) => fieldId(`scale.labels.${n}.value`)}
                      addButton="labels-add"
                      label={t('removeLabel', { n: i + 1 })}
                    >
                      {t('remove')}
                    </RemoveRowButton>
                  </fieldset>
                </li>
              ))}
            </ol>
            <div>
              <button
                id="labels-add"
                type="button"
                className="btn btn-secondary btn-sm"
                onClick={() => labels.append({ value: 0, nl: '', en: '' })}
              >
                {t('addLabel')}
              </button>
            </div>
          </div>
        </section>

        {/* A list's own problem (no subscales, no items, too many) is linked from the issue list to its section. */}
        <section id={fieldId('subscales')} tabIndex={-1} className="card flex flex-col gap-4" aria-labelledby="subscales-title">
          <div>
            <h2 id="subscales-title">{t('subscalesTitle')}</h2>
            <p className="text-sm text-slate-600">{t('subscalesIntro')}</p>
            {issueAt('subscales') && <p className="field-error">{tm(issueAt('subscales')!.message, issueAt('subscales')!.params)}</p>}
          </div>
          {subscales.fields.map((field, i) => (
            <SubscaleEditor
              key={field.id}
              form={definitionForm}
              index={i}
              issueAt={issueAt}
              itemCount={itemsPerSubscale(watchedSubscales[i]?.key ?? '')}
              onRemove={() => {
                subscales.remove(i);
                focusAfterRemoval(i, (n) => fieldId(`subscales.${n}.key`), 'subscales-add');
              }}
            />
          ))}
          <div>
            <button
              id="subscales-add"
              type="button"
              className="btn btn-secondary"
              onClick={() =>
                subscales.append({
                  // Not a code items still carry (a subscale's code cleared to be typed anew): they would join the new one.
                  key: nextKey('subscale', new Set([...subscaleKeys, ...watchedItems.map((item) => item?.subscale ?? '')])),
                  name: { nl: '', en: '' },
                  group: 'job_demands',
                  explanation: { nl: '', en: '' },
                  bands: [],
                  feedsIndex: true,
                  scoring: 'mean',
                })
              }
            >
              {t('addSubscale')}
            </button>
          </div>
        </section>

        <ScoringOptionsEditor form={definitionForm} issueAt={issueAt} />

        <section id={fieldId('items')} tabIndex={-1} className="card flex flex-col gap-4" aria-labelledby="items-title">
          <div>
            <h2 id="items-title">{t('itemsTitle')}</h2>
            <p className="text-sm text-slate-600">{t('itemsIntro')}</p>
            {issueAt('items') && <p className="field-error">{tm(issueAt('items')!.message, issueAt('items')!.params)}</p>}
          </div>
          <ol className="flex flex-col divide-y divide-slate-100">
            {items.fields.map((field, i) => (
              <li key={field.id} data-item={i}>
                {/* One group per item, named by its number: otherwise a screen reader hears the same five labels for every item. */}
                <fieldset className="grid min-w-0 items-start gap-2 py-3 lg:grid-cols-[2.5rem_12rem_1fr_1fr_12rem_auto]">
                  <legend className="sr-only">{t('location.item', { n: i + 1 })}</legend>
                  <span aria-hidden="true" className="pt-8 text-sm tabular-nums text-slate-500">
                    {i + 1}.
                  </span>
                  <EditorField path={`items.${i}.key`} label={t('code')} issue={issueAt(`items.${i}.key`)}>
                    {(a) => <input {...a} className="input font-mono text-sm" {...register(`items.${i}.key`)} />}
                  </EditorField>
                  <EditorField path={`items.${i}.text`} label={t('textNl')} issue={issueAt(`items.${i}.text`)}>
                    {(a) => <textarea {...a} rows={2} className="input" lang="nl" {...register(`items.${i}.text.nl`)} />}
                  </EditorField>
                  <EditorField path={`items.${i}.text.en`} label={t('textEn')} issue={issueAt(`items.${i}.text.en`)}>
                    {(a) => <textarea {...a} rows={2} className="input" lang="en" {...register(`items.${i}.text.en`)} />}
                  </EditorField>
                  <div className="flex flex-col gap-2">
                    <EditorField path={`items.${i}.subscale`} label={t('subscale')} issue={issueAt(`items.${i}.subscale`)}>
                      {(a) => (
                        <select {...a} className="input" {...register(`items.${i}.subscale`)}>
                          {!subscaleKeys.includes(watchedItems[i]?.subscale ?? '') && (
                            <option value={watchedItems[i]?.subscale ?? ''}>{watchedItems[i]?.subscale || '—'}</option>
                          )}
                          {subscaleKeys.map((k) => (
                            <option key={k} value={k}>
                              {subscaleOption(k)}
                            </option>
                          ))}
                        </select>
                      )}
                    </EditorField>
                    <label className="flex min-h-11 items-center gap-2 text-sm">
                      <input type="checkbox" className="h-5 w-5" {...register(`items.${i}.reverse`)} />
                      {t('reverse')}
                    </label>
                  </div>
                  <RemoveRowButton
                    index={i}
                    remove={items.remove}
                    rowField={(n) => fieldId(`items.${n}.key`)}
                    addButton="items-add"
                    label={t('removeItem', { n: i + 1 })}
                    className="mt-6"
                  >
                    {t('remove')}
                  </RemoveRowButton>
                </fieldset>
              </li>
            ))}
          </ol>
          <div>
            <button
              id="items-add"
              type="button"
              className="btn btn-secondary"
              onClick={() => {
                const subscale = subscaleKeys.at(-1) ?? '';
                items.append({
                  key: nextKey(subscale || 'item', answerKeys(form.getValues())),
                  text: { nl: '', en: '' },
                  subscale,
                  reverse: false,
                });
              }}
            >
              {t('addItem')}
            </button>
          </div>
          <details className="rounded-md border border-slate-200 p-3">
            <summary className="cursor-pointer font-medium">{t('bulkTitle')}</summary>
            <div className="mt-3 flex flex-col gap-3">
              <p className="text-sm text-slate-600">{t('bulkIntro')}</p>
              <div className="field">
                <label htmlFor="bulk-text" className="field-label">
                  {t('bulkText')}
                </label>
                <textarea
                  id="bulk-text"
                  className="input min-h-28"
                  value={bulk.text}
                  onChange={(e) => setBulk((b) => ({ ...b, text: e.target.value }))}
                />
              </div>
              <div className="flex flex-wrap items-end gap-3">
                <div className="field">
                  <label htmlFor="bulk-subscale" className="field-label">
                    {t('subscale')}
                  </label>
                  <select
                    id="bulk-subscale"
                    className="input"
                    value={bulk.subscale}
                    onChange={(e) => setBulk((b) => ({ ...b, subscale: e.target.value }))}
                  >
                    {subscaleKeys.map((k) => (
                      <option key={k} value={k}>
                        {subscaleOption(k)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor="bulk-lang" className="field-label">
                    {t('bulkLanguage')}
                  </label>
                  <select
                    id="bulk-lang"
                    className="input"
                    value={bulk.lang}
                    onChange={(e) => setBulk((b) => ({ ...b, lang: e.target.value as 'nl' | 'en' }))}
                  >
                    <option value="nl">{tm('common.languageNames.nl')}</option>
                    <option value="en">{tm('common.languageNames.en')}</option>
                  </select>
                </div>
                <button type="button" className="btn btn-secondary" onClick={addBulkItems}>
                  {t('bulkAdd')}
                </button>
              </div>
            </div>
          </details>
        </section>

        <section id={fieldId('openQuestions')} tabIndex={-1} className="card flex flex-col gap-4" aria-labelledby="open-title">
          <div>
            <h2 id="open-title">{t('openTitle')}</h2>
            <p className="text-sm text-slate-600">{t('openIntro')}</p>
          </div>
          <ol className="flex flex-col gap-3">
            {openQuestions.fields.map((field, i) => (
              <li key={field.id}>
                {/* As the items: "Code" and "Tekst" said once per question, under its number. */}
                <fieldset className="grid min-w-0 items-start gap-2 lg:grid-cols-[9rem_1fr_1fr_auto]">
                  <legend className="sr-only">{t('location.openQuestion', { n: i + 1 })}</legend>
                  <EditorField path={`openQuestions.${i}.key`} label={t('code')} issue={issueAt(`openQuestions.${i}.key`)}>
                    {(a) => <input {...a} className="input font-mono" {...register(`openQuestions.${i}.key`)} />}
                  </EditorField>
                  <EditorField path={`openQuestions.${i}.text`} label={t('textNl')} issue={issueAt(`openQuestions.${i}.text`)}>
                    {(a) => <input {...a} className="input" lang="nl" {...register(`openQuestions.${i}.text.nl`)} />}
                  </EditorField>
                  <EditorField path={`openQuestions.${i}.text.en`} label={t('textEn')} issue={issueAt(`openQuestions.${i}.text.en`)}>
                    {(a) => <input {...a} className="input" lang="en" {...register(`openQuestions.${i}.text.en`)} />}
                  </EditorField>
                  <RemoveRowButton
                    index={i}
                    remove={openQuestions.remove}
                    rowField={(n) => fieldId(`openQuestions.${n}.key`)}
                    addButton="openQuestions-add"
                    label={t('removeOpenQuestion', { n: i + 1 })}
                    className="mt-6"
                  >
                    {t('remove')}
                  </RemoveRowButton>
                </fieldset>
              </li>
            ))}
          </ol>
          <div>
            <button
              id="openQuestions-add"
              type="button"
              className="btn btn-secondary"
              onClick={() => {
                openQuestions.append({ key: nextKey('open', answerKeys(form.getValues())), text: { nl: '', en: '' } });
              }}
            >
              {t('addOpen')}
            </button>
          </div>
        </section>

        <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur">
          <button type="submit" className="btn btn-primary" disabled={saving} aria-busy={saving}>
            {saving ? t('saving') : existing ? t('saveVersion', { version: existing.version + 1 }) : t('saveNew')}
          </button>
          {existing && <p className="text-sm text-slate-600">{t('versionNote')}</p>}
        </div>
      </HydrationGate>
    </form>
  );
}

import { useTranslations } from 'next-intl';
import type { UseFormReturn } from 'react-hook-form';
import { type CustomInstrumentInput, DIMENSION_GROUPS, SCORING_METHODS } from '@/lib/instruments';
import { BandsEditor } from './bands-editor';
import { EditorField, fieldId, type IssueLookup } from './editor-fields';

type Props = {
  form: UseFormReturn<CustomInstrumentInput>;
  index: number;
  issueAt: IssueLookup;
  itemCount: number;
  onRemove: () => void;
};

/** One subscale: code, names, JD-R group, explanation, mean or sum, whether it feeds an index, and its cut-off bands. */
export function SubscaleEditor({ form, index, issueAt, itemCount, onRemove }: Props) {
  const t = useTranslations('instruments');
  const base = `subscales.${index}` as const;
  const { register } = form;

  return (
    // The issue list links a problem with the subscale as a whole (e.g. no items) here: fieldId('subscales.N').
    <fieldset id={fieldId(base)} tabIndex={-1} className="flex flex-col gap-3 rounded-lg border border-slate-200 p-4" data-subscale={index}>
      <legend className="px-1 text-sm font-semibold text-slate-800">{t('subscaleLegend', { n: index + 1, items: itemCount })}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <EditorField path={`${base}.key`} label={t('code')} issue={issueAt(`${base}.key`)} hint={t('codeHint')}>
          {(a) => <input {...a} className="input font-mono" {...register(`${base}.key`)} />}
        </EditorField>
        <EditorField path={`${base}.group`} label={t('group')} issue={issueAt(`${base}.group`)} hint={t('groupHint')}>
          {(a) => (
            <select {...a} className="input" {...register(`${base}.group`)}>
              {DIMENSION_GROUPS.map((g) => (
                <option key={g} value={g}>
                  {t(`groups.${g}`)}
                </option>
              ))}
            </select>
          )}
        </EditorField>
        <EditorField path={`${base}.name`} label={t('nameNl')} issue={issueAt(`${base}.name`)}>
          {(a) => <input {...a} className="input" lang="nl" {...register(`${base}.name.nl`)} />}
        </EditorField>
        <EditorField path={`${base}.name.en`} label={t('nameEn')} issue={issueAt(`${base}.name.en`)}>
          {(a) => <input {...a} className="input" lang="en" {...register(`${base}.name.en`)} />}
        </EditorField>
        <EditorField
          path={`${base}.explanation.nl`}
          label={t('explanationNl')}
          // Too long a Dutch explanation is its own field's problem; the explanation as a whole (not an object) too.
          issue={issueAt(`${base}.explanation.nl`) ?? issueAt(`${base}.explanation`)}
          hint={t('explanationHint')}
        >
          {(a) => <textarea {...a} rows={2} className="input" lang="nl" {...register(`${base}.explanation.nl`)} />}
        </EditorField>
        <EditorField path={`${base}.explanation.en`} label={t('explanationEn')} issue={issueAt(`${base}.explanation.en`)}>
          {(a) => <textarea {...a} rows={2} className="input" lang="en" {...register(`${base}.explanation.en`)} />}
        </EditorField>
      </div>
      <div aria-live="polite">
        <IssueBlock issueAt={issueAt} path={base} />
      </div>

      <div className="grid gap-3 sm:grid-cols-2">
        <EditorField path={`${base}.scoring`} label={t('scoring')} issue={issueAt(`${base}.scoring`)} hint={t('scoringHint')}>
          {(a) => (
            <select {...a} className="input" {...register(`${base}.scoring`)}>
              {SCORING_METHODS.map((m) => (
                <option key={m} value={m}>
                  {t(`scoringMethods.${m}`)}
                </option>
              ))}
            </select>
          )}
        </EditorField>
        <div className="field">
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="h-5 w-5"
              aria-describedby={`def-${base.replace('.', '-')}-feedsIndex-hint`}
              {...register(`${base}.feedsIndex`)}
            />
            {t('feedsIndex')}
          </label>
          <p id={`def-${base.replace('.', '-')}-feedsIndex-hint`} className="field-hint">
            {t('feedsIndexHint')}
          </p>
        </div>
      </div>

      <BandsEditor form={form} base={base} issueAt={issueAt} intro={t('bandsIntro')} />

      <div className="flex justify-end">
        <button type="button" className="btn btn-ghost text-red-800" onClick={onRemove}>
          {t('removeSubscale', { n: index + 1 })}
        </button>
      </div>
    </fieldset>
  );
}

/** A problem about the subscale as a whole (e.g. it has no items), which points at no single field. */
function IssueBlock({ issueAt, path }: { issueAt: IssueLookup; path: string }) {
  // client messages: instrument, common
  const tm = useTranslations();
  const issue = issueAt(path);
  if (!issue) return null;
  return <p className="field-error">{tm.has(issue.message) ? tm(issue.message, issue.params) : tm('instrument.required')}</p>;
}

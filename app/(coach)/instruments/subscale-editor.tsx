import { useTranslations } from 'next-intl';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { BAND_LEVELS, GROUPS, type CustomInstrumentInput } from '@/lib/instruments';
import { EditorField, parseNumber, type IssueLookup } from './editor-fields';

type Props = {
  form: UseFormReturn<CustomInstrumentInput>;
  index: number;
  issueAt: IssueLookup;
  itemCount: number;
  onRemove: () => void;
};

/** One subscale: code, names, JD-R group, explanation and its cut-off bands (lowest first). */
export function SubscaleEditor({ form, index, issueAt, itemCount, onRemove }: Props) {
  const t = useTranslations('instruments');
  const base = `subscales.${index}` as const;
  const bands = useFieldArray({ control: form.control, name: `${base}.bands` });
  const { register } = form;

  return (
    <fieldset className="flex flex-col gap-3 rounded-lg border border-slate-200 p-4" data-subscale={index}>
      <legend className="px-1 text-sm font-semibold text-slate-800">
        {t('subscaleLegend', { n: index + 1, items: itemCount })}
      </legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <EditorField path={`${base}.key`} label={t('code')} issue={issueAt(`${base}.key`)} hint={t('codeHint')}>
          {(a) => <input {...a} className="input font-mono" {...register(`${base}.key`)} />}
        </EditorField>
        <EditorField path={`${base}.group`} label={t('group')} issue={issueAt(`${base}.group`)} hint={t('groupHint')}>
          {(a) => (
            <select {...a} className="input" {...register(`${base}.group`)}>
              {GROUPS.map((g) => (
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
        <EditorField path={`${base}.name.en`} label={t('nameEn')} issue={undefined}>
          {(a) => <input {...a} className="input" lang="en" {...register(`${base}.name.en`)} />}
        </EditorField>
        <EditorField path={`${base}.explanation.nl`} label={t('explanationNl')} issue={issueAt(`${base}.explanation`)} hint={t('explanationHint')}>
          {(a) => <textarea {...a} rows={2} className="input" lang="nl" {...register(`${base}.explanation.nl`)} />}
        </EditorField>
        <EditorField path={`${base}.explanation.en`} label={t('explanationEn')} issue={undefined}>
          {(a) => <textarea {...a} rows={2} className="input" lang="en" {...register(`${base}.explanation.en`)} />}
        </EditorField>
      </div>
      <div aria-live="polite">
        <IssueBlock issueAt={issueAt} path={base} />
      </div>

      <div className="flex flex-col gap-2">
        <p className="text-sm font-medium text-slate-800">{t('bandsTitle')}</p>
        <p className="text-sm text-slate-600">{t('bandsIntro')}</p>
        {bands.fields.length > 0 && (
          <ol className="flex flex-col gap-2">
            {bands.fields.map((band, b) => {
              const path = `${base}.bands.${b}` as const;
              return (
                <li key={band.id} className="grid items-start gap-2 rounded-md bg-slate-50 p-2 sm:grid-cols-[8rem_1fr_1fr_9rem_auto]">
                  <EditorField path={`${path}.upTo`} label={t('upTo')} issue={issueAt(`${path}.upTo`)}>
                    {(a) => (
                      <input
                        {...a}
                        className="input"
                        inputMode="decimal"
                        placeholder={t('upToOpen')}
                        {...register(`${path}.upTo`, { setValueAs: (v) => parseNumber(v, null) })}
                      />
                    )}
                  </EditorField>
                  <EditorField path={`${path}.label`} label={t('bandLabelNl')} issue={issueAt(`${path}.label`)}>
                    {(a) => <input {...a} className="input" lang="nl" {...register(`${path}.label.nl`)} />}
                  </EditorField>
                  <EditorField path={`${path}.label.en`} label={t('bandLabelEn')} issue={undefined}>
                    {(a) => <input {...a} className="input" lang="en" {...register(`${path}.label.en`)} />}
                  </EditorField>
                  <EditorField path={`${path}.level`} label={t('level')} issue={issueAt(`${path}.level`)}>
                    {(a) => (
                      <select {...a} className="input" {...register(`${path}.level`)}>
                        {BAND_LEVELS.map((l) => (
                          <option key={l} value={l}>
                            {t(`levels.${l}`)}
                          </option>
                        ))}
                      </select>
                    )}
                  </EditorField>
                  <button type="button" className="btn btn-ghost self-end" onClick={() => bands.remove(b)}>
                    {t('removeBand')}
                  </button>
                </li>
              );
            })}
          </ol>
        )}
        <div>
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            onClick={() => bands.append({ upTo: null, label: { nl: '', en: '' }, level: 'neutral' })}
          >
            {t('addBand')}
          </button>
        </div>
      </div>

      <div className="flex justify-end">
        <button type="button" className="btn btn-ghost text-red-800" onClick={onRemove}>
          {t('removeSubscale')}
        </button>
      </div>
    </fieldset>
  );
}

/** A problem about the subscale as a whole (e.g. it has no items), which points at no single field. */
function IssueBlock({ issueAt, path }: { issueAt: IssueLookup; path: string }) {
  const tm = useTranslations();
  const issue = issueAt(path);
  if (!issue) return null;
  return <p className="field-error">{tm.has(issue.message) ? tm(issue.message, issue.params) : tm('instrument.required')}</p>;
}

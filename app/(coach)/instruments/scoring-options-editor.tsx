import { useTranslations } from 'next-intl';
import { type UseFormReturn, useFieldArray, useWatch } from 'react-hook-form';
import { type CustomInstrumentInput, SCORING_METHODS } from '@/lib/instruments';
import { newTotal } from '@/lib/intake/instrument-templates';
import { BandsEditor } from './bands-editor';
import { EditorField, fieldId, type IssueLookup, parseNumber, RemoveRowButton } from './editor-fields';

type Props = { form: UseFormReturn<CustomInstrumentInput>; issueAt: IssueLookup };

/**
 * Options for entering an instrument as published: answer values that count as another value
 * (4DKL: 3 and 4 count as 2) and a total score over all items beside the subscales (BAT).
 */
export function ScoringOptionsEditor({ form, issueAt }: Props) {
  const t = useTranslations('instruments');
  // client messages: instrument, common
  const tm = useTranslations();
  const { register, control, setValue } = form;
  const recode = useFieldArray({ control, name: 'recode' });
  const total = useWatch({ control, name: 'total' });
  const recodeIssue = issueAt('recode');

  return (
    <section className="card flex flex-col gap-4" aria-labelledby="scoring-title">
      <div>
        <h2 id="scoring-title">{t('scoringTitle')}</h2>
        <p className="text-sm text-slate-600">{t('scoringIntro')}</p>
      </div>

      {/* The issue list links a problem with the recoding as a whole here (fieldId('recode')). */}
      <div id={fieldId('recode')} tabIndex={-1} className="flex flex-col gap-2">
        <p className="text-sm font-medium text-slate-800">{t('recodeTitle')}</p>
        <p className="text-sm text-slate-600">{t('recodeIntro')}</p>
        {recodeIssue && <p className="field-error">{tm(recodeIssue.message, recodeIssue.params)}</p>}
        {recode.fields.length > 0 && (
          <ol className="flex flex-col gap-2">
            {recode.fields.map((field, i) => (
              <li key={field.id}>
                {/* One group per recoding, named by its number: "Antwoord" and "Telt als" are said once per row, under it. */}
                <fieldset className="grid min-w-0 max-w-lg items-start gap-2 sm:grid-cols-[1fr_1fr_auto]">
                  <legend className="sr-only">{t('rowLegend.recode', { n: i + 1 })}</legend>
                  <EditorField path={`recode.${i}.from`} label={t('recodeFrom')} issue={issueAt(`recode.${i}.from`)}>
                    {(a) => (
                      <input
                        {...a}
                        className="input"
                        inputMode="numeric"
                        {...register(`recode.${i}.from`, { setValueAs: (v) => parseNumber(v, undefined) })}
                      />
                    )}
                  </EditorField>
                  <EditorField path={`recode.${i}.to`} label={t('recodeTo')} issue={issueAt(`recode.${i}.to`)}>
                    {(a) => (
                      <input
                        {...a}
                        className="input"
                        inputMode="numeric"
                        {...register(`recode.${i}.to`, { setValueAs: (v) => parseNumber(v, undefined) })}
                      />
                    )}
                  </EditorField>
                  <RemoveRowButton
                    index={i}
                    remove={recode.remove}
                    rowField={(n) => fieldId(`recode.${n}.from`)}
                    addButton="recode-add"
                    label={t('removeRecode', { n: i + 1 })}
                  >
                    {t('remove')}
                  </RemoveRowButton>
                </fieldset>
              </li>
            ))}
          </ol>
        )}
        <div>
          <button id="recode-add" type="button" className="btn btn-secondary btn-sm" onClick={() => recode.append({ from: 0, to: 0 })}>
            {t('addRecode')}
          </button>
        </div>
      </div>

      <div className="flex flex-col gap-3">
        <label className="flex min-h-11 items-center gap-2 text-sm font-medium text-slate-800">
          <input
            type="checkbox"
            className="h-5 w-5"
            checked={Boolean(total)}
            aria-describedby="total-hint"
            onChange={(e) => setValue('total', e.target.checked ? newTotal() : null, { shouldDirty: true })}
          />
          {t('totalOn')}
        </label>
        <p id="total-hint" className="field-hint">
          {t('totalHint')}
        </p>
        {total && (
          <div className="flex flex-col gap-3 rounded-lg border border-slate-200 p-4">
            <div className="grid gap-3 sm:grid-cols-3">
              <EditorField path="total.name" label={t('nameNl')} issue={issueAt('total.name')}>
                {(a) => <input {...a} className="input" lang="nl" {...register('total.name.nl')} />}
              </EditorField>
              <EditorField path="total.name.en" label={t('nameEn')} issue={issueAt('total.name.en')}>
                {(a) => <input {...a} className="input" lang="en" {...register('total.name.en')} />}
              </EditorField>
              <EditorField path="total.scoring" label={t('scoring')} issue={issueAt('total.scoring')}>
                {(a) => (
                  <select {...a} className="input" {...register('total.scoring')}>
                    {SCORING_METHODS.map((m) => (
                      <option key={m} value={m}>
                        {t(`scoringMethods.${m}`)}
                      </option>
                    ))}
                  </select>
                )}
              </EditorField>
            </div>
            <BandsEditor form={form} base="total" issueAt={issueAt} intro={t('totalBandsIntro')} />
          </div>
        )}
      </div>
    </section>
  );
}

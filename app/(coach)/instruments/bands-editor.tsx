import { useTranslations } from 'next-intl';
import { type UseFormReturn, useFieldArray } from 'react-hook-form';
import { BAND_LEVELS, type CustomInstrumentInput } from '@/lib/instruments';
import { EditorField, fieldId, type IssueLookup, parseNumber, RemoveRowButton } from './editor-fields';

type Props = {
  form: UseFormReturn<CustomInstrumentInput>;
  /** Whose bands: a subscale or the total score. */
  base: `subscales.${number}` | 'total';
  issueAt: IssueLookup;
  intro: string;
};

/** Cut-off bands, lowest first: an inclusive upper bound, a label in both languages and a colour. */
export function BandsEditor({ form, base, issueAt, intro }: Props) {
  const t = useTranslations('instruments');
  const bands = useFieldArray({ control: form.control, name: `${base}.bands` as `subscales.${number}.bands` });
  const { register } = form;
  // "Band verwijderen" alone, once per band of every subscale, says not which band a screen reader user removes.
  const removeLabel = (band: number) =>
    base === 'total' ? t('removeTotalBand', { band }) : t('removeSubscaleBand', { n: Number(base.split('.')[1]) + 1, band });
  // The same for the group of a band's fields: "Subschaal 3, band 1", as the issue list names it.
  const bandName = (band: number) =>
    base === 'total' ? t('rowLegend.totalBand', { band }) : t('location.band', { n: Number(base.split('.')[1]) + 1, band });
  const addId = `${fieldId(`${base}.bands`)}-add`;
  return (
    // The issue list links a problem with the band list as a whole (e.g. too many bands) here.
    <div id={fieldId(`${base}.bands`)} tabIndex={-1} className="flex flex-col gap-2">
      <p className="text-sm font-medium text-slate-800">{t('bandsTitle')}</p>
      <p className="text-sm text-slate-600">{intro}</p>
      {bands.fields.length > 0 && (
        <ol className="flex flex-col gap-2">
          {bands.fields.map((band, b) => {
            const path = `${base}.bands.${b}` as `subscales.${number}.bands.${number}`;
            return (
              <li key={band.id} className="rounded-md bg-slate-50 p-2">
                {/* One group per band, named by its number: "Tot en met" and "Label" are said once per band, under it. */}
                <fieldset className="grid min-w-0 items-start gap-2 sm:grid-cols-[8rem_1fr_1fr_9rem_auto]">
                  <legend className="sr-only">{bandName(b + 1)}</legend>
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
                  <EditorField path={`${path}.label.en`} label={t('bandLabelEn')} issue={issueAt(`${path}.label.en`)}>
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
                  <RemoveRowButton
                    index={b}
                    remove={bands.remove}
                    rowField={(i) => fieldId(`${base}.bands.${i}.upTo`)}
                    addButton={addId}
                    label={removeLabel(b + 1)}
                  >
                    {t('removeBand')}
                  </RemoveRowButton>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <div>
        <button
          id={addId}
          type="button"
          className="btn btn-secondary btn-sm"
          onClick={() => bands.append({ upTo: null, label: { nl: '', en: '' }, level: 'neutral' })}
        >
          {t('addBand')}
        </button>
      </div>
    </div>
  );
}

import { getFormatter, getTranslations } from 'next-intl/server';
import { BarChartSvg } from '@/app/_components/charts/bar-chart';
import { axisTicks } from '@/lib/charts/axis-ticks';
import { intlLocale } from '@/lib/i18n/locales';
import type { Locale } from '@/lib/instruments/types';
import type { ResultsModel } from '@/lib/intake/results';
import { dimensionValueFormat } from '@/lib/scoring/shown-dimension-value';
import { DimensionExplanations, type ExplanationCells } from './dimension-explanations';

type Props = { groups: ResultsModel['groups']; locale: Locale; ownScale: boolean };

/**
 * Per JD-R group the dimensions as bars, each with its plain-language explanation one click away. A custom
 * questionnaire shows each dimension on its own scale, as its manual and cut-offs read it: the mean of the answers, or
 * their sum for a sum-scored one (the 4DKL's, after recoding), on an axis as long as that value can be.
 */
export async function DimensionGroups({ groups, locale, ownScale }: Props) {
  const [t, ts, format] = await Promise.all([getTranslations('results'), getTranslations(), getFormatter()]);
  const own = (v: number) =>
    Number.isInteger(v) ? format.number(v) : format.number(v, { minimumFractionDigits: 2, maximumFractionDigits: 3 });
  // A 0–100 score as the flags above and the PDF write it: whole, or with a decimal where the whole number would
  // contradict the flag rule (a demand of 74.6, not flagged, reads "74,6", not "75").
  const hundred = dimensionValueFormat(intlLocale(locale));
  return (
    <>
      {groups.map(({ group, rows }) => {
        const bars = rows.map((r) => ({
          key: r.key,
          label: r.name[locale],
          value: r.result.status === 'scored' ? (ownScale ? r.reported.value : r.result.score) : null,
          group,
          // On its own scale a dimension's colour is its band's; one without cut-offs stays grey, so that it does not read
          // as the red (or orange, green) of a band that its group's colour resembles.
          ...(r.band ? { level: r.band.level } : ownScale ? { level: 'neutral' } : {}),
        }));
        const sums = rows.filter((r) => r.reported.sum);
        const banded = rows.filter((r) => r.band !== null).length;
        const domain = {
          min: Math.min(...rows.map((r) => r.reported.range.min)),
          max: Math.max(...rows.map((r) => r.reported.range.max)),
        };
        const detail = Object.fromEntries(rows.flatMap((r) => (r.band ? [[r.key, r.band.label[locale]]] : [])));
        const described = bars
          .map((b) => `${b.label} ${b.value === null ? ts('score.insufficient') : ownScale ? own(b.value) : hundred(b.value)}`)
          .join(', ');
        return (
          <section key={group} className="card flex flex-col gap-3" aria-labelledby={`group-${group}`} data-group={group}>
            <div>
              <h3 id={`group-${group}`} className="text-lg font-semibold">
                {t(`group.${group}.title`)}
              </h3>
              <p className="text-sm text-slate-700">{t(`group.${group}.intro`)}</p>
              {ownScale && (
                // The range the means are on: the answers as scored (a recoded questionnaire counts 3 and 4 as 2), as the axis.
                <p className="text-sm text-slate-600">
                  {sums.length === 0
                    ? t('ownScaleNote', { min: domain.min, max: domain.max })
                    : sums.length === rows.length
                      ? t('ownScaleSumNote')
                      : t('ownScaleMixedNote', { sums: sums.map((r) => r.name[locale]).join(', ') })}{' '}
                  {t('ownScaleColour', { banded: banded === rows.length ? 'all' : banded > 0 ? 'some' : 'none' })}
                </p>
              )}
            </div>
            <BarChartSvg
              id={`group-chart-${group}`}
              title={t(`group.${group}.title`)}
              description={described}
              rows={bars}
              missingText={ts('score.insufficient')}
              tableLabel={t('showTable')}
              headers={[t('dimension'), t('score')]}
              detail={detail}
              options={{
                // Room for the longest Dutch label ("Steun en coaching van de leidinggevende").
                width: 660,
                labelWidth: 310,
                ...(ownScale
                  ? { domain, ticks: axisTicks(domain.min, domain.max), referenceValue: undefined, formatValue: own }
                  : { formatValue: hundred }),
              }}
            />
            <DimensionExplanations
              summary={t('explainDimensions')}
              rows={rows.map(
                (r): ExplanationCells => [
                  r.key,
                  r.name[locale],
                  r.band ? r.band.label[locale] : null,
                  r.explanation[locale],
                  r.result.status === 'insufficient'
                    ? ts('score.insufficientDetail', { answered: r.result.answered, total: r.result.total })
                    : null,
                ],
              )}
            />
          </section>
        );
      })}
    </>
  );
}

import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { BarChartSvg } from '@/app/_components/charts/bar-chart';
import type { Comparison, IndexRow } from '@/lib/intake/results';
import { shownScores } from '@/lib/scoring/change';
import type { ReferencePoint } from '@/lib/scoring/profile';
import { shownNumberFormat } from '@/lib/scoring/shown-against';
import { shownIndexValue } from '@/lib/scoring/shown-index-value';

type Props = {
  indices: IndexRow[];
  previousDate: Date | null;
  comparison: Comparison;
  dimensionNames: Record<string, string>;
  /** The profile split the page states (the profile card's reference); the scale midpoint when not given. */
  split?: ReferencePoint;
};

/** Demands, resources, burnout and engagement on one 0–100 scale, and what changed since last time. */
export async function IndexOverview({ indices, previousDate, comparison, dimensionNames, split }: Props) {
  const [t, ts, format, locale] = await Promise.all([getTranslations('results'), getTranslations(), getFormatter(), getLocale()]);
  // Each index as shownIndexValue shows it: whole, or with a decimal where the whole number would contradict the
  // burnout signal (69.6 is no "70") or the profile split the page states (a demands index of 50.4 is no "50", which
  // counts as low). The bar ends at the value written beside it (at most half a point from the score).
  const number = shownNumberFormat(locale);
  const rows = indices.map((i) => ({
    key: i.key,
    label: ts(`index.name.${i.key}`),
    value: i.result.status === 'scored' ? shownIndexValue(i.key, i.result.score, split) : null,
    group: i.key,
  }));
  const scored = rows.filter((r) => r.value !== null);
  return (
    <section className="card flex flex-col gap-4" aria-labelledby="indices-title">
      <div>
        <h3 id="indices-title" className="text-lg font-semibold">
          {t('indicesTitle')}
        </h3>
        <p className="text-sm text-slate-700">{t('indicesIntro')}</p>
        <details className="mt-1 text-sm" data-testid="index-components">
          <summary className="cursor-pointer text-brand-700 hover:underline">{t('componentsTitle')}</summary>
          <ul className="mt-1 flex flex-col gap-1 text-slate-700">
            {indices.map((i) => (
              <li key={i.key}>
                <span className="font-medium">{ts(`index.name.${i.key}`)}</span>:{' '}
                {i.components
                  .map((k) => {
                    const name = dimensionNames[k] ?? k;
                    const weight = i.weights[k] ?? 1;
                    return weight === 1 ? name : t('componentWeighted', { name, weight });
                  })
                  .join(', ')}
              </li>
            ))}
          </ul>
        </details>
      </div>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <BarChartSvg
          id="indices"
          title={t('indicesTitle')}
          description={t('indicesDescription', {
            list: scored.map((r) => `${r.label} ${number(r.value as number)}`).join(', ') || ts('score.insufficient'),
          })}
          rows={rows}
          options={{ formatValue: number }}
          missingText={ts('score.insufficient')}
          tableLabel={t('showTable')}
          headers={[t('index'), t('score')]}
        />
        <div className="flex flex-col gap-2" data-testid="change-since">
          <h4 className="font-semibold">
            {previousDate ? t('changeTitle', { date: format.dateTime(previousDate, { dateStyle: 'medium' }) }) : t('changeTitleFirst')}
          </h4>
          {comparison.status === 'not_comparable' ? (
            <p className="text-sm text-slate-700" data-testid="change-not-comparable">
              {t(`changeNotComparable.${comparison.reason}`)}
            </p>
          ) : previousDate ? (
            <table className="w-full max-w-xl text-left text-sm">
              <thead>
                <tr className="border-b border-slate-200 text-slate-600">
                  <th scope="col" className="py-1 pr-4 font-medium">
                    {t('index')}
                  </th>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    {t('previous')}
                  </th>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    {t('now')}
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    {t('change')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {indices.map((i) => {
                  // Each score on its own: one measurement without a score for this index leaves the other's to show. The
                  // change is the difference of the values shown, so the row adds up (see shownChange).
                  const c = shownScores(i.previous ?? null, i.result.status === 'scored' ? i.result.score : null, i.key, split);
                  const delta = c.delta;
                  return (
                    <tr key={i.key} className="border-b border-slate-100">
                      <th scope="row" className="py-1.5 pr-4 font-normal">
                        {ts(`index.name.${i.key}`)}
                      </th>
                      <td className="py-1.5 pr-4 tabular-nums">{c.from === null ? '—' : number(c.from)}</td>
                      <td className="py-1.5 pr-4 tabular-nums">{c.to === null ? '—' : number(c.to)}</td>
                      <td className="py-1.5 tabular-nums">
                        {delta === null
                          ? // Like with like, but one of the two has too few answers for a score: that is what is missing.
                            c.from === null || c.to === null
                            ? t('changeNoScore')
                            : t('changeUnknown')
                          : delta === 0
                            ? t('changeNone')
                            : delta > 0
                              ? t('changeUp', { delta: number(delta) })
                              : t('changeDown', { delta: number(-delta) })}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ) : (
            <p className="text-sm text-slate-700">{t('changeFirst')}</p>
          )}
        </div>
      </div>
    </section>
  );
}

import { getFormatter, getTranslations } from 'next-intl/server';
import { TrendChartSvg } from '@/app/_components/charts/trend-chart';
import { axisTicks } from '@/lib/charts/axis-ticks';
import { seriesStyles } from '@/lib/charts/colors';
import type { Instrument, Locale } from '@/lib/instruments/types';
import { scoringOf } from '@/lib/intake/own-scale';
import type { OwnScaleTrend } from '@/lib/intake/trend';

type Props = {
  id: string;
  instrument: Instrument;
  trend: OwnScaleTrend;
  count: number;
  title: string;
  dateLabels: Record<string, string>;
  locale: Locale;
  /** Below the chart of the indices: a rule between the two. */
  afterIndices: boolean;
};

/**
 * A questionnaire's dimensions over time on its own scale (the mean, or the sum its manual counts), as the results page
 * shows each measurement: a symptom list that feeds no 0–100 index has a trend too.
 */
export async function OwnScaleTrendChart({ id, instrument, trend, count, title, dateLabels, locale, afterIndices }: Props) {
  const [t, ts, format] = await Promise.all([getTranslations('measurements'), getTranslations(), getFormatter()]);
  const value = (_key: string, v: number) =>
    Number.isInteger(v) ? format.number(v) : format.number(v, { minimumFractionDigits: 2, maximumFractionDigits: 3 });
  const names = Object.fromEntries(instrument.dimensions.map((d) => [d.key, d.name[locale] || d.name.nl || d.name.en]));
  return (
    <div className={afterIndices ? 'flex flex-col gap-2 border-t border-slate-200 pt-3' : 'flex flex-col gap-2'}>
      <p className="text-sm text-slate-600">
        {t('trendOwnScaleIntro', {
          scoring: scoringOf(instrument.dimensions),
          min: trend.domain.min,
          max: trend.domain.max,
        })}
      </p>
      <TrendChartSvg
        id={id}
        title={title}
        description={t('trendOwnScaleDescription', { count, min: trend.domain.min, max: trend.domain.max })}
        series={trend.series}
        seriesNames={names}
        dateLabels={dateLabels}
        missingText={ts('score.insufficient')}
        tableLabel={t('showTable')}
        firstHeader={t('trendDimension')}
        formatValue={value}
        scale={{ domain: trend.domain, ticks: axisTicks(trend.domain.min, trend.domain.max) }}
        styles={seriesStyles(trend.series.map((s) => s.key))}
      />
    </div>
  );
}

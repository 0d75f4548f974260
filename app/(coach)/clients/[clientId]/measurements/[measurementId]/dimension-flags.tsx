import { getTranslations } from 'next-intl/server';
import { intlLocale } from '@/lib/i18n/locales';
import type { Locale } from '@/lib/instruments/types';
import type { ResultsModel } from '@/lib/intake/results';
import { DEMAND_FLAG_AT, RESOURCE_FLAG_AT } from '@/lib/scoring/flags';
import { dimensionValueFormat } from '@/lib/scoring/shown-dimension-value';

type Props = { flags: ResultsModel['flags']; locale: Locale };

/** Every extreme dimension named with its score: a mean of many components must not hide three at the maximum. */
export async function DimensionFlags({ flags, locale }: Props) {
  const t = await getTranslations('results');
  if (flags.length === 0) return null;
  // As the bars below write it (dimension-groups.tsx): a flagged score never reads as unflagged.
  const score = dimensionValueFormat(intlLocale(locale));
  return (
    <section className="card flex flex-col gap-2 border-amber-300" aria-labelledby="flags-title" data-testid="dimension-flags">
      <h3 id="flags-title" className="text-lg font-semibold">
        {t('flagsTitle', { count: flags.length })}
      </h3>
      <p className="text-sm text-slate-700">{t('flagsIntro', { demandAt: DEMAND_FLAG_AT, resourceAt: RESOURCE_FLAG_AT })}</p>
      <ul className="list-disc gap-x-8 pl-5 sm:columns-2 [&>li]:mb-1 [&>li]:break-inside-avoid">
        {flags.map((f) => (
          <li key={f.dimension} data-flag={f.dimension} data-kind={f.kind}>
            {t(flagKey(f), { name: f.name[locale], score: score(f.score) })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Which kind of dimension it is, as the groups below name it: a personal resource is no resource of the work. */
function flagKey(f: Props['flags'][number]) {
  if (f.kind === 'high_demand') return 'flagHighDemand';
  return f.group === 'personal_resources' ? 'flagLowPersonalResource' : 'flagLowResource';
}

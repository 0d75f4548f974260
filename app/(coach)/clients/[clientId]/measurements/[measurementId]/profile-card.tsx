import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { QuadrantPlotSvg } from '@/app/_components/charts/quadrant-plot';
import type { QuadrantPoint } from '@/lib/charts/geometry';
import { type ChosenReference, MIN_MEDIAN_CLIENTS } from '@/lib/intake/reference';
import type { ComponentSet } from '@/lib/scoring/component-sets';
import { describeReference, PROFILE_KEYS, type Profile, type ProfileKey, referencePoint, shownProfileValue } from '@/lib/scoring/profile';

type Props = {
  profile: Profile | null;
  chosen: ChosenReference;
  points: QuadrantPoint[];
  baseHref: string;
  componentSet: { used: ComponentSet; requested: ComponentSet };
  leftOut: Array<{ name: string; mirror: string }>;
};

/**
 * The four-profile split of seed 003 (demands × work resources): where the client stands, which split
 * was used and which component set built the two indices (both always stated).
 */
export async function ProfileCard({ profile, chosen, points, baseHref, componentSet, leftOut }: Props) {
  const [t, ts, locale] = await Promise.all([getTranslations('results'), getTranslations(), getLocale()]);
  const reference = describeReference(chosen.reference);
  const quadrantLabels = Object.fromEntries(PROFILE_KEYS.map((k) => [k, ts(`profile.short.${k}`)])) as Record<ProfileKey, string>;
  const isMedian = chosen.reference.kind === 'practice_median';
  // As precise as the split beside them (50, or a practice median such as 47.9), and never on its other side than the
  // profile says (50.04 is "50,1" under "high demands": exactly on the split counts as low).
  const demands = (n: number) => shownProfileValue(n, profile?.split.demands);
  const resources = (n: number) => shownProfileValue(n, profile?.split.resources);

  return (
    <section
      className="card grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]"
      aria-labelledby="profile-title"
      data-profile={profile?.key ?? 'none'}
    >
      <div className="order-2 lg:order-1">
        <QuadrantPlotSvg
          id="quadrant"
          title={t('quadrantTitle')}
          description={
            profile
              ? t('quadrantDescription', {
                  demands: demands(profile.demands),
                  resources: resources(profile.resources),
                  profile: ts(`profile.name.${profile.key}`),
                  count: points.length,
                })
              : ts('profile.none')
          }
          points={points}
          reference={referencePoint(chosen.reference)}
          locale={locale}
          quadrantLabels={quadrantLabels}
          axisLabels={{ demands: ts('index.name.demands'), resources: ts('index.name.work_resources') }}
          tableLabel={t('showTable')}
          headers={[t('measurement'), ts('index.name.demands'), ts('index.name.work_resources')]}
        />
      </div>
      <div className="order-1 flex flex-col gap-3 lg:order-2">
        <p className="text-sm font-medium uppercase tracking-wide text-brand-800">{t('profileTitle')}</p>
        <h3 id="profile-title" className="text-xl font-semibold" data-testid="profile-name">
          {profile ? ts(`profile.name.${profile.key}`) : ts('profile.none')}
        </h3>
        {profile && (
          <>
            <p className="text-sm text-slate-700">
              {t('profileScores', { demands: demands(profile.demands), resources: resources(profile.resources) })}
            </p>
            <p className="leading-relaxed text-slate-800">{ts(`profile.explanation.${profile.key}`)}</p>
          </>
        )}
        <div className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700" data-testid="profile-reference">
          <p>
            <span className="font-medium">{t('referenceLabel')}</span> {ts(reference.key, reference.params)}. {ts('reference.edgeRule')}
          </p>
          <nav aria-label={t('referenceToggle')} className="mt-2 flex flex-wrap gap-2">
            <Link
              href={`${baseHref}?ref=midpoint`}
              aria-current={!isMedian ? 'true' : undefined}
              className="btn btn-ghost btn-sm border border-slate-300 bg-white aria-[current=true]:border-brand-700 aria-[current=true]:bg-brand-50 aria-[current=true]:font-semibold aria-[current=true]:text-brand-800"
              scroll={false}
            >
              {t('useMidpoint')}
            </Link>
            {chosen.medianAvailable ? (
              <Link
                href={`${baseHref}?ref=median`}
                aria-current={isMedian ? 'true' : undefined}
                className="btn btn-ghost btn-sm border border-slate-300 bg-white aria-[current=true]:border-brand-700 aria-[current=true]:bg-brand-50 aria-[current=true]:font-semibold aria-[current=true]:text-brand-800"
                scroll={false}
              >
                {t('useMedian', { n: chosen.clients })}
              </Link>
            ) : (
              <span className="self-center text-slate-600">{t('medianUnavailable', { min: MIN_MEDIAN_CLIENTS, n: chosen.clients })}</span>
            )}
          </nav>
          <p className="mt-2" data-testid="profile-components" data-set={componentSet.used}>
            <span className="font-medium">{t('componentSetLabel')}</span> {t(`componentSet.${componentSet.used}`)}.{' '}
            {componentSet.used !== componentSet.requested && t('componentSetFallback')}
          </p>
          {leftOut.length > 0 && (
            <p className="mt-1">
              {t('leftOutNote', { list: leftOut.map((l) => t('leftOutItem', { name: l.name, mirror: l.mirror })).join('; ') })}
            </p>
          )}
        </div>
        <p className="text-sm text-slate-600">{ts('profile.disclaimer')}</p>
      </div>
    </section>
  );
}

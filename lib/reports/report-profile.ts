import type { QuadrantPoint } from '../charts/quadrant-plot';
import type { Translate } from '../i18n/translator';
import type { ComponentSet } from '../scoring/component-sets';
import { PROFILE_KEYS, type Profile, type ProfileKey, profileSplitValue, shownProfileValue } from '../scoring/profile';
import type { ReportProfile } from './types';

/**
 * The profile as the report shows it. The two indices are kept as precise as the split beside them, as on the coach's
 * results page (shownProfileValue): a demands index of 50.3 read "50" beside a split at 50 and a "high demands"
 * profile, which the edge rule (exactly on the split counts as low) contradicts.
 */
export function reportProfile(
  profile: Profile | null,
  context: { componentSet: ComponentSet; path: QuadrantPoint[] },
  t: Translate,
): ReportProfile | null {
  if (!profile) return null;
  // In the client's words, not the results page's method notes: what high and low are measured against, and what the
  // two scores are made of (the issue asks the report to state both).
  const reference = profile.reference;
  return {
    profileKey: profile.key,
    profileLabel: t(`profile.name.${profile.key}`),
    demands: shownProfileValue(profile.demands, profile.split.demands),
    resources: shownProfileValue(profile.resources, profile.split.resources),
    referenceLabel:
      reference.kind === 'midpoint'
        ? t('reports.client.referenceMidpoint')
        : t('reports.client.referencePracticeMedian', {
            demands: profileSplitValue(reference.demands),
            resources: profileSplitValue(reference.resources),
          }),
    componentsLabel: t(context.componentSet === 'azw' ? 'reports.client.componentsAzw' : 'reports.client.componentsJdrWide'),
    quadrantLabels: Object.fromEntries(PROFILE_KEYS.map((k) => [k, t(`profile.short.${k}`)])) as Record<ProfileKey, string>,
    reference: { demands: profile.split.demands, resources: profile.split.resources },
    path: context.path,
  };
}

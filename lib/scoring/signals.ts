import type { Instrument, Locale } from '../instruments/types';
import { type IndexChanges, shownChange } from './change';
import { indexScore } from './indices';
import type { Profile, ReferencePoint } from './profile';
import { shownIndexValue } from './shown-index-value';
import { shownProfileValue } from './shown-value';
import { BURNOUT_HIGH_THRESHOLD, isSharpChange, SHARP_CHANGE_RULES } from './signal-thresholds';
import type { MeasurementScores } from './types';

// The thresholds live in ./signal-thresholds.ts, where the shown values (./shown-index-value.ts, ./change.ts) read them.
export { BURNOUT_HIGH_THRESHOLD, isSharpChange, SHARP_CHANGE_RULES, SHARP_DROP_POINTS, SHARP_RISE_POINTS } from './signal-thresholds';

export type SignalKey = 'risk_profile' | 'burnout_high' | 'sharp_change';

export interface Signal {
  key: SignalKey;
  /** Translation key (texts in ./messages.ts). */
  reason: string;
  params: Record<string, string | number>;
  /** Set when the signal is about one subscale; `params.subscale` then holds its key (see localizeSignalParams). */
  dimension?: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The indices and the split as the profile card writes them beside the profile (shownProfileValue against the split,
 * which is used to one decimal), so a demands index of 50.04 is no "50" (on the split: low) in a "high demands" text.
 */
export function riskProfileSignal(profile: Profile | null): Signal[] {
  if (profile?.key !== 'high_demands_low_resources') return [];
  return [
    {
      key: 'risk_profile',
      reason: 'signal.riskProfile',
      params: {
        demands: shownProfileValue(profile.demands, profile.split.demands),
        resources: shownProfileValue(profile.resources, profile.split.resources),
        splitDemands: profile.split.demands,
        splitResources: profile.split.resources,
      },
    },
  ];
}

/**
 * The banded dimensions that speak for burnout: those that feed the burnout index, and a total scored over nothing but
 * them (the BAT total). A symptom list (4DKL: distress, depression, anxiety, somatisation) is not burnout, and neither is
 * a subscale the coach left out of the index: their red band raises no burnout signal, whatever group a stored
 * definition gives them (a custom 4DKL made from the template before the `symptoms` group existed files them as burnout).
 */
function burnoutBanded(instrument: Instrument) {
  const components = new Set(instrument.indices.burnout ?? []);
  const speaksForBurnout = (d: Instrument['dimensions'][number]) =>
    d.itemsFrom ? d.itemsFrom.length > 0 && d.itemsFrom.every((k) => components.has(k)) : components.has(d.key);
  return instrument.dimensions.filter((d) => d.bands && d.bands.length > 0 && speaksForBurnout(d));
}

/**
 * When the instrument's burnout dimensions carry cut-off bands (custom instruments such as the BAT), any of them in a
 * red band is a signal (see burnoutBanded: only what feeds the burnout index, or its total). Otherwise the burnout index
 * is compared with BURNOUT_HIGH_THRESHOLD (inclusive). Stored at completion for the dashboard: a change bumps
 * SCORING_RULES_VERSION (./version.ts).
 */
export function burnoutSignals(instrument: Instrument, scores: MeasurementScores): Signal[] {
  const banded = burnoutBanded(instrument);
  if (banded.length > 0) {
    const bandedKeys = new Set(banded.map((d) => d.key));
    return scores.subscales.flatMap((s): Signal[] =>
      bandedKeys.has(s.key) && s.result.status === 'scored' && s.band?.level === 'red'
        ? [
            {
              key: 'burnout_high',
              reason: 'signal.burnoutBandRed',
              // The reported value: the sum for a sum-scored subscale, else the mean, as the bands use it.
              params: { subscale: s.key, value: round2(s.value ?? s.result.mean) },
              dimension: s.key,
            },
          ]
        : [],
    );
  }
  const score = indexScore(scores.indices, 'burnout');
  if (score === null || score < BURNOUT_HIGH_THRESHOLD) return [];
  // As the index overview shows it (shownIndexValue): never below the threshold it is compared with.
  const params = { score: shownIndexValue('burnout', score), threshold: BURNOUT_HIGH_THRESHOLD };
  return [{ key: 'burnout_high', reason: 'signal.burnoutHigh', params }];
}

/**
 * Sharp changes since the previous measurement. `change` must come from changeBetween (like with like:
 * same instrument key and index components); analyseMeasurement and buildResults pass null otherwise,
 * so an intake followed by a check-in never raises a "sharp change". The values named are those of the index
 * overview's change table (shownChange, against the profile split `split`, the midpoint when not given): the same
 * numbers, and a named difference never below the sharp-change threshold.
 */
export function sharpChangeSignals(change: IndexChanges | null | undefined, split?: ReferencePoint): Signal[] {
  if (!change) return [];
  return SHARP_CHANGE_RULES.flatMap(({ index, direction }): Signal[] => {
    const c = change[index];
    if (!c || !isSharpChange(index, c.delta)) return [];
    const shown = shownChange(c, index, split);
    return [
      {
        key: 'sharp_change',
        reason: direction === 'drop' ? `signal.sharpDrop.${index}` : `signal.sharpRise.${index}`,
        params: { index, from: shown.from, to: shown.to, delta: Math.abs(shown.delta) },
      },
    ];
  });
}

export function computeSignals(input: {
  instrument: Instrument;
  scores: MeasurementScores;
  profile: Profile | null;
  change?: IndexChanges | null;
}): Signal[] {
  return [
    ...riskProfileSignal(input.profile),
    ...burnoutSignals(input.instrument, input.scores),
    ...sharpChangeSignals(input.change, input.profile?.split),
  ];
}

/** Params ready for display: a subscale key is replaced by the subscale's name in `locale`. */
export function localizeSignalParams(signal: Signal, instrument: Instrument, locale: Locale): Signal['params'] {
  if (!signal.dimension) return signal.params;
  const dimension = instrument.dimensions.find((d) => d.key === signal.dimension);
  return dimension ? { ...signal.params, subscale: dimension.name[locale] } : signal.params;
}

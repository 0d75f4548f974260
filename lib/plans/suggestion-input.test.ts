import { describe, expect, it } from 'vitest';
import { jdrIntakeV1 } from '../instruments';
import { allItems } from '../instruments/types';
import { scoresForStorage } from '../intake/stored-scores';
import { AZW_COMPONENTS } from '../scoring/component-sets';
import { scoreMeasurement } from '../scoring/score';
import type { Answers } from '../scoring/types';
import { suggestionInputFromScores } from './suggestion-input';
import { suggestInterventions } from './suggestions';

// The seed-003 (AZW) demands at their heaviest and its resources at their weakest, every other demand light and every
// other work resource strong: the risk profile under the AZW set, not under the wide one.
const instrument = jdrIntakeV1;
const azw = new Set([...AZW_COMPONENTS.demands, ...AZW_COMPONENTS.work_resources]);
const groupOf = new Map(instrument.dimensions.map((d) => [d.key, d.group]));
const answers: Record<string, number> = {};
for (const item of allItems(instrument)) {
  const group = groupOf.get(item.dimension);
  const high = group === 'job_demands' ? azw.has(item.dimension) : group === 'work_resources' ? !azw.has(item.dimension) : true;
  answers[item.key] = high !== item.reverse ? instrument.scale.max : instrument.scale.min;
}
// Stored at completion while the practice used the wide set (the default).
const stored = scoresForStorage(scoreMeasurement(instrument, answers as Answers, 'jdr_wide'), instrument);

describe('suggestionInputFromScores', () => {
  it('reads the profile and indices under the practice’s current component set, not the one stored at completion', () => {
    const wide = suggestionInputFromScores(instrument, stored, 'jdr_wide');
    const seed003 = suggestionInputFromScores(instrument, stored, 'azw');
    expect(wide?.profile).not.toBe('high_demands_low_resources');
    expect(seed003?.profile).toBe('high_demands_low_resources');
    expect(seed003?.indices).toMatchObject({ demands: 100, work_resources: 0 });
    // The dimension flags do not depend on the set.
    expect(seed003?.flags).toEqual(wide?.flags);
  });

  it('so the tripartite meeting is suggested for the risk profile the results page shows', () => {
    const reasonsOf = (set: 'jdr_wide' | 'azw') =>
      suggestInterventions(suggestionInputFromScores(instrument, stored, set)!).find((s) => s.intervention.key === 'tripartite_meeting')
        ?.reasons ?? [];
    expect(reasonsOf('azw')).toContainEqual({ key: 'reason.riskProfile', params: { demands: 100, resources: 0 } });
    expect(reasonsOf('jdr_wide').map((r) => r.key)).not.toContain('reason.riskProfile');
  });

  it('gives nothing without stored dimension scores', () => {
    expect(suggestionInputFromScores(instrument, null, 'azw')).toBeNull();
    expect(suggestionInputFromScores(instrument, { indices: {} }, 'azw')).toBeNull();
  });
});

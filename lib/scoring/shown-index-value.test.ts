import { describe, expect, it } from 'vitest';
import { classifyProfile, SCALE_MIDPOINT } from './profile';
import { indexValueFormat, shownIndexValue } from './shown-index-value';
import { ENGAGEMENT_HIGH_THRESHOLD } from './signal-thresholds';
import { BURNOUT_HIGH_THRESHOLD } from './signals';

const midpoint = { demands: SCALE_MIDPOINT, resources: SCALE_MIDPOINT };
const median = { demands: 47.85, resources: 55.2 };

describe('shownIndexValue', () => {
  it('never shows a burnout index without the signal as the threshold: 69.6 reads "69,6", not "70"', () => {
    expect(BURNOUT_HIGH_THRESHOLD).toBe(70);
    expect(shownIndexValue('burnout', 69.6)).toBe(69.6);
    expect(shownIndexValue('burnout', 69.5)).toBe(69.5);
    expect(shownIndexValue('burnout', 69.96)).toBe(69.9);
    // With the signal, and far from it: whole.
    expect(shownIndexValue('burnout', 70)).toBe(70);
    expect(shownIndexValue('burnout', 70.4)).toBe(70);
    expect(shownIndexValue('burnout', 69.4)).toBe(69);
    expect(shownIndexValue('burnout', 49.6)).toBe(50);
  });

  it('never shows job demands or work resources on the other side of the split, or on it when the profile says high', () => {
    // Against the midpoint (the default): 50.4 is high, "50" would read as on the split (low).
    expect(shownIndexValue('demands', 50.4)).toBe(50.4);
    expect(shownIndexValue('work_resources', 50.4, midpoint)).toBe(50.4);
    expect(shownIndexValue('demands', 50.01)).toBe(50.1);
    // Low and reading as on the split: low either way.
    expect(shownIndexValue('demands', 49.6)).toBe(50);
    expect(shownIndexValue('demands', 50.6)).toBe(51);
    // Against a practice median: 47.8 is low (47.85), "48" would be above it; 50.4 is high either way.
    expect(shownIndexValue('demands', 47.8, median)).toBe(47.8);
    expect(shownIndexValue('demands', 47.9, median)).toBe(48);
    expect(shownIndexValue('demands', 50.4, median)).toBe(50);
    expect(shownIndexValue('work_resources', 55.4, median)).toBe(55.4);
    expect(shownIndexValue('work_resources', 54.8, median)).toBe(55);
    expect(shownIndexValue('work_resources', 55.8, median)).toBe(56);
  });

  it('never shows engagement across 60, from where the client report says "a good deal of engagement"', () => {
    expect(ENGAGEMENT_HIGH_THRESHOLD).toBe(60);
    expect(shownIndexValue('engagement', 59.6)).toBe(59.6);
    expect(shownIndexValue('engagement', 59.96)).toBe(59.9);
    expect(shownIndexValue('engagement', 60.4)).toBe(60);
    expect(shownIndexValue('engagement', 59.4)).toBe(59);
  });

  it('rounds the indices without a threshold whole, and the others away from theirs', () => {
    expect(shownIndexValue('engagement', 69.6)).toBe(70);
    expect(shownIndexValue('personal_resources', 50.4)).toBe(50);
  });

  it('puts every score on the side of the profile and the signal that the score is on, over 0–100 in steps of 0.01', () => {
    for (const split of [midpoint, median]) {
      for (let i = 0; i <= 10_000; i++) {
        const score = i / 100;
        const demands = shownIndexValue('demands', score, split);
        const resources = shownIndexValue('work_resources', score, split);
        expect(classifyProfile(demands, resources, split), `${score} → ${demands} / ${resources}`).toBe(
          classifyProfile(score, score, split),
        );
        expect(shownIndexValue('burnout', score) >= BURNOUT_HIGH_THRESHOLD, `${score}`).toBe(score >= BURNOUT_HIGH_THRESHOLD);
        expect(shownIndexValue('engagement', score) >= ENGAGEMENT_HIGH_THRESHOLD, `${score}`).toBe(score >= ENGAGEMENT_HIGH_THRESHOLD);
        expect(Math.abs(demands - score)).toBeLessThanOrEqual(0.5);
      }
    }
  });
});

describe('indexValueFormat', () => {
  it('writes the shown value in the locale: a comma in Dutch, a point in English', () => {
    const nl = indexValueFormat('nl-NL');
    const en = indexValueFormat('en-GB');
    expect([nl('burnout', 69.6), nl('burnout', 70.4), nl('demands', 50.4), nl('engagement', 69.6)]).toEqual(['69,6', '70', '50,4', '70']);
    expect([en('burnout', 69.6), en('demands', 50.4)]).toEqual(['69.6', '50.4']);
    expect(indexValueFormat('nl-NL', median)('demands', 47.8)).toBe('47,8');
  });
});

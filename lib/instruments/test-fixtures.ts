import { type CustomInstrumentInput, customInstrumentSchema } from './custom-schema';
import { customToInstrument } from './custom-to-instrument';
import type { Group, Instrument } from './types';

/**
 * A BAT-like definition as a licensed coach would enter it: item texts are placeholders
 * (the real wording is copyrighted), the cut-offs are the published exhaustion/distance ones.
 */
export function batLikeInput(): CustomInstrumentInput {
  const items = (subscale: string, n: number, reverseFirst = false) =>
    Array.from({ length: n }, (_, i) => ({
      key: `${subscale}_${i + 1}`,
      text: { nl: `Vraag ${i + 1} over ${subscale}`, en: '' },
      subscale,
      reverse: reverseFirst && i === 0,
    }));
  const bands = (green: number, orange: number) => [
    { upTo: green, label: { nl: 'Laag', en: 'Low' }, level: 'green' as const },
    { upTo: orange, label: { nl: 'Verhoogd', en: 'Raised' }, level: 'orange' as const },
    { upTo: null, label: { nl: 'Hoog', en: 'High' }, level: 'red' as const },
  ];
  return {
    name: { nl: 'Burn-outvragenlijst (licentie)', en: '' },
    scale: {
      min: 1,
      max: 5,
      labels: [
        { value: 1, nl: 'Nooit', en: 'Never' },
        { value: 5, nl: 'Altijd', en: 'Always' },
      ],
    },
    subscales: [
      { key: 'exhaustion', name: { nl: 'Uitputting', en: 'Exhaustion' }, group: 'burnout', bands: bands(3.05, 3.3) },
      { key: 'distance', name: { nl: 'Mentale distantie', en: 'Mental distance' }, group: 'burnout', bands: bands(2.49, 3.09) },
      { key: 'vigour', name: { nl: 'Vitaliteit', en: '' }, group: 'engagement' },
    ],
    items: [...items('exhaustion', 4), ...items('distance', 3), ...items('vigour', 3, true)],
  };
}

/**
 * A custom questionnaire on a 0–10 scale with `items` items per subscale (keys `<subscale>_<n>`): with 50 items a
 * subscale's 0–100 score can be set to a tenth (23 answers of 8 and 27 of 7 make 74.6), for the values beside a rule.
 */
export function zeroToTenInstrument(
  subscales: ReadonlyArray<{ key: string; name: { nl: string; en: string }; group: Group; items: number }>,
): Instrument {
  const items = subscales.flatMap(({ key, items: n }) =>
    Array.from({ length: n }, (_, i) => ({ key: `${key}_${i + 1}`, text: { nl: `${key} ${i + 1}`, en: '' }, subscale: key })),
  );
  return customToInstrument(
    customInstrumentSchema.parse({
      name: { nl: 'Werkbeleving', en: '' },
      scale: { min: 0, max: 10 },
      subscales: subscales.map(({ key, name, group }) => ({ key, name, group })),
      items,
    }),
    { key: 'werkbeleving', version: 1 },
  );
}

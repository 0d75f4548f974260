import type { CustomInstrumentInput } from './custom-schema';

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

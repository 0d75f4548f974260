import { customInstrumentSchema, customToInstrument } from '../instruments';
import { allItems, type Instrument } from '../instruments/types';
import type { AnswerMap } from './answers';
import { instrumentTemplate, withEditorDefaults } from './instrument-templates';

/** For tests: the 4DKL template as a practice would save it (its licensed questions get stand-in wording). */
export function fourDklInstrument(): Instrument {
  const template = withEditorDefaults(instrumentTemplate('fourDkl'));
  const filled = {
    ...template,
    items: template.items.map((item, n) => ({ ...item, text: { nl: `Vraag ${n + 1}`, en: `Question ${n + 1}` } })),
  };
  return customToInstrument(customInstrumentSchema.parse(filled), { key: 'vierdkl', version: 1 });
}

/** Answers with a distress sum of 21 ("sterk verhoogd"): ten "vaak" (3, counted as 2) and one "soms" (1); the rest 0. */
export function distressSum21(instrument: Instrument): AnswerMap {
  const distress = allItems(instrument).filter((i) => i.dimension === 'distress');
  return Object.fromEntries(
    allItems(instrument).map((i) => {
      const n = distress.indexOf(i);
      return [i.key, { value: n >= 0 && n < 10 ? 3 : n === 10 ? 1 : 0, text: null, note: null }];
    }),
  );
}

import type { CustomInstrumentDefinition } from './custom-schema';
import { indicesFromGroups, type Dimension, type Instrument, type Localized } from './types';

function fill(text: { nl: string; en: string } | undefined): Localized {
  const nl = text?.nl ?? '';
  const en = text?.en ?? '';
  return { nl: nl || en, en: en || nl };
}

/**
 * Turns a validated custom definition into the same `Instrument` shape the built-in ones use.
 * Identity (key, version) comes from storage, not from the coach's form.
 * A missing language is filled from the other; an open last band is closed at the scale maximum.
 * Indices are built from the subscale groups (all job_demands subscales feed the demands index, etc.).
 */
export function customToInstrument(
  def: CustomInstrumentDefinition,
  identity: { key: string; version: number },
): Instrument {
  const { min, max } = def.scale;
  const dimensions: Dimension[] = def.subscales.map((s) => ({
    key: s.key,
    name: fill(s.name),
    group: s.group,
    explanation: fill(s.explanation),
    ...(s.bands.length > 0
      ? { bands: s.bands.map((b) => ({ upTo: b.upTo ?? max, label: fill(b.label), level: b.level })) }
      : {}),
  }));
  const name = fill(def.name);
  return {
    key: identity.key,
    version: identity.version,
    origin: 'custom',
    name,
    description: fill(def.description),
    scale: {
      min,
      max,
      labels: def.scale.labels.map((l) => {
        const text = fill(l);
        return { value: l.value, nl: text.nl, en: text.en };
      }),
    },
    sections: [
      {
        key: 'items',
        title: name,
        items: def.items.map((i) => ({ key: i.key, text: fill(i.text), dimension: i.subscale, reverse: i.reverse })),
      },
    ],
    openQuestions: def.openQuestions.map((q) => ({ key: q.key, text: fill(q.text) })),
    dimensions,
    indices: indicesFromGroups(dimensions),
  };
}

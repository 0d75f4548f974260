import { type CustomInstrumentDefinition, reportedRange, TOTAL_KEY } from './custom-schema';
import { type Band, type Dimension, type Instrument, indicesFromGroups, type Localized } from './types';

function fill(text: { nl: string; en: string } | undefined): Localized {
  const nl = text?.nl ?? '';
  const en = text?.en ?? '';
  return { nl: nl || en, en: en || nl };
}

type BandInput = CustomInstrumentDefinition['subscales'][number]['bands'];

/** An open last band is closed at the top of the range the value can take (the scale, or the highest sum). */
function toBands(bands: BandInput, max: number): { bands?: Band[] } {
  return bands.length > 0 ? { bands: bands.map((b) => ({ upTo: b.upTo ?? max, label: fill(b.label), level: b.level })) } : {};
}

/**
 * Turns a validated custom definition into the same `Instrument` shape the built-in ones use.
 * Identity (key, version) comes from storage, not from the coach's form.
 * A missing language is filled from the other; an open last band is closed at the maximum.
 * Indices are built from the subscale groups (all job_demands subscales feed the demands index, etc.),
 * leaving out subscales marked as feeding no index. A total becomes one more dimension, scored over every
 * item, that feeds no index (its subscales already do). Its group only says where the results page shows it
 * (beside the first subscale); it is never flagged as a demand or resource, since flags follow the indices a
 * dimension feeds (lib/scoring/flags.ts).
 */
export function customToInstrument(def: CustomInstrumentDefinition, identity: { key: string; version: number }): Instrument {
  const { min, max } = def.scale;
  // Definitions stored before these options existed parse with their defaults; `?? ` keeps older objects safe too.
  const recode = def.recode ?? [];
  const itemCount = (key: string) => def.items.filter((i) => i.subscale === key).length;
  const dimensions: Dimension[] = def.subscales.map((s) => {
    const scoring = s.scoring ?? 'mean';
    return {
      key: s.key,
      name: fill(s.name),
      group: s.group,
      explanation: fill(s.explanation),
      ...toBands(s.bands, reportedRange({ scale: def.scale, recode }, scoring, itemCount(s.key)).max),
      ...(s.feedsIndex === false ? { feedsIndex: false } : {}),
      ...(scoring === 'sum' ? { scoring } : {}),
    };
  });
  if (def.total && dimensions.length > 0) {
    const scoring = def.total.scoring ?? 'mean';
    dimensions.push({
      key: TOTAL_KEY,
      name: fill(def.total.name),
      group: dimensions[0]!.group,
      explanation: { nl: '', en: '' },
      ...toBands(def.total.bands, reportedRange({ scale: def.scale, recode }, scoring, def.items.length).max),
      feedsIndex: false,
      itemsFrom: def.subscales.map((s) => s.key),
      ...(scoring === 'sum' ? { scoring } : {}),
    });
  }
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
    ...(recode.length > 0 ? { recode: recode.map((r) => ({ from: r.from, to: r.to })) } : {}),
  };
}

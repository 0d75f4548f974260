import { type CustomInstrumentDefinition, reportedRange, storedSubscaleGroup, TOTAL_KEY } from './custom-schema';
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

/** Keys are at most this long (the answer's item key, lib/schemas/intake.ts). */
const KEY_MAX = 64;

/**
 * The open questions' keys, each apart from every item's and from each other's. A version saved before the editor
 * refused it may give an open question an item's key (the editor's default codes collided: subscale `open` gives items
 * open_1, open_2, and the first open question was open_1); such a question is asked under `<key>-open` (or
 * `<key>-open2`, …) so it can be answered and is one step of its own. A question that has no item's key keeps it.
 */
function distinctOpenKeys(itemKeys: readonly string[], openKeys: readonly string[]): string[] {
  const taken = new Set([...itemKeys, ...openKeys]);
  const items = new Set(itemKeys);
  return openKeys.map((key) => {
    if (!items.has(key)) return key;
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '-open' : `-open${n}`;
      const candidate = `${key.slice(0, KEY_MAX - suffix.length)}${suffix}`;
      if (!taken.has(candidate)) {
        taken.add(candidate);
        return candidate;
      }
    }
  });
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
      group: storedSubscaleGroup(s),
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
  const openKeys = distinctOpenKeys(
    def.items.map((i) => i.key),
    def.openQuestions.map((q) => q.key),
  );
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
    openQuestions: def.openQuestions.map((q, i) => ({ key: openKeys[i] as string, text: fill(q.text) })),
    dimensions,
    indices: indicesFromGroups(dimensions),
    ...(recode.length > 0 ? { recode: recode.map((r) => ({ from: r.from, to: r.to })) } : {}),
  };
}

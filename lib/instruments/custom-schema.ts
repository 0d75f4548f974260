import { z } from 'zod';
import { BAND_LEVELS, DIMENSION_GROUPS, type DimensionGroup, SCORING_METHODS, scoredRange } from './types';

/**
 * Every message this schema can produce. Each is a translation key (texts in ./messages.ts);
 * custom issues carry the offending names in `issue.params`.
 */
export const CUSTOM_INSTRUMENT_ERROR_KEYS = [
  'instrument.required',
  'instrument.invalidKey',
  'instrument.textRequired',
  'instrument.numberRequired',
  'instrument.integerRequired',
  'instrument.invalidGroup',
  'instrument.invalidLevel',
  'instrument.textTooLong',
  'instrument.tooMany',
  'instrument.noItems',
  'instrument.noSubscales',
  'instrument.scaleMinNotBelowMax',
  'instrument.scaleTooWide',
  'instrument.scaleLabelOutsideScale',
  'instrument.duplicateScaleLabel',
  'instrument.duplicateItemKey',
  'instrument.duplicateSubscaleKey',
  'instrument.duplicateOpenQuestionKey',
  'instrument.openQuestionKeyIsItemKey',
  'instrument.unknownSubscale',
  'instrument.emptySubscale',
  'instrument.bandUpperBoundMissing',
  'instrument.bandOutsideScale',
  'instrument.bandsOverlap',
  'instrument.bandsUnordered',
  'instrument.bandsIncomplete',
  'instrument.invalidScoring',
  'instrument.recodeOutsideScale',
  'instrument.duplicateRecode',
  'instrument.recodeLeavesOneValue',
  'instrument.totalKeyTaken',
  'instrument.totalBandOutsideScale',
  'instrument.totalBandsOverlap',
  'instrument.totalBandsUnordered',
  'instrument.totalBandsIncomplete',
  'instrument.totalBandUpperBoundMissing',
] as const;
export type CustomInstrumentErrorKey = (typeof CUSTOM_INSTRUMENT_ERROR_KEYS)[number];

const E = (key: CustomInstrumentErrorKey) => key;

// No dots: keys end up in form field names and JSON paths.
const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

const keySchema = z.string(E('instrument.required')).trim().min(1, E('instrument.required')).regex(KEY_PATTERN, E('instrument.invalidKey'));

const textSchema = z.string(E('instrument.textRequired')).trim().max(2000, E('instrument.textTooLong')).default('');
const REQUIRED = E('instrument.required');
const TOO_MANY = E('instrument.tooMany');

/** A coach may enter only one language; the other is filled from it when converting. */
const localizedSchema = z
  .object({ nl: textSchema, en: textSchema }, REQUIRED)
  .refine((l) => l.nl !== '' || l.en !== '', E('instrument.textRequired'));

const optionalLocalizedSchema = z.object({ nl: textSchema, en: textSchema }, REQUIRED).optional();

const numberSchema = z.number(E('instrument.numberRequired'));
const integerSchema = numberSchema.int(E('instrument.integerRequired'));

const bandSchema = z.object(
  {
    /** Inclusive upper bound; may be left empty (null) on the last band only, meaning "up to the scale maximum". */
    upTo: numberSchema.nullable().optional(),
    label: localizedSchema,
    level: z.enum(BAND_LEVELS, E('instrument.invalidLevel')),
  },
  REQUIRED,
);

const subscaleSchema = z.object(
  {
    key: keySchema,
    name: localizedSchema,
    group: z.enum(DIMENSION_GROUPS, E('instrument.invalidGroup')),
    explanation: optionalLocalizedSchema,
    bands: z.array(bandSchema, REQUIRED).max(10, TOO_MANY).default([]),
    /** false: reported on its own, feeds no index (a job crafting scale, a symptom list). */
    feedsIndex: z.boolean(REQUIRED).default(true),
    /** 'sum': the subscale is reported (and banded) as the sum of its items, as the 4DKL is. */
    scoring: z.enum(SCORING_METHODS, E('instrument.invalidScoring')).default('mean'),
  },
  REQUIRED,
);

/** A total over all items (e.g. the BAT total score): reported beside the subscales, feeds no index. */
const totalSchema = z.object(
  {
    name: localizedSchema,
    bands: z.array(bandSchema, REQUIRED).max(10, TOO_MANY).default([]),
    scoring: z.enum(SCORING_METHODS, E('instrument.invalidScoring')).default('mean'),
  },
  REQUIRED,
);

const recodeSchema = z.object({ from: integerSchema, to: integerSchema }, REQUIRED);

const itemSchema = z.object(
  {
    key: keySchema,
    text: localizedSchema,
    subscale: z.string(E('instrument.required')).trim().min(1, E('instrument.required')).max(64, E('instrument.invalidKey')),
    reverse: z.boolean(REQUIRED).default(false),
  },
  REQUIRED,
);

const openQuestionSchema = z.object({ key: keySchema, text: localizedSchema }, REQUIRED);

const scaleSchema = z.object(
  {
    min: integerSchema,
    max: integerSchema,
    labels: z
      .array(z.object({ value: integerSchema, nl: textSchema, en: textSchema }, REQUIRED), REQUIRED)
      .max(101, TOO_MANY)
      .default([]),
  },
  REQUIRED,
);

const baseSchema = z.object(
  {
    name: localizedSchema,
    description: optionalLocalizedSchema,
    scale: scaleSchema,
    subscales: z.array(subscaleSchema, REQUIRED).min(1, E('instrument.noSubscales')).max(60, TOO_MANY),
    items: z.array(itemSchema, REQUIRED).min(1, E('instrument.noItems')).max(300, TOO_MANY),
    openQuestions: z.array(openQuestionSchema, REQUIRED).max(20, TOO_MANY).default([]),
    /** Answer values that count as another value (4DKL: 3 and 4 count as 2); applied after reverse scoring. */
    recode: z.array(recodeSchema, REQUIRED).max(101, TOO_MANY).default([]),
    total: totalSchema.nullable().default(null),
  },
  REQUIRED,
);

type Base = z.output<typeof baseSchema>;
type Ctx = Parameters<Parameters<typeof baseSchema.superRefine>[0]>[1];
type Params = Record<string, string | number>;

function issue(ctx: Ctx, message: CustomInstrumentErrorKey, params: Params, path: (string | number)[]) {
  ctx.addIssue({ code: 'custom', message, params, path });
}

function bandName(band: Base['subscales'][number]['bands'][number], index: number): string {
  return band.label.nl || band.label.en || String(index + 1);
}

/**
 * At most 11 answer options (0–10; the built-in instruments use 5 to 7), near zero: every item renders one
 * option per value, and answers are stored as smallint.
 */
export const SCALE_MAX_SPAN = 10;
export const SCALE_LIMIT = 100;

function checkScale(def: Base, ctx: Ctx, capSpan: boolean): boolean {
  const { min, max, labels } = def.scale;
  if (min >= max) {
    issue(ctx, 'instrument.scaleMinNotBelowMax', { min, max }, ['scale', 'max']);
    return false;
  }
  if (capSpan && (max - min > SCALE_MAX_SPAN || min < -SCALE_LIMIT || max > SCALE_LIMIT)) {
    issue(ctx, 'instrument.scaleTooWide', { min, max }, ['scale', 'max']);
    return false;
  }
  const seen = new Set<number>();
  labels.forEach((label, i) => {
    if (label.value < min || label.value > max) {
      issue(ctx, 'instrument.scaleLabelOutsideScale', { value: label.value, min, max }, ['scale', 'labels', i, 'value']);
    } else if (seen.has(label.value)) {
      issue(ctx, 'instrument.duplicateScaleLabel', { value: label.value }, ['scale', 'labels', i, 'value']);
    }
    seen.add(label.value);
  });
  return true;
}

function checkDuplicates(keys: string[], ctx: Ctx, message: CustomInstrumentErrorKey, field: string) {
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    if (seen.has(key)) issue(ctx, message, { key }, [field, i, 'key']);
    seen.add(key);
  });
}

function checkItemsAgainstSubscales(def: Base, ctx: Ctx) {
  const subscaleKeys = new Set(def.subscales.map((s) => s.key));
  const used = new Set<string>();
  def.items.forEach((item, i) => {
    if (!subscaleKeys.has(item.subscale)) {
      issue(ctx, 'instrument.unknownSubscale', { item: item.key, subscale: item.subscale }, ['items', i, 'subscale']);
    }
    used.add(item.subscale);
  });
  def.subscales.forEach((subscale, i) => {
    if (!used.has(subscale.key)) issue(ctx, 'instrument.emptySubscale', { subscale: subscale.key }, ['subscales', i]);
  });
}

/** The 4DKL template's subscales, which it filed as burnout (feeding no index) before the `symptoms` group existed. */
const LEGACY_SYMPTOM_KEYS: ReadonlySet<string> = new Set(['distress', 'depression', 'anxiety', 'somatisation']);

/**
 * The group a stored subscale is read with: its own, except for the 4DKL's symptom scales saved from the template when
 * it still filed them as burnout (same key, group burnout, feeding no index). Those are symptoms, so the results show
 * them under that heading and the editor offers them so; the burnout signal leaves them out either way
 * (lib/scoring/signals.ts).
 */
export function storedSubscaleGroup(subscale: { key: string; group: DimensionGroup; feedsIndex?: boolean }): DimensionGroup {
  return subscale.group === 'burnout' && subscale.feedsIndex === false && LEGACY_SYMPTOM_KEYS.has(subscale.key)
    ? 'symptoms'
    : subscale.group;
}

/** The key a total score gets among the dimensions; no subscale may use it while a total is defined. */
export const TOTAL_KEY = 'total';

/** The range a subscale's reported value can take: the scale for a mean, item count × scale for a sum. */
export function reportedRange(def: Pick<Base, 'scale' | 'recode'>, scoring: 'mean' | 'sum', itemCount: number) {
  const range = scoredRange(def.scale, def.recode);
  return scoring === 'sum' ? { min: range.min * itemCount, max: range.max * itemCount } : range;
}

type BandMessages = Record<'outside' | 'overlap' | 'unordered' | 'incomplete' | 'missing', CustomInstrumentErrorKey>;

const SUBSCALE_BAND_MESSAGES: BandMessages = {
  outside: 'instrument.bandOutsideScale',
  overlap: 'instrument.bandsOverlap',
  unordered: 'instrument.bandsUnordered',
  incomplete: 'instrument.bandsIncomplete',
  missing: 'instrument.bandUpperBoundMissing',
};

const TOTAL_BAND_MESSAGES: BandMessages = {
  outside: 'instrument.totalBandOutsideScale',
  overlap: 'instrument.totalBandsOverlap',
  unordered: 'instrument.totalBandsUnordered',
  incomplete: 'instrument.totalBandsIncomplete',
  missing: 'instrument.totalBandUpperBoundMissing',
};

function checkBandList(
  bands: Base['subscales'][number]['bands'],
  range: { min: number; max: number },
  owner: Params,
  at: (string | number)[],
  messages: BandMessages,
  ctx: Ctx,
  rangeIsValid: boolean,
) {
  const { min, max } = range;
  let previous: { upTo: number; name: string } | null = null;
  bands.forEach((band, b) => {
    const path = [...at, 'bands', b, 'upTo'];
    const name = bandName(band, b);
    const isLast = b === bands.length - 1;
    const params = { ...owner, band: name };
    if (band.upTo == null) {
      if (!isLast) issue(ctx, messages.missing, params, path);
      return;
    }
    if (rangeIsValid && (band.upTo < min || band.upTo > max)) {
      issue(ctx, messages.outside, { ...params, upTo: band.upTo, min, max }, path);
    }
    if (previous && band.upTo <= previous.upTo) {
      const message = band.upTo === previous.upTo ? messages.overlap : messages.unordered;
      issue(ctx, message, { ...params, previousBand: previous.name, upTo: band.upTo, previousUpTo: previous.upTo }, path);
    }
    if (isLast && rangeIsValid && band.upTo < max) {
      issue(ctx, messages.incomplete, { ...params, upTo: band.upTo, max }, path);
    }
    previous = { upTo: band.upTo, name };
  });
}

function checkBands(def: Base, ctx: Ctx, rangeIsValid: boolean) {
  def.subscales.forEach((subscale, s) => {
    const itemCount = def.items.filter((i) => i.subscale === subscale.key).length;
    const range = reportedRange(def, subscale.scoring, itemCount);
    checkBandList(subscale.bands, range, { subscale: subscale.key }, ['subscales', s], SUBSCALE_BAND_MESSAGES, ctx, rangeIsValid);
  });
  if (def.total) {
    const range = reportedRange(def, def.total.scoring, def.items.length);
    const name = def.total.name.nl || def.total.name.en;
    checkBandList(def.total.bands, range, { total: name }, ['total'], TOTAL_BAND_MESSAGES, ctx, rangeIsValid);
  }
}

/** Recoding names values on the scale, each once, and must leave at least two different values to score. */
function checkRecode(def: Base, ctx: Ctx, scaleIsValid: boolean): boolean {
  if (!scaleIsValid) return false;
  const { min, max } = def.scale;
  const seen = new Set<number>();
  let valid = true;
  def.recode.forEach((r, i) => {
    for (const field of ['from', 'to'] as const) {
      if (r[field] < min || r[field] > max) {
        issue(ctx, 'instrument.recodeOutsideScale', { value: r[field], min, max }, ['recode', i, field]);
        valid = false;
      }
    }
    if (seen.has(r.from)) {
      issue(ctx, 'instrument.duplicateRecode', { value: r.from }, ['recode', i, 'from']);
      valid = false;
    }
    seen.add(r.from);
  });
  if (valid && def.recode.length > 0) {
    const range = scoredRange(def.scale, def.recode);
    if (range.min === range.max) {
      issue(ctx, 'instrument.recodeLeavesOneValue', { value: range.min }, ['recode']);
      valid = false;
    }
  }
  return valid;
}

function checkTotal(def: Base, ctx: Ctx) {
  if (!def.total) return;
  const taken = def.subscales.findIndex((s) => s.key === TOTAL_KEY);
  if (taken >= 0) issue(ctx, 'instrument.totalKeyTaken', { key: TOTAL_KEY }, ['subscales', taken, 'key']);
}

/**
 * Items and open questions are answered under their key, in one list (measurement_answers.item_key): an open question
 * with an item's key could not be answered (its text would land on the item) and would be one step twice in the form.
 */
function checkOpenQuestionsAgainstItems(def: Base, ctx: Ctx) {
  const itemKeys = new Set(def.items.map((i) => i.key));
  def.openQuestions.forEach((q, i) => {
    if (itemKeys.has(q.key)) issue(ctx, 'instrument.openQuestionKeyIsItemKey', { key: q.key }, ['openQuestions', i, 'key']);
  });
}

/**
 * A coach-defined instrument (e.g. one they hold a licence for): scale, subscales with their JD-R group
 * and optional cut-off bands, items with reverse scoring. Optional, so earlier stored definitions parse
 * unchanged: subscales that feed no index or are summed, recoded answer values and a total score.
 * Convert with `customToInstrument`.
 *
 * `forNewVersion`: the checks that came later and apply to what is saved from now on (the scale's bounds, an open
 * question's key apart from every item's); a stored version that breaks them still opens.
 */
const refinedSchema = (forNewVersion: boolean) =>
  baseSchema.superRefine((def, ctx) => {
    const scaleIsValid = checkScale(def, ctx, forNewVersion);
    checkDuplicates(
      def.subscales.map((s) => s.key),
      ctx,
      'instrument.duplicateSubscaleKey',
      'subscales',
    );
    checkDuplicates(
      def.items.map((i) => i.key),
      ctx,
      'instrument.duplicateItemKey',
      'items',
    );
    checkDuplicates(
      def.openQuestions.map((q) => q.key),
      ctx,
      'instrument.duplicateOpenQuestionKey',
      'openQuestions',
    );
    if (forNewVersion) checkOpenQuestionsAgainstItems(def, ctx);
    checkItemsAgainstSubscales(def, ctx);
    const recodeIsValid = checkRecode(def, ctx, scaleIsValid);
    checkTotal(def, ctx);
    checkBands(def, ctx, scaleIsValid && recodeIsValid);
  });

/** A new or edited definition: everything above, at most SCALE_MAX_SPAN steps on the scale, and no key shared by an item and an open question. */
export const customInstrumentSchema = refinedSchema(true);

/**
 * A definition read back from the database: the same checks without the scale's bounds and the item/open-question key
 * check, which came later, so a version saved before them (and the measurements taken with it) still opens. A shared
 * key of such a version is kept apart when converting (customToInstrument).
 */
export const storedCustomInstrumentSchema = refinedSchema(false);

export type CustomInstrumentInput = z.input<typeof customInstrumentSchema>;
export type CustomInstrumentDefinition = z.output<typeof customInstrumentSchema>;

/**
 * How every screen reads a stored definition (the list, the editor, the start choice, scoring): with the stored rules,
 * so a version saved before a later check still shows. Saving a new version checks it with customInstrumentSchema.
 * null: not a definition at all.
 */
export function parseStoredInstrument(definition: unknown): CustomInstrumentDefinition | null {
  const parsed = storedCustomInstrumentSchema.safeParse(definition);
  return parsed.success ? parsed.data : null;
}

import { z } from 'zod';
import { BAND_LEVELS, GROUPS } from './types';

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
  'instrument.scaleLabelOutsideScale',
  'instrument.duplicateScaleLabel',
  'instrument.duplicateItemKey',
  'instrument.duplicateSubscaleKey',
  'instrument.duplicateOpenQuestionKey',
  'instrument.unknownSubscale',
  'instrument.emptySubscale',
  'instrument.bandUpperBoundMissing',
  'instrument.bandOutsideScale',
  'instrument.bandsOverlap',
  'instrument.bandsUnordered',
  'instrument.bandsIncomplete',
] as const;
export type CustomInstrumentErrorKey = (typeof CUSTOM_INSTRUMENT_ERROR_KEYS)[number];

const E = (key: CustomInstrumentErrorKey) => key;

// No dots: keys end up in form field names and JSON paths.
const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

const keySchema = z
  .string(E('instrument.required'))
  .trim()
  .min(1, E('instrument.required'))
  .regex(KEY_PATTERN, E('instrument.invalidKey'));

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
  group: z.enum(GROUPS, E('instrument.invalidGroup')),
  explanation: optionalLocalizedSchema,
  bands: z.array(bandSchema, REQUIRED).max(10, TOO_MANY).default([]),
  },
  REQUIRED,
);

const itemSchema = z.object(
  {
  key: keySchema,
  text: localizedSchema,
  subscale: z.string(E('instrument.required')).trim().min(1, E('instrument.required')),
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

function checkScale(def: Base, ctx: Ctx): boolean {
  const { min, max, labels } = def.scale;
  if (min >= max) {
    issue(ctx, 'instrument.scaleMinNotBelowMax', { min, max }, ['scale', 'max']);
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

function checkBands(def: Base, ctx: Ctx, scaleIsValid: boolean) {
  const { min, max } = def.scale;
  def.subscales.forEach((subscale, s) => {
    const bands = subscale.bands;
    let previous: { upTo: number; name: string } | null = null;
    bands.forEach((band, b) => {
      const path = ['subscales', s, 'bands', b, 'upTo'];
      const name = bandName(band, b);
      const isLast = b === bands.length - 1;
      const params = { subscale: subscale.key, band: name };
      if (band.upTo == null) {
        if (!isLast) issue(ctx, 'instrument.bandUpperBoundMissing', params, path);
        return;
      }
      if (scaleIsValid && (band.upTo < min || band.upTo > max)) {
        issue(ctx, 'instrument.bandOutsideScale', { ...params, upTo: band.upTo, min, max }, path);
      }
      if (previous && band.upTo <= previous.upTo) {
        const message = band.upTo === previous.upTo ? 'instrument.bandsOverlap' : 'instrument.bandsUnordered';
        issue(ctx, message, { ...params, previousBand: previous.name, upTo: band.upTo, previousUpTo: previous.upTo }, path);
      }
      if (isLast && scaleIsValid && band.upTo < max) {
        issue(ctx, 'instrument.bandsIncomplete', { ...params, upTo: band.upTo, max }, path);
      }
      previous = { upTo: band.upTo, name };
    });
  });
}

/**
 * A coach-defined instrument (e.g. one they hold a licence for): scale, subscales with their JD-R group
 * and optional cut-off bands, items with reverse scoring. Convert with `customToInstrument`.
 */
export const customInstrumentSchema = baseSchema.superRefine((def, ctx) => {
  const scaleIsValid = checkScale(def, ctx);
  checkDuplicates(def.subscales.map((s) => s.key), ctx, 'instrument.duplicateSubscaleKey', 'subscales');
  checkDuplicates(def.items.map((i) => i.key), ctx, 'instrument.duplicateItemKey', 'items');
  checkDuplicates(def.openQuestions.map((q) => q.key), ctx, 'instrument.duplicateOpenQuestionKey', 'openQuestions');
  checkItemsAgainstSubscales(def, ctx);
  checkBands(def, ctx, scaleIsValid);
});

export type CustomInstrumentInput = z.input<typeof customInstrumentSchema>;
export type CustomInstrumentDefinition = z.output<typeof customInstrumentSchema>;

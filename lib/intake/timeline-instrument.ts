import type { Instrument } from '../instruments/types';

/** What a measurement's timeline line says of its instrument (never scores). */
export type TimelineInstrument = { instrument: string; name: string; nameEn?: string };

/** The kind of a custom instrument's line that carries its name in both languages. */
export const CUSTOM_TIMELINE_KIND = 'custom_bilingual';

/**
 * Labels for the timeline: which instrument, so the overview can name it in either language (texts:
 * intake.*.json `timeline.measurement.*`). A built-in one by its kind (`jdr_intake`, `check_in`), which the messages
 * name. A custom one with its own name in both languages: `name` Dutch, `nameEn` English. Lines written before carry
 * kind `custom` with the Dutch `name` only; the messages read those as they are.
 */
export function timelineInstrument(instrument: Instrument): TimelineInstrument {
  if (instrument.origin === 'built_in') return { instrument: instrument.key.replace(/-/g, '_'), name: instrument.name.nl };
  return { instrument: CUSTOM_TIMELINE_KIND, name: instrument.name.nl, nameEn: instrument.name.en };
}

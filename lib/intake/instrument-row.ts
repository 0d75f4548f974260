import { customToInstrument, type Instrument, parseStoredInstrument } from '../instruments';

/**
 * A stored custom instrument version as an Instrument; null when its definition no longer parses. Pure (no
 * `server-only`): the intake service and the start-up recompute (./rescore.ts, run before the app starts) share it.
 */
export function instrumentFromRow(row: { key: string; version: number; definition: unknown }): Instrument | null {
  const definition = parseStoredInstrument(row.definition);
  return definition ? customToInstrument(definition, { key: row.key, version: row.version }) : null;
}

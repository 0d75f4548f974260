import { checkInV1 } from './check-in';
import { jdrIntakeV1, jdrIntakeV2 } from './jdr-intake';
import type { Instrument } from './types';

export const builtInInstruments: readonly Instrument[] = [jdrIntakeV1, jdrIntakeV2, checkInV1];

export function getInstrument(key: string, version: number): Instrument | undefined {
  return builtInInstruments.find((i) => i.key === key && i.version === version);
}

export function latestVersion(key: string): number | undefined {
  const versions = builtInInstruments.filter((i) => i.key === key).map((i) => i.version);
  return versions.length > 0 ? Math.max(...versions) : undefined;
}

/** One per key, its latest version: what a coach can start or assign (earlier versions only score old measurements). */
export function currentBuiltInInstruments(): Instrument[] {
  return builtInInstruments.filter((i) => i.version === latestVersion(i.key));
}

export function getLatestInstrument(key: string): Instrument | undefined {
  const version = latestVersion(key);
  return version === undefined ? undefined : getInstrument(key, version);
}

export { CHECK_IN_KEY, checkInV1 } from './check-in';
export type { CustomInstrumentDefinition, CustomInstrumentErrorKey, CustomInstrumentInput } from './custom-schema';
export { CUSTOM_INSTRUMENT_ERROR_KEYS, customInstrumentSchema, parseStoredInstrument, storedCustomInstrumentSchema } from './custom-schema';
export { customToInstrument } from './custom-to-instrument';
export { JDR_INTAKE_KEY, jdrIntakeV1, jdrIntakeV2 } from './jdr-intake';
export { instrumentMessages } from './messages';
export * from './types';

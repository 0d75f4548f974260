import type { Band } from '../instruments/types';

/**
 * The band a value on the instrument's own scale falls in. `upTo` bounds are inclusive, so a value
 * exactly at a cut-off belongs to the lower band; the last band is open-ended upwards.
 * Bands are expected in ascending order (the custom-instrument schema enforces this).
 */
export function bandFor(bands: readonly Band[] | undefined, value: number): Band | null {
  if (!bands || bands.length === 0 || !Number.isFinite(value)) return null;
  for (const band of bands) {
    if (value <= band.upTo) return band;
  }
  return bands[bands.length - 1] ?? null;
}

import { MIDPOINT_REFERENCE, medianReference, type ProfileReference } from '../scoring/profile';

/**
 * Below this many clients the practice median is not offered: it would say little, and with one or two
 * clients it would show a colleague's client's scores to a coach who may not see that client.
 */
export const MIN_MEDIAN_CLIENTS = 5;

export type ReferenceChoice = 'midpoint' | 'median';

export function parseReferenceChoice(value: unknown): ReferenceChoice {
  return value === 'median' ? 'median' : 'midpoint';
}

export interface ChosenReference {
  reference: ProfileReference;
  /** Whether the practice median can be used at all (enough clients with both indices). */
  medianAvailable: boolean;
  /** Clients with both indices in their latest completed measurement. */
  clients: number;
}

export function chooseReference(
  choice: ReferenceChoice,
  points: ReadonlyArray<{ demands: number | null; resources: number | null }>,
): ChosenReference {
  return chooseReferenceFromMedian(choice, medianReference(points));
}

/** The same from a median the database computed (db/queries/measurements.ts practiceMedian). */
export function chooseReferenceFromMedian(
  choice: ReferenceChoice,
  found: { demands: number; resources: number; n: number } | null,
): ChosenReference {
  const median = found ? ({ kind: 'practice_median', ...found } as const) : null;
  const clients = median?.n ?? 0;
  const medianAvailable = median !== null && clients >= MIN_MEDIAN_CLIENTS;
  return {
    reference: choice === 'median' && medianAvailable && median ? median : MIDPOINT_REFERENCE,
    medianAvailable,
    clients,
  };
}

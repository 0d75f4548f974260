/**
 * How a form shows a field's refused save (useAutosave's `refusals`). Most refusals are a fault to fix or wait out and
 * are marked as an error. `stale` is not: the server kept a newer answer given on another device, the field now shows
 * it, and nothing is wrong with what the person did. That one is information, said politely next to the field.
 */
export type RefusalTone = 'error' | 'notice';

export function refusalTone(code: string): RefusalTone {
  return code === 'stale' ? 'notice' : 'error';
}

/** Whether a refusal calls for the save status's "check the marked questions": a notice alone does not. */
export function hasErrorRefusal(refusals: Record<string, string>): boolean {
  return Object.values(refusals).some((code) => refusalTone(code) === 'error');
}

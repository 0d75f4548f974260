/**
 * How a form shows a field's refused save (useAutosave's `refusals`). Most refusals stand in the way and are marked as
 * an error. Two are not the person's to fix, and are said politely next to the field: `stale` (the server kept a newer
 * answer given on another device, and the field now shows it) and `server` (a fault on our side: the answer stays
 * queued and is sent again by itself).
 */
export type RefusalTone = 'error' | 'notice';

export function refusalTone(code: string): RefusalTone {
  return code === 'stale' || code === 'server' ? 'notice' : 'error';
}

/** Whether a refusal calls for the save status's "check the marked questions": a notice alone does not. */
export function hasErrorRefusal(refusals: Record<string, string>): boolean {
  return Object.values(refusals).some((code) => refusalTone(code) === 'error');
}

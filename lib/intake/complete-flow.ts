import { refusalTone } from '@/lib/autosave/refusals';

/** Pressing Afronden/Versturen: with questions still open, ask first, unless this press is the confirmation. */
export function completePress(unanswered: number, confirmed: boolean): 'confirm' | 'complete' {
  return unanswered > 0 && !confirmed ? 'confirm' : 'complete';
}

export type CompleteReveal = { target: 'confirmation' | 'problem'; focus: boolean };

/**
 * Where the page takes the user after a press: the coach's Afronden sits in the sticky header, thousands of
 * pixels above the confirmation and any problem, so those are brought into view. The confirmation gets
 * keyboard focus (its buttons follow it in tab order); a problem is an alert that is read out anyway, and takes
 * focus only when the pressed button is gone ("Toch afronden" closes the confirmation).
 */
export function revealAfterComplete(outcome: 'confirm' | 'problem' | 'done', focusLost: boolean): CompleteReveal | null {
  if (outcome === 'confirm') return { target: 'confirmation', focus: true };
  if (outcome === 'problem') return { target: 'problem', focus: focusLost };
  return null;
}

/**
 * Where ↓, Enter or Ctrl+Enter on the last question goes: the Afronden button below the questions, or, while the
 * "Toch afronden" confirmation stands in its place (that button is gone), the confirmation.
 */
export function pastLastStep(confirming: boolean): 'confirmation' | 'complete' {
  return confirming ? 'confirmation' : 'complete';
}

/** A form field's queue key (`item`, `item#text`, `item#note`), split into its item and the field it sets. */
export function splitFieldKey(key: string): { itemKey: string; field: 'value' | 'text' | 'note' } {
  const [itemKey = key, field] = key.split('#');
  return { itemKey, field: field === 'text' || field === 'note' ? field : 'value' };
}

/**
 * The fields whose last save the server refused with an error (useAutosave's `refusals`): the measurement completed
 * elsewhere, the coaching agreement withdrawn, an answer that does not fit. Not stored, so they count as not answered
 * and stand in the way of completing. A notice (`stale`: a newer answer is shown; `server`: sent again by itself) is not.
 */
export function refusedFields(refusals: Readonly<Record<string, string>>): { key: string; code: string }[] {
  return Object.entries(refusals)
    .filter(([, code]) => refusalTone(code) === 'error')
    .map(([key, code]) => ({ key, code }));
}

/**
 * Every refused answer was refused because the measurement is completed (`forbidden`: the intake's save refuses nothing
 * else so, lib/intake/service.ts): completed elsewhere meanwhile. The form then says so, with the way to the results,
 * instead of asking to complete what is complete already.
 */
export function completedElsewhere(refused: readonly { code: string }[]): boolean {
  return refused.length > 0 && refused.every((r) => r.code === 'forbidden');
}

/** The answers as stored: a refused value or open answer is taken out (a refused note does not make a question open). */
export function withoutRefused<A extends { value?: number | null; text?: string | null }>(
  answers: Readonly<Record<string, A>>,
  refusals: Readonly<Record<string, string>>,
): Readonly<Record<string, A>> {
  const refused = refusedFields(refusals);
  if (refused.length === 0) return answers;
  const out: Record<string, A> = { ...answers };
  for (const { key } of refused) {
    const { itemKey, field } = splitFieldKey(key);
    const answer = out[itemKey];
    if (answer && field !== 'note') out[itemKey] = { ...answer, [field]: null };
  }
  return out;
}

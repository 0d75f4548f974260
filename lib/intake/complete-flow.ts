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

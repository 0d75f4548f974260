/**
 * Whether "Start de meting" shows as busy. react-hook-form counts a submit whose action was refused
 * (no field errors, e.g. no coaching agreement) as successful, so success alone would keep the button
 * stuck: only a submit without a problem is on its way to the intake.
 */
export function startButtonBusy(state: { isSubmitting: boolean; isSubmitSuccessful: boolean; refused: boolean }): boolean {
  return state.isSubmitting || (state.isSubmitSuccessful && !state.refused);
}

/**
 * Moves the focus to the element `id` (tabIndex -1), if the page shows it: after a step whose control the refreshed page
 * removes or replaces. Called when the step is done, whether or not the refreshed page has rendered yet: the target must
 * be one that stays through the refresh (a section's heading), not one the refresh brings. A module of its own, so that
 * a form needing only this does not ship ConfirmButton (confirm-button.tsx).
 */
export function focusById(id: string): void {
  document.getElementById(id)?.focus();
}

/** The forms lazy-forms.tsx loads, in one module so that they share one chunk. */
export { PlanSessionForm } from './plan-session-form';
export { SessionActions } from './session-actions';

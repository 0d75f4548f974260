/** The overview's controls lazy-forms.tsx loads, in one module so that they share one chunk (no react-hook-form or zod). */

export { CloseFold, EraseFold } from './folds';
export { LifecycleButton, PoortwachterStepButton, StatusForm } from './lifecycle-controls';

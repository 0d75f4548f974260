/** The forms lazy-forms.tsx loads, in one module so that they share one chunk. */

export { EraseForm } from './erase-form';
export { CloseForm, LifecycleButton, StatusForm } from './lifecycle-forms';

/** The forms folds.tsx loads when a fold opens, in one module so that they share one chunk. */

export { CloseForm } from './close-form';
export { EraseForm } from './erase-form';

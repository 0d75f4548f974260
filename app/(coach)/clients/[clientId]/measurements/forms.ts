/** The forms lazy-forms.tsx loads, in one module so that they share one chunk. */
export { StartMeasurementForm } from './start-measurement-form';

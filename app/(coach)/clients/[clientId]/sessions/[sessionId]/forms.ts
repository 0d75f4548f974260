/** The forms lazy-forms.tsx loads, in one module so that they share one chunk. */
export { SessionCheckin } from './session-checkin';
export { SessionRecordForm } from './session-record-form';

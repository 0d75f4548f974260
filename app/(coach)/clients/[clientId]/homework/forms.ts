/** The forms lazy-forms.tsx loads, in one module so that they share one chunk. */
export { AssignHomeworkForm } from './assign-homework-form';
export { HomeworkActions } from './homework-actions';

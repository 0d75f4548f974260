/** The forms lazy-forms.tsx loads, in one module so that they share one chunk. */
export { NewItem } from './new-item';
export { PlanList } from './plan-list';
export { SharesPanel } from './shares-panel';
export { SuggestionList } from './suggestion-list';

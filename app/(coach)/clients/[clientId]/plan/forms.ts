/**
 * The forms lazy-forms.tsx loads, in one module so that they share one chunk. Rendered only through it: its
 * HydrationGate keeps their controls disabled until they have hydrated, so they do not check that themselves.
 */
export { NewItem } from './new-item';
export { PlanList } from './plan-list';
export { SharesPanel } from './shares-panel';
export { SuggestionList } from './suggestion-list';

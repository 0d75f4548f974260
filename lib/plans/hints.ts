/**
 * Plan-level hints (action-plan issue): what the plan as a whole misses. Texts in ./messages.ts under
 * `hint.<key>` (hintText). Dropped items do not count: they are no longer part of the plan.
 */
import { EMPLOYER_OWNERS, type PlanCategory, type PlanOwner, type PlanStatus } from './types';

export const PLAN_HINT_KEYS = ['demands_without_resources', 'no_employer_items', 'employer_items_without_date'] as const;
export type PlanHintKey = (typeof PLAN_HINT_KEYS)[number];

type Item = {
  category: PlanCategory;
  owner: PlanOwner;
  status: PlanStatus;
  /** The text the employer reads once the item is released (empty: never shown to the employer). */
  employerWording?: string | null;
  dueDate?: string | null;
};

const RESOURCE_CATEGORIES: readonly PlanCategory[] = ['social_resources', 'structural_resources'];

const employerOwned = (item: Item) => EMPLOYER_OWNERS.includes(item.owner);

export function planHints(items: ReadonlyArray<Item>): Array<{ key: PlanHintKey }> {
  const active = items.filter((i) => i.status !== 'dropped');
  const hints: Array<{ key: PlanHintKey }> = [];
  // Seed 002: reducing hindering demands went with less well-being; seed 003: resources are the larger lever.
  const lowersDemands = active.some((i) => i.category === 'hindering_demands');
  const employerResource = active.some((i) => RESOURCE_CATEGORIES.includes(i.category) && employerOwned(i));
  if (lowersDemands && !employerResource) hints.push({ key: 'demands_without_resources' });
  // Seed 004: the employer controls the demands and the work resources; a plan of personal items alone misses them.
  if (active.length > 0 && !active.some(employerOwned)) hints.push({ key: 'no_employer_items' });
  // Domain: the employer's part of the plan says what is asked, of whom and by when. An open item the employer may read
  // without a date reads "uiterlijk –" (a suggestion taken over comes without one).
  if (active.some((i) => i.status !== 'done' && i.employerWording?.trim() && !i.dueDate))
    hints.push({ key: 'employer_items_without_date' });
  return hints;
}

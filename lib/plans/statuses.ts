/**
 * A plan item's states. A module of its own: the plan page's status select lists them, and importing them from
 * types.ts put the whole vocabulary (categories, levels, owners) into that page's first script.
 */
export const PLAN_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/**
 * The keys under which this browser keeps an item form's unsaved text (use-form-draft.ts, under the signed-in coach and
 * the tab): a plan is often written during a session, so a reload or a crash must not lose it. Kept apart from the form
 * itself, whose code loads only when a form opens (lazy-item-form.tsx); the plan opens a folded form that has a draft
 * with useFirstWithDraft (app/_components/autosave/use-first-with-draft.ts).
 */
export const planItemDraftKey = {
  create: (clientId: string) => `plan-item:new:${clientId}`,
  edit: (itemId: string) => `plan-item:${itemId}`,
};

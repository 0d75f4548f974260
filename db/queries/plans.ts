import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { type Executor, getDb } from '../client';
import { type PlanEmployerAction, type PlanItem, planDismissedSuggestions, planEmployerActions, planItems, planReleases } from '../schema';

export type PlanItemWrite = Pick<
  PlanItem,
  | 'title'
  | 'description'
  | 'employerWording'
  | 'rationale'
  | 'category'
  | 'level'
  | 'owner'
  | 'dueDate'
  | 'reviewDate'
  | 'status'
  | 'dimensions'
>;

export function listPlanItems(practiceId: string, clientId: string, ex: Executor = getDb()) {
  return ex
    .select()
    .from(planItems)
    .where(and(eq(planItems.practiceId, practiceId), eq(planItems.clientId, clientId)))
    .orderBy(asc(planItems.position), asc(planItems.createdAt), asc(planItems.id));
}

export async function findPlanItem(practiceId: string, itemId: string, ex: Executor = getDb()): Promise<PlanItem | null> {
  const [row] = await ex
    .select()
    .from(planItems)
    .where(and(eq(planItems.practiceId, practiceId), eq(planItems.id, itemId)));
  return row ?? null;
}

/** The client's item taken from a suggestion (its `source` is the intervention's key), if there is one. */
export async function findItemFromSource(
  practiceId: string,
  clientId: string,
  source: string,
  ex: Executor,
): Promise<{ id: string } | null> {
  const [row] = await ex
    .select({ id: planItems.id })
    .from(planItems)
    .where(and(eq(planItems.practiceId, practiceId), eq(planItems.clientId, clientId), eq(planItems.source, source)))
    .limit(1);
  return row ?? null;
}

/** Null when an item with this id is already there: the same item sent again (see lib/ids/request-id.ts). */
export async function insertPlanItem(
  practiceId: string,
  values: PlanItemWrite & { id?: string; clientId: string; source: string; createdBy: string | null },
  ex: Executor = getDb(),
): Promise<PlanItem | null> {
  // New items go to the end of the plan.
  const [row] = await ex
    .insert(planItems)
    .values({
      practiceId,
      ...values,
      position: sql`(select coalesce(max(${planItems.position}), -1) + 1 from ${planItems} where ${planItems.practiceId} = ${practiceId} and ${planItems.clientId} = ${values.clientId})`,
    })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** Versioned update: null when someone else saved first. */
export async function updatePlanItem(
  practiceId: string,
  itemId: string,
  version: number,
  values: Partial<PlanItemWrite>,
  ex: Executor = getDb(),
): Promise<PlanItem | null> {
  const [row] = await ex
    .update(planItems)
    .set({ ...values, version: sql`${planItems.version} + 1`, updatedAt: new Date() })
    .where(and(eq(planItems.practiceId, practiceId), eq(planItems.id, itemId), eq(planItems.version, version)))
    .returning();
  return row ?? null;
}

/** The item's employer wording, its row locked until the transaction ends: an edit waits for a release, or the other way round. */
export async function lockEmployerWording(practiceId: string, itemId: string, ex: Executor) {
  const [row] = await ex
    .select({ employerWording: planItems.employerWording, owner: planItems.owner, dueDate: planItems.dueDate, status: planItems.status })
    .from(planItems)
    .where(and(eq(planItems.practiceId, practiceId), eq(planItems.id, itemId)))
    .for('update');
  return row ?? null;
}

/**
 * Sets the positions in the given order. False (stale) unless `shownIds` is the client's current order: a colleague's
 * newer order, or an item added or removed meanwhile, is not silently replaced by a move on an older page. Writes only
 * the rows whose position changes, in one statement; a move is no edit of an item's content, so no version is bumped
 * (an edit or status change open in another tab is not made stale by it).
 */
export async function reorderPlanItems(
  practiceId: string,
  clientId: string,
  orderedIds: string[],
  shownIds: string[],
  ex: Executor,
): Promise<boolean> {
  // The page's order: by position, then by creation (listPlanItems).
  const current = await ex
    .select({ id: planItems.id, position: planItems.position })
    .from(planItems)
    .where(and(eq(planItems.practiceId, practiceId), eq(planItems.clientId, clientId)))
    .orderBy(asc(planItems.position), asc(planItems.createdAt), asc(planItems.id))
    .for('update');
  if (current.length !== shownIds.length || current.some((r, i) => r.id !== shownIds[i])) return false;
  const known = new Set(current.map((r) => r.id));
  if (known.size !== orderedIds.length || new Set(orderedIds).size !== orderedIds.length || !orderedIds.every((id) => known.has(id)))
    return false;
  const positionOf = new Map(current.map((r) => [r.id, r.position]));
  const moved = orderedIds.map((id, position) => ({ id, position })).filter(({ id, position }) => positionOf.get(id) !== position);
  if (moved.length === 0) return true;
  const values = sql.join(
    moved.map(({ id, position }) => sql`(${id}::uuid, ${position}::integer)`),
    sql`, `,
  );
  await ex.execute(sql`
    update ${planItems} as p set position = v.position
    from (values ${values}) as v(id, position)
    where p.practice_id = ${practiceId} and p.client_id = ${clientId} and p.id = v.id`);
  return true;
}

export async function openRelease(practiceId: string, itemId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select()
    .from(planReleases)
    .where(and(eq(planReleases.practiceId, practiceId), eq(planReleases.itemId, itemId), isNull(planReleases.withdrawnAt)));
  return row ?? null;
}

export async function insertRelease(
  practiceId: string,
  values: {
    clientId: string;
    itemId: string;
    employerWording: string;
    releasedBy: 'client' | 'coach_in_session';
    recordedBy: string | null;
  },
  ex: Executor,
) {
  const [row] = await ex
    .insert(planReleases)
    // The moment of writing, under the links' lock (lockClientShares), so a page shown before it has an earlier seen_at.
    .values({ practiceId, ...values, releasedAt: sql`clock_timestamp()` })
    .returning();
  if (!row) throw new Error('insert failed');
  return row;
}

export type WithdrawReason =
  | 'client'
  | 'coach_in_session'
  | 'wording_changed'
  | 'details_changed'
  | 'item_dropped'
  | 'consent_withdrawn'
  | 'employer_changed';

/**
 * Closes every open release of the client (the sharing consent withdrawn, another employer): what the client released
 * was for that employer under that consent, and is theirs to release again. Returns the items, with their titles.
 */
export async function withdrawClientReleases(
  practiceId: string,
  clientId: string,
  reason: 'consent_withdrawn' | 'employer_changed',
  ex: Executor,
): Promise<Array<{ itemId: string; title: string }>> {
  const rows = await ex.execute<{ itemId: string; title: string }>(sql`
    update plan_releases r set withdrawn_at = now(), withdrawn_by = ${reason}
    from plan_items i
    where r.practice_id = ${practiceId} and r.client_id = ${clientId} and r.withdrawn_at is null
      and i.practice_id = r.practice_id and i.id = r.item_id
    returning r.item_id as "itemId", i.title`);
  return [...rows];
}

/** Closes the item's open release, if any; returns the closed row. */
export async function withdrawRelease(practiceId: string, itemId: string, reason: WithdrawReason, ex: Executor) {
  const [row] = await ex
    .update(planReleases)
    .set({ withdrawnAt: new Date(), withdrawnBy: reason })
    .where(and(eq(planReleases.practiceId, practiceId), eq(planReleases.itemId, itemId), isNull(planReleases.withdrawnAt)))
    .returning();
  return row ?? null;
}

/** The release history of a client's plan, newest first. */
export function listReleases(practiceId: string, clientId: string, ex: Executor = getDb()) {
  return ex
    .select()
    .from(planReleases)
    .where(and(eq(planReleases.practiceId, practiceId), eq(planReleases.clientId, clientId)))
    .orderBy(desc(planReleases.releasedAt));
}

/**
 * What the employer may see: items with an open release, with the RELEASED text (not the current
 * wording), in plan order. Only the columns the employer view takes are selected.
 */
export function listReleasedItems(practiceId: string, clientId: string, ex: Executor = getDb()) {
  return ex
    .select({
      id: planItems.id,
      employerWording: planReleases.employerWording,
      source: planItems.source,
      owner: planItems.owner,
      dueDate: planItems.dueDate,
      status: planItems.status,
      releasedAt: planReleases.releasedAt,
    })
    .from(planReleases)
    .innerJoin(planItems, and(eq(planItems.practiceId, planReleases.practiceId), eq(planItems.id, planReleases.itemId)))
    .where(and(eq(planReleases.practiceId, practiceId), eq(planReleases.clientId, clientId), isNull(planReleases.withdrawnAt)))
    .orderBy(asc(planItems.position), asc(planItems.createdAt), asc(planItems.id));
}

export function listDismissedSuggestions(practiceId: string, measurementId: string, ex: Executor = getDb()) {
  return ex
    .select({ key: planDismissedSuggestions.suggestionKey })
    .from(planDismissedSuggestions)
    .where(and(eq(planDismissedSuggestions.practiceId, practiceId), eq(planDismissedSuggestions.measurementId, measurementId)));
}

/** Takes a dismissal back; `restored` false when there was none (a double click, a second tab). */
export async function deleteDismissedSuggestion(
  practiceId: string,
  values: { clientId: string; measurementId: string; suggestionKey: string },
  ex: Executor,
) {
  const rows = await ex
    .delete(planDismissedSuggestions)
    .where(
      and(
        eq(planDismissedSuggestions.practiceId, practiceId),
        eq(planDismissedSuggestions.clientId, values.clientId),
        eq(planDismissedSuggestions.measurementId, values.measurementId),
        eq(planDismissedSuggestions.suggestionKey, values.suggestionKey),
      ),
    )
    .returning({ suggestionKey: planDismissedSuggestions.suggestionKey });
  return { restored: rows.length > 0 };
}

export async function insertDismissedSuggestion(
  practiceId: string,
  values: { clientId: string; measurementId: string; suggestionKey: string; dismissedBy: string },
  ex: Executor,
) {
  const rows = await ex
    .insert(planDismissedSuggestions)
    .values({ practiceId, ...values })
    .onConflictDoNothing()
    .returning({ suggestionKey: planDismissedSuggestions.suggestionKey });
  // Already dismissed (a double click, a second tab): nothing new happened.
  return { dismissed: rows.length > 0 };
}

export async function insertEmployerAction(
  practiceId: string,
  values: {
    clientId: string;
    shareId: string;
    kind: 'confirmed' | 'status' | 'comment';
    itemId?: string;
    status?: PlanItem['status'];
    comment?: string;
  },
  ex: Executor,
) {
  const [row] = await ex
    .insert(planEmployerActions)
    .values({ practiceId, ...values })
    .returning();
  if (!row) throw new Error('insert failed');
  return row;
}

/**
 * The employer's comment under the id the share page made for it (lib/ids/request-id.ts). The same comment sent again
 * (its answer lost to a dropped connection) makes no second row: then the one already there, or null when that id
 * belongs to something other than a comment through this link. Another text under the same id is a new comment.
 */
export async function insertEmployerComment(
  practiceId: string,
  values: { id: string; clientId: string; shareId: string; comment: string },
  ex: Executor,
): Promise<{ row: PlanEmployerAction; created: boolean } | null> {
  const [row] = await ex
    .insert(planEmployerActions)
    .values({ practiceId, kind: 'comment', ...values })
    .onConflictDoNothing()
    .returning();
  if (row) return { row, created: true };
  const [made] = await ex
    .select()
    .from(planEmployerActions)
    .where(
      and(
        eq(planEmployerActions.practiceId, practiceId),
        eq(planEmployerActions.id, values.id),
        eq(planEmployerActions.shareId, values.shareId),
        eq(planEmployerActions.kind, 'comment'),
      ),
    );
  if (!made) return null;
  if (made.comment === values.comment) return { row: made, created: false };
  // The id with another text (the box put back from its draft and written anew): a comment of its own.
  return insertEmployerComment(practiceId, { ...values, id: randomUUID() }, ex);
}

/** Employer updates and comments on a client's plan, newest first. */
export function listEmployerActions(practiceId: string, clientId: string, ex: Executor = getDb()) {
  return ex
    .select()
    .from(planEmployerActions)
    .where(and(eq(planEmployerActions.practiceId, practiceId), eq(planEmployerActions.clientId, clientId)))
    .orderBy(desc(planEmployerActions.createdAt));
}

export function itemsByIds(practiceId: string, ids: string[], ex: Executor = getDb()) {
  if (ids.length === 0) return Promise.resolve([] as PlanItem[]);
  return ex
    .select()
    .from(planItems)
    .where(and(eq(planItems.practiceId, practiceId), inArray(planItems.id, ids)));
}

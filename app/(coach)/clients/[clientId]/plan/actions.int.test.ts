import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { beforeEach, describe, expect, it } from 'vitest';
import { updateContactAction } from '@/app/(coach)/employers/actions';
import { releasePlanItemAction, withdrawPlanItemAction } from '@/app/portal/plan/actions';
import { commentAction, confirmPlanAction, recordOpeningAction, setItemStatusAction } from '@/app/share/[token]/actions';
import { type Executor, getDb } from '@/db/client';
import {
  recordSharingConsent,
  seedClient,
  seedEmployer,
  seedSharingClient,
  seenDetails,
  seenWording,
  timelineKinds,
} from '@/db/queries/client-test-fixtures';
import { planPageData } from '@/db/queries/plan-page';
import { listDismissedSuggestions, listEmployerActions, listReleasedItems, listReleases } from '@/db/queries/plans';
import { planClientFacts, shareableContacts } from '@/db/queries/plans-contacts';
import { employerViewData, listPlannedTripartite, listShares, shareContext, shareForNotice } from '@/db/queries/shares';
import {
  clients,
  coachingSessions,
  employerContacts,
  measurements,
  planDismissedSuggestions,
  planEmployerActions,
  planItems,
  planReleases,
  planShareOpenings,
  planShares,
  practices,
  rateLimits,
} from '@/db/schema';
import { setCoachActive } from '@/lib/accounts/service';
import { messageWithParams } from '@/lib/actions/message-params';
import { clientFormValues } from '@/lib/caseload/client-form-values';
import { runMailJobsOnce } from '@/lib/mail/worker';
import { mailUpdateNotice, UPDATE_NOTICE_DELAY_MS } from '@/lib/plans/update-notice';
import { actAsPortalClient } from '@/lib/portal/testing';
import { initialsOf } from '@/lib/reports/file-name';
import { POLICIES } from '@/lib/security/rate-limit';
import { LINK_GONE } from '@/lib/share/action-error';
import { employerViewFor, GUESS_LIMIT, openSharedPlan } from '@/lib/share/guard';
import { seenOnSharePage } from '@/lib/share/testing';
import { actAs, addCoach, auditFor, createPractice, outboxFor } from '@/lib/testing/fixtures';
import { cookieJar } from '@/lib/testing/next-headers-mock';
import { updateClientAction } from '../../actions';
import { recordConsentAction } from '../consent-actions';
import { archiveClientAction, closeClientAction } from '../lifecycle-actions';
import {
  createPlanItemAction,
  createShareAction,
  dismissSuggestionAction,
  recordReleaseAction,
  renewShareAction,
  reorderPlanAction,
  restoreSuggestionAction,
  revokeShareAction,
  setPlanItemStatusAction,
  updatePlanItemAction,
} from './actions';

beforeEach(async () => {
  actAs(null);
  cookieJar.clear();
  await getDb().delete(rateLimits);
});

const db = () => getDb();

async function setup() {
  const owner = await createPractice('Praktijk Veerkracht');
  const { employer, manager, client } = await seedSharingClient(owner.practiceId, owner.userId, 'Zorggroep Noord', { firstName: 'Eva' });
  actAs(owner);
  return { owner, employer, manager, client };
}

const item = (clientId: string, extra: Record<string, unknown> = {}) => ({
  clientId,
  requestId: randomUUID(),
  title: 'Werkdruk herverdelen',
  description: 'Samen met Marco de taken van dit kwartaal doorlopen.',
  employerWording: 'Maandelijks overleg over de prioriteiten van het team.',
  rationale: 'PRIVATE rationale',
  category: 'hindering_demands' as const,
  level: 'team' as const,
  owner: 'manager' as const,
  dueDate: '2027-01-15',
  reviewDate: '',
  dimensions: ['workload'],
  source: 'manual',
  ...extra,
});

async function addItem(clientId: string, extra: Record<string, unknown> = {}) {
  const result = await createPlanItemAction(item(clientId, extra));
  if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result)}`);
  return result.data.itemId;
}

const itemRow = async (id: string) => (await db().select().from(planItems).where(eq(planItems.id, id)))[0]!;
const releasesOf = (itemId: string) =>
  db().select().from(planReleases).where(eq(planReleases.itemId, itemId)).orderBy(planReleases.releasedAt);
const tokenOf = (url: string) => url.split('/share/')[1]!;

/** Holds a row lock on another connection until the returned function is called: two writes then meet at that row. */
async function holdLock(lock: (tx: postgres.TransactionSql) => Promise<unknown>): Promise<() => Promise<void>> {
  const other = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  let letGo!: () => void;
  const held = new Promise<void>((resolve) => {
    letGo = resolve;
  });
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => {
    locked = resolve;
  });
  const done = other.begin(async (tx) => {
    await lock(tx);
    locked();
    await held;
  });
  await isLocked;
  return async () => {
    letGo();
    await done;
    await other.end();
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function shareWith(clientId: string, contactId: string, sendMail = false) {
  const result = await createShareAction({ clientId, contactId, sendMail });
  if (!result.ok) throw new Error(`share failed: ${JSON.stringify(result)}`);
  return { ...result.data, token: tokenOf(result.data.url) };
}

describe('the coach builds the plan', () => {
  it('adds, edits, sets status and reorders, each on the timeline and in the audit log', async () => {
    const { owner, client } = await setup();
    const a = await addItem(client.id);
    const b = await addItem(client.id, { title: 'Herstelroutine', owner: 'client', employerWording: '' });
    expect(await itemRow(a)).toMatchObject({
      position: 0,
      status: 'planned',
      employerWording: 'Maandelijks overleg over de prioriteiten van het team.',
      rationale: 'PRIVATE rationale',
    });
    expect(await itemRow(b)).toMatchObject({ position: 1, employerWording: null });
    const edited = await updatePlanItemAction({ ...item(client.id), itemId: a, version: 1, title: 'Werkdruk samen herverdelen' });
    expect(edited).toMatchObject({ ok: true, data: { version: 2, withdrawn: null } });
    expect(await setPlanItemStatusAction({ itemId: a, version: 2, status: 'in_progress' })).toMatchObject({ ok: true });
    expect(await reorderPlanAction({ clientId: client.id, itemIds: [b, a], shownIds: [a, b] })).toEqual({ ok: true, data: null });
    expect((await itemRow(a)).position).toBe(1);
    expect((await itemRow(b)).position).toBe(0);
    expect((await timelineKinds(owner.practiceId, client.id)).map((e) => e.kind)).toEqual([
      'plan.item_added',
      'plan.item_added',
      'plan.item_updated',
      'plan.item_status',
      'plan.reordered',
    ]);
    expect((await auditFor(owner.practiceId)).map((e) => e.action)).toEqual(
      expect.arrayContaining(['plan.item_added', 'plan.item_updated', 'plan.item_status', 'plan.reordered']),
    );
  });

  it('accepts a suggestion as an editable item that remembers its rule', async () => {
    const { owner, client } = await setup();
    const id = await addItem(client.id, { source: 'recovery_first', title: 'Herstel eerst', owner: 'client' });
    expect(await itemRow(id)).toMatchObject({ source: 'recovery_first', createdBy: owner.userId });
    expect((await timelineKinds(owner.practiceId, client.id)).at(-1)).toMatchObject({
      kind: 'plan.item_added',
      data: { source: 'recovery_first' },
    });
    // Accepted again from a second tab, or twice at once: the item already there, no second item or line.
    const [again, atOnce] = await Promise.all([
      createPlanItemAction(item(client.id, { source: 'recovery_first', title: 'Herstel eerst', owner: 'client' })),
      createPlanItemAction(item(client.id, { source: 'recovery_first', title: 'Herstel eerst', owner: 'client' })),
    ]);
    expect([again, atOnce]).toEqual([
      { ok: true, data: { itemId: id } },
      { ok: true, data: { itemId: id } },
    ]);
    expect(await db().select().from(planItems).where(eq(planItems.clientId, client.id))).toHaveLength(1);
    expect((await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'plan.item_added')).toHaveLength(1);
    // Items the coach writes are never merged: the same title twice is two items.
    await addItem(client.id);
    await addItem(client.id);
    expect(await db().select().from(planItems).where(eq(planItems.clientId, client.id))).toHaveLength(3);
    expect(await createPlanItemAction(item(client.id, { source: 'Not A Key!' }))).toMatchObject({
      error: 'validation',
      fieldErrors: { source: 'validation.invalid' },
    });
  });

  it('adds a written item once when the same form is sent again (its answer lost), and refuses its id on another client', async () => {
    const { owner, client } = await setup();
    const other = await seedClient(owner.practiceId, owner.userId);
    const requestId = randomUUID();
    const [first, second] = await Promise.all([
      createPlanItemAction(item(client.id, { requestId })),
      createPlanItemAction(item(client.id, { requestId })),
    ]);
    expect(first).toEqual({ ok: true, data: { itemId: requestId } });
    expect(second).toEqual(first);
    expect(await createPlanItemAction(item(client.id, { requestId }))).toEqual(first);
    expect((await db().select().from(planItems).where(eq(planItems.clientId, client.id))).map((r) => r.title)).toEqual([
      'Werkdruk herverdelen',
    ]);
    expect((await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'plan.item_added')).toHaveLength(1);
    expect((await auditFor(owner.practiceId)).filter((e) => e.action === 'plan.item_added')).toHaveLength(1);
    expect(await createPlanItemAction(item(other.id, { requestId }))).toEqual({ ok: false, error: 'stale' });
    expect(await db().select().from(planItems).where(eq(planItems.clientId, other.id))).toEqual([]);
    // The old id with another item (a draft put back and filled in anew): that item is added too, not swallowed.
    const next = await createPlanItemAction(item(client.id, { requestId, title: 'Volgende afspraak' }));
    expect(next).toMatchObject({ ok: true });
    expect(next.ok && next.data.itemId).not.toBe(requestId);
    expect((await db().select().from(planItems).where(eq(planItems.clientId, client.id))).map((r) => r.title).sort()).toEqual([
      'Volgende afspraak',
      'Werkdruk herverdelen',
    ]);
  });

  it('refuses a stale edit and writes nothing', async () => {
    const { client } = await setup();
    const a = await addItem(client.id);
    expect(await updatePlanItemAction({ ...item(client.id), itemId: a, version: 1, title: 'Eerste' })).toMatchObject({ ok: true });
    expect(await updatePlanItemAction({ ...item(client.id), itemId: a, version: 1, title: 'Tweede' })).toEqual({
      ok: false,
      error: 'stale',
    });
    expect(await setPlanItemStatusAction({ itemId: a, version: 1, status: 'done' })).toEqual({ ok: false, error: 'stale' });
    expect(await itemRow(a)).toMatchObject({ title: 'Eerste', status: 'planned', version: 2 });
  });

  it('refuses a reorder that does not name exactly the client’s items', async () => {
    const { client } = await setup();
    const a = await addItem(client.id);
    const b = await addItem(client.id);
    expect(await reorderPlanAction({ clientId: client.id, itemIds: [a], shownIds: [a] })).toEqual({ ok: false, error: 'stale' });
    expect(await reorderPlanAction({ clientId: client.id, itemIds: [a, a], shownIds: [a, b] })).toEqual({ ok: false, error: 'stale' });
  });

  it('refuses a move on a page older than a colleague’s order, and writes only the rows that move, bumping no version', async () => {
    const { owner, client } = await setup();
    const a = await addItem(client.id);
    const b = await addItem(client.id);
    const c = await addItem(client.id);
    // A colleague moves c to the top; this page still shows a, b, c and moves b up: same items, another order.
    expect(await reorderPlanAction({ clientId: client.id, itemIds: [c, a, b], shownIds: [a, b, c] })).toMatchObject({ ok: true });
    expect(await reorderPlanAction({ clientId: client.id, itemIds: [b, a, c], shownIds: [a, b, c] })).toEqual({
      ok: false,
      error: 'stale',
    });
    expect((await Promise.all([a, b, c].map(itemRow))).map((r) => r.position)).toEqual([1, 2, 0]);
    expect((await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'plan.reordered')).toHaveLength(1);
    // Reloaded, the move works on the current order; a is not touched (position 1 either way), and no version moves.
    const before = await itemRow(a);
    expect(await reorderPlanAction({ clientId: client.id, itemIds: [b, a, c], shownIds: [c, a, b] })).toMatchObject({ ok: true });
    const after = await Promise.all([a, b, c].map(itemRow));
    expect(after.map((r) => r.position)).toEqual([1, 0, 2]);
    expect(after.map((r) => r.version)).toEqual([1, 1, 1]);
    expect(after[0]!.updatedAt).toEqual(before.updatedAt);
    // An edit opened before the move still saves: a move is no edit of the item.
    expect(await setPlanItemStatusAction({ itemId: b, version: 1, status: 'in_progress' })).toMatchObject({ ok: true });
  });

  it('validates input with translated messages', async () => {
    const { client } = await setup();
    expect(await createPlanItemAction(item(client.id, { title: '', category: 'magic', dueDate: 'morgen' }))).toMatchObject({
      ok: false,
      error: 'validation',
      fieldErrors: { title: 'validation.required', category: 'validation.required', dueDate: 'plan.errors.date' },
    });
  });

  it('keeps another practice’s client and items out of reach', async () => {
    const { client } = await setup();
    const a = await addItem(client.id);
    const other = await createPractice('Andere praktijk');
    actAs(other);
    expect(await createPlanItemAction(item(client.id))).toEqual({ ok: false, error: 'not_found' });
    expect(await updatePlanItemAction({ ...item(client.id), itemId: a, version: 1 })).toEqual({ ok: false, error: 'not_found' });
    expect(await recordReleaseAction({ itemId: a, wording: await seenWording(a), seen: await seenDetails(a) })).toEqual({
      ok: false,
      error: 'not_found',
    });
    actAs(null);
    expect(await createPlanItemAction(item(client.id))).toEqual({ ok: false, error: 'unauthenticated' });
  });

  it('dismisses a suggestion for one measurement of this client only', async () => {
    const { owner, client } = await setup();
    const [m] = await db()
      .insert(measurements)
      .values({
        practiceId: owner.practiceId,
        clientId: client.id,
        instrumentKey: 'jdr-intake',
        instrumentVersion: 1,
        administeredBy: 'coach',
        status: 'completed',
        createdBy: owner.userId,
      })
      .returning();
    expect(await dismissSuggestionAction({ clientId: client.id, measurementId: m!.id, suggestionKey: 'recovery_first' })).toEqual({
      ok: true,
      data: null,
    });
    expect(await dismissSuggestionAction({ clientId: client.id, measurementId: m!.id, suggestionKey: 'recovery_first' })).toEqual({
      ok: true,
      data: null,
    });
    // The second (a double click) changed nothing, so it is no second line on the timeline or in the audit log.
    expect((await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'plan.suggestion_dismissed')).toHaveLength(1);
    expect((await auditFor(owner.practiceId)).filter((e) => e.action === 'plan.suggestion_dismissed')).toHaveLength(1);
    expect((await planPageData(owner.practiceId, client.id))?.dismissedFor(m!.id)).toEqual(
      await listDismissedSuggestions(owner.practiceId, m!.id),
    );
    // The suggestions follow the practice's current index components (the default, then the owner's choice).
    expect((await planPageData(owner.practiceId, client.id))?.componentSet).toBe('jdr_wide');
    await db().update(practices).set({ indexComponentSet: 'azw' }).where(eq(practices.id, owner.practiceId));
    expect((await planPageData(owner.practiceId, client.id))?.componentSet).toBe('azw');
    const other = await seedClient(owner.practiceId, owner.userId);
    expect(await dismissSuggestionAction({ clientId: other.id, measurementId: m!.id, suggestionKey: 'x' })).toEqual({
      ok: false,
      error: 'not_found',
    });
    expect(
      await db().select().from(planDismissedSuggestions).where(eq(planDismissedSuggestions.practiceId, owner.practiceId)),
    ).toHaveLength(1);
  });

  it('puts a dismissed suggestion back, on the timeline and in the audit log, once; not for another client', async () => {
    const { owner, client } = await setup();
    const [m] = await db()
      .insert(measurements)
      .values({
        practiceId: owner.practiceId,
        clientId: client.id,
        instrumentKey: 'jdr-intake',
        instrumentVersion: 1,
        administeredBy: 'coach',
        status: 'completed',
        createdBy: owner.userId,
      })
      .returning();
    const ref = { clientId: client.id, measurementId: m!.id, suggestionKey: 'recovery_first' };
    await dismissSuggestionAction(ref);
    await dismissSuggestionAction({ ...ref, suggestionKey: 'focus_time' });
    // Another client's reference to this measurement: not found, and the dismissal stays.
    const other = await seedClient(owner.practiceId, owner.userId);
    expect(await restoreSuggestionAction({ ...ref, clientId: other.id })).toEqual({ ok: false, error: 'not_found' });
    expect(await restoreSuggestionAction(ref)).toEqual({ ok: true, data: null });
    // A second click (another tab) changes nothing: no second line.
    expect(await restoreSuggestionAction(ref)).toEqual({ ok: true, data: null });
    expect(await listDismissedSuggestions(owner.practiceId, m!.id)).toEqual([{ key: 'focus_time' }]);
    const lines = (await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'plan.suggestion_restored');
    expect(lines).toMatchObject([{ data: { suggestion: 'recovery_first' } }]);
    expect((await auditFor(owner.practiceId)).filter((e) => e.action === 'plan.suggestion_restored')).toMatchObject([
      { entityType: 'measurement', entityId: m!.id, metadata: { suggestion: 'recovery_first' } },
    ]);
    // Invalid input: a translated refusal, nothing written.
    expect(await restoreSuggestionAction({ ...ref, suggestionKey: 'NOT A KEY' })).toMatchObject({ ok: false, error: 'validation' });
    // Another practice reaches nothing.
    actAs(await createPractice('Andere praktijk'));
    expect((await restoreSuggestionAction({ ...ref, suggestionKey: 'focus_time' })).ok).toBe(false);
    expect(await listDismissedSuggestions(owner.practiceId, m!.id)).toEqual([{ key: 'focus_time' }]);
  });
});

describe('release by the client', () => {
  it('releases and withdraws one by one, recording who, when and which text', async () => {
    const { owner, client } = await setup();
    const a = await addItem(client.id);
    await actAsPortalClient(client);
    expect(await releasePlanItemAction({ itemId: a, wording: await seenWording(a), seen: await seenDetails(a) })).toMatchObject({
      ok: true,
    });
    // A second tap on "share" releases nothing new: one release, one line on the timeline, one audit entry.
    expect(await releasePlanItemAction({ itemId: a, wording: await seenWording(a), seen: await seenDetails(a) })).toMatchObject({
      ok: true,
    });
    expect(await releasesOf(a)).toMatchObject([
      { releasedBy: 'client', employerWording: 'Maandelijks overleg over de prioriteiten van het team.', withdrawnAt: null },
    ]);
    expect((await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'plan.released')).toHaveLength(1);
    expect((await auditFor(owner.practiceId)).filter((e) => e.action === 'plan.released')).toHaveLength(1);
    expect(await withdrawPlanItemAction({ itemId: a })).toEqual({ ok: true, data: null });
    const [release] = await releasesOf(a);
    expect(release!.withdrawnAt).toBeInstanceOf(Date);
    expect(release!.withdrawnBy).toBe('client');
    const kinds = (await timelineKinds(owner.practiceId, client.id)).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['plan.released', 'plan.release_withdrawn']));
  });

  it('releases only the text the client saw: an edit by the coach in between is refused, then the new text can be released', async () => {
    const { owner, client } = await setup();
    const a = await addItem(client.id);
    await actAsPortalClient(client);
    const preview = { itemId: a, wording: await seenWording(a), seen: await seenDetails(a) };
    // The coach edits the wording while the client looks at the preview of the old one.
    actAs(owner);
    const changed = 'Werkt de komende zes weken vier dagen in plaats van vijf.';
    expect(await updatePlanItemAction({ ...item(client.id), itemId: a, version: 1, employerWording: changed })).toMatchObject({ ok: true });
    expect(await releasePlanItemAction(preview)).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { _form: 'plan.errors.wordingChanged' },
    });
    expect(await recordReleaseAction(preview)).toMatchObject({ fieldErrors: { _form: 'plan.errors.wordingChanged' } });
    expect(await releasesOf(a)).toEqual([]);
    expect((await timelineKinds(owner.practiceId, client.id)).map((e) => e.kind)).not.toContain('plan.released');
    // Having read the new text, the client may release it: exactly that text is on record.
    expect(await releasePlanItemAction({ itemId: a, wording: await seenWording(a), seen: await seenDetails(a) })).toMatchObject({
      ok: true,
    });
    expect(await releasesOf(a)).toMatchObject([{ employerWording: changed, withdrawnAt: null }]);
  });

  it('releases no wording with health words, neither by the client nor recorded by the coach, and names the words', async () => {
    const { owner, client } = await setup();
    const health = 'Heeft een burn-out en gebruikt medicatie; minder uren.';
    const a = await addItem(client.id, { employerWording: health });
    const words = { words: '“burn-out”, “medicatie”', count: 2 };
    // The coach, recording a release given in session: refused, told to adjust the text.
    expect(await recordReleaseAction({ itemId: a, wording: await seenWording(a), seen: await seenDetails(a) })).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { _form: messageWithParams('plan.errors.healthWords', words) },
      params: words,
    });
    // The client in the portal (the same service): refused, told that the coach must adjust it first.
    await actAsPortalClient(client);
    expect(await releasePlanItemAction({ itemId: a, wording: await seenWording(a), seen: await seenDetails(a) })).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { _form: messageWithParams('plan.errors.healthWordsClient', words) },
      params: words,
    });
    expect(await releasesOf(a)).toEqual([]);
    expect((await timelineKinds(owner.practiceId, client.id)).map((e) => e.kind)).not.toContain('plan.released');
    expect((await auditFor(owner.practiceId)).map((e) => e.action)).not.toContain('plan.released');
    // The coach adjusts the wording: then it can be released.
    actAs(owner);
    const clean = 'Werkt de komende zes weken vier dagen in plaats van vijf.';
    expect(await updatePlanItemAction({ ...item(client.id), itemId: a, version: 1, employerWording: clean })).toMatchObject({ ok: true });
    await actAsPortalClient(client);
    expect((await releasePlanItemAction({ itemId: a, wording: await seenWording(a), seen: await seenDetails(a) })).ok).toBe(true);
    expect(await releasesOf(a)).toMatchObject([{ employerWording: clean, withdrawnAt: null }]);
  });

  it('refuses an item without employer wording, and an item of another client, writing nothing', async () => {
    const { owner, client } = await setup();
    const empty = await addItem(client.id, { employerWording: '' });
    const other = await seedClient(owner.practiceId, owner.userId);
    const theirs = await addItem(other.id);
    await actAsPortalClient(client);
    expect(await releasePlanItemAction({ itemId: empty, wording: await seenWording(empty), seen: await seenDetails(empty) })).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { _form: 'plan.errors.noEmployerWordingClient' },
    });
    expect(await releasePlanItemAction({ itemId: theirs, wording: await seenWording(theirs), seen: await seenDetails(theirs) })).toEqual({
      ok: false,
      error: 'not_found',
    });
    expect(await withdrawPlanItemAction({ itemId: theirs })).toEqual({ ok: false, error: 'not_found' });
    expect(await db().select().from(planReleases).where(eq(planReleases.practiceId, owner.practiceId))).toEqual([]);
    await actAsPortalClient(null);
    expect(await releasePlanItemAction({ itemId: empty, wording: await seenWording(empty), seen: await seenDetails(empty) })).toEqual({
      ok: false,
      error: 'unauthenticated',
    });
  });

  it('lets the coach record a release given in a session, marked as such', async () => {
    const { owner, client } = await setup();
    const a = await addItem(client.id);
    expect(await recordReleaseAction({ itemId: a, wording: await seenWording(a), seen: await seenDetails(a) })).toMatchObject({ ok: true });
    expect(await releasesOf(a)).toMatchObject([{ releasedBy: 'coach_in_session', recordedBy: owner.userId }]);
    expect((await timelineKinds(owner.practiceId, client.id)).at(-1)).toMatchObject({
      kind: 'plan.released',
      data: { by: 'coach_in_session' },
    });
  });

  it('withdraws the release when the coach changes the employer wording of a released item', async () => {
    const { client } = await setup();
    const a = await addItem(client.id);
    await actAsPortalClient(client);
    await releasePlanItemAction({ itemId: a, wording: await seenWording(a), seen: await seenDetails(a) });
    const result = await updatePlanItemAction({ ...item(client.id), itemId: a, version: 1, employerWording: 'Nieuwe tekst' });
    expect(result).toMatchObject({ ok: true, data: { withdrawn: 'wording_changed' } });
    expect(await releasesOf(a)).toMatchObject([{ withdrawnBy: 'wording_changed' }]);
    // Changing only the private fields keeps a release.
    await releasePlanItemAction({ itemId: a, wording: await seenWording(a), seen: await seenDetails(a) });
    expect(
      await updatePlanItemAction({ ...item(client.id), itemId: a, version: 2, employerWording: 'Nieuwe tekst', rationale: 'anders' }),
    ).toMatchObject({
      data: { withdrawn: null },
    });
    expect((await releasesOf(a)).at(-1)).toMatchObject({ employerWording: 'Nieuwe tekst', withdrawnAt: null });
  });

  it('refuses a release whose owner or due date changed since the client’s preview showed them', async () => {
    const { owner, client } = await setup();
    const a = await addItem(client.id);
    // The client's preview shows the manager, by 15 January; meanwhile the coach gives it to the client.
    const seen = { owner: 'manager', dueDate: '2027-01-15' };
    expect(await updatePlanItemAction({ ...item(client.id), itemId: a, version: 1, owner: 'client' })).toMatchObject({ ok: true });
    await actAsPortalClient(client);
    expect(await releasePlanItemAction({ itemId: a, wording: await seenWording(a), seen })).toMatchObject({
      ok: false,
      fieldErrors: { _form: 'plan.errors.detailsChanged' },
    });
    expect(await releasesOf(a)).toEqual([]);
    // What the refreshed preview shows releases.
    expect((await releasePlanItemAction({ itemId: a, wording: await seenWording(a), seen: { ...seen, owner: 'client' } })).ok).toBe(true);
    actAs(owner);
  });

  it('refuses a release that does not name the owner and due date its preview showed, as invalid input, releasing nothing', async () => {
    const { owner, client } = await setup();
    const a = await addItem(client.id);
    // A direct call without “seen”: the check that owner and due date are still what the releaser saw cannot be skipped.
    const unseen = { itemId: a, wording: await seenWording(a) } as Parameters<typeof releasePlanItemAction>[0];
    const invalid = { ok: false, error: 'validation', fieldErrors: { seen: 'validation.invalid' } };
    await actAsPortalClient(client);
    expect(await releasePlanItemAction(unseen)).toMatchObject(invalid);
    actAs(owner);
    expect(await recordReleaseAction(unseen)).toMatchObject(invalid);
    expect(await releasesOf(a)).toEqual([]);
    expect((await timelineKinds(owner.practiceId, client.id)).map((e) => e.kind)).not.toContain('plan.released');
  });

  it('withdraws the release when the coach changes who does a released item or by when: the employer sees both', async () => {
    const { owner, client } = await setup();
    const a = await addItem(client.id);
    const release = async () => {
      await actAsPortalClient(client);
      expect((await releasePlanItemAction({ itemId: a, wording: await seenWording(a), seen: await seenDetails(a) })).ok).toBe(true);
      actAs(owner);
    };
    await release();
    expect(await updatePlanItemAction({ ...item(client.id), itemId: a, version: 1, dueDate: '2027-03-01' })).toMatchObject({
      data: { withdrawn: 'details_changed' },
    });
    await release();
    expect(await updatePlanItemAction({ ...item(client.id), itemId: a, version: 2, dueDate: '2027-03-01', owner: 'client' })).toMatchObject(
      { data: { withdrawn: 'details_changed' } },
    );
    expect((await releasesOf(a)).map((r) => r.withdrawnBy)).toEqual(['details_changed', 'details_changed']);
    expect(
      (await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'plan.release_withdrawn').map((e) => e.data.reason),
    ).toEqual(['details_changed', 'details_changed']);
  });
});

describe('release for a trajectory that ended', () => {
  it('records no release, by the client or the coach, once the trajectory is closed or the record archived', async () => {
    const { owner, client } = await setup();
    const a = await addItem(client.id);
    const preview = async () => ({ itemId: a, wording: await seenWording(a), seen: await seenDetails(a) });
    const closedRefusal = { ok: false, error: 'validation', fieldErrors: { _form: 'plan.errors.clientClosed' } };
    const closed = await closeClientAction({ clientId: client.id, version: client.version, closedOn: '2026-11-01', reason: 'completed' });
    if (!closed.ok) throw new Error(JSON.stringify(closed));
    expect(await recordReleaseAction(await preview())).toEqual(closedRefusal);
    // The client's portal is closed with the trajectory: nothing released from there either.
    await actAsPortalClient(client);
    expect((await releasePlanItemAction(await preview())).ok).toBe(false);
    actAs(owner);
    expect((await archiveClientAction({ clientId: client.id, version: closed.data.version })).ok).toBe(true);
    expect(await recordReleaseAction(await preview())).toEqual(closedRefusal);
    expect(await releasesOf(a)).toEqual([]);
    expect((await timelineKinds(owner.practiceId, client.id)).map((e) => e.kind)).not.toContain('plan.released');
    expect((await auditFor(owner.practiceId)).map((e) => e.action)).not.toContain('plan.released');
  });

  it('records no release that waited for the closing of the trajectory', async () => {
    const { owner, client } = await setup();
    const a = await addItem(client.id);
    const preview = { itemId: a, wording: await seenWording(a), seen: await seenDetails(a) };
    // The closing holds the client's row (no employer sharing after it) while the release is asked for.
    const letGo = await holdLock((tx) => tx`update clients set status = 'closed', closed_on = '2026-11-01' where id = ${client.id}`);
    const release = recordReleaseAction(preview);
    await pause(300);
    await letGo();
    expect(await release).toMatchObject({ fieldErrors: { _form: 'plan.errors.clientClosed' } });
    expect(await releasesOf(a)).toEqual([]);
    actAs(owner);
  });
});

describe('sharing with the employer', () => {
  it('shares with the client’s own manager, stores only a hash, mails the contact, expires in 30 days', async () => {
    const { owner, manager, client } = await setup();
    const { shareId, token } = await shareWith(client.id, manager.id, true);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await db().select().from(planShares).where(eq(planShares.id, shareId));
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(token);
    const days = (row!.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    const [mail] = await outboxFor(owner.practiceId);
    // The employee by initials, as the page names them: a contact with two employees in coaching tells the mails apart.
    const initials = initialsOf(client.firstName, client.lastName);
    expect(mail).toMatchObject({
      to: 'marco@werkgever.test',
      subject: `Gedeeld actieplan van je medewerker ${initials}, via Praktijk Veerkracht`,
    });
    expect(mail!.text).toContain(`die je medewerker ${initials} met je wil delen`);
    expect(mail!.text).toContain(`/share/${token}?lang=nl`);
    expect(mail!.text).toContain('In het plan zie je alleen werkafspraken die je medewerker zelf heeft vrijgegeven.');
    // Until when the link works, who sent the mail, and in which language (the layout of every other mail).
    // With the time of day: the link stops then, not at the end of that date.
    const zoned = (options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat('nl-NL', { ...options, timeZone: 'Europe/Amsterdam' }).format(row!.expiresAt);
    expect(mail!.text).toContain(`De link werkt tot ${zoned({ dateStyle: 'long' })} om ${zoned({ timeStyle: 'short' })} uur.`);
    // Sent on purpose by the coach: not "did you not expect it? ignore it".
    expect(mail!.text).toContain('Deze e-mail is automatisch verstuurd via Balanspunt, namens Praktijk Veerkracht.');
    expect(mail!.text).not.toContain('negeren');
    expect(mail!.html).toMatch(/^<!doctype html><html lang="nl">/);
    // The employee is not named in any part of it (the manager opens the link to see whose plan it is, by initials).
    expect(`${mail!.subject}\n${mail!.text}\n${mail!.html}`).not.toContain(client.firstName);
  });

  it('refuses the company doctor, a contact of another employer and one of another practice, writing nothing', async () => {
    const { owner, employer, client } = await setup();
    const [doctor] = await db()
      .insert(employerContacts)
      .values({ practiceId: owner.practiceId, employerId: employer.id, name: 'Dr. Bos', role: 'company_doctor', email: 'bos@arbo.test' })
      .returning();
    const { manager: foreign } = await seedEmployer(owner.practiceId, 'Ander bedrijf');
    const elsewhere = await createPractice('Elders');
    const { manager: otherPractice } = await seedEmployer(elsewhere.practiceId);
    expect(await createShareAction({ clientId: client.id, contactId: doctor!.id })).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { _form: 'plan.errors.contactRole' },
    });
    expect(await createShareAction({ clientId: client.id, contactId: foreign.id })).toMatchObject({
      fieldErrors: { _form: 'plan.errors.contactOtherEmployer' },
    });
    expect(await createShareAction({ clientId: client.id, contactId: otherPractice.id })).toMatchObject({
      fieldErrors: { _form: 'plan.errors.contactNotFound' },
    });
    const [silent] = await db()
      .insert(employerContacts)
      .values({ practiceId: owner.practiceId, employerId: employer.id, name: 'Hanna HR', role: 'hr', email: '' })
      .returning();
    expect(await createShareAction({ clientId: client.id, contactId: silent!.id, sendMail: true })).toMatchObject({
      fieldErrors: { _form: 'plan.errors.contactNoEmail' },
    });
    const noEmployer = await seedClient(owner.practiceId, owner.userId);
    expect(await createShareAction({ clientId: noEmployer.id, contactId: foreign.id })).toMatchObject({
      fieldErrors: { _form: 'plan.errors.contactOtherEmployer' },
    });
    expect(await db().select().from(planShares).where(eq(planShares.practiceId, owner.practiceId))).toEqual([]);
    expect(await outboxFor(owner.practiceId)).toEqual([]);
  });

  it('shows the employer only released items’ released wording; the page opened in a browser is audited and on the timeline', async () => {
    const { owner, manager, client } = await setup();
    const a = await addItem(client.id);
    const b = await addItem(client.id, { title: 'Tweede', employerWording: 'Thuiswerken op vrijdag.', owner: 'client' });
    await addItem(client.id, { title: 'Derde', employerWording: 'Niet vrijgegeven tekst.' });
    await db()
      .insert(coachingSessions)
      .values({
        practiceId: owner.practiceId,
        clientId: client.id,
        coachId: owner.userId,
        startsAt: new Date(Date.now() + 7 * 86_400_000),
        durationMinutes: 60,
        kind: 'tripartite',
        location: 'on_site',
        privateNotes: 'PRIVATE note',
      });
    await actAsPortalClient(client);
    await releasePlanItemAction({ itemId: a, wording: await seenWording(a), seen: await seenDetails(a) });
    await releasePlanItemAction({ itemId: b, wording: await seenWording(b), seen: await seenDetails(b) });
    const { token } = await shareWith(client.id, manager.id);
    const state = await openSharedPlan(token);
    expect(state.state).toBe('ok');
    if (state.state !== 'ok') return;
    expect(state.view.items.map((i) => [i.wording, i.employerMayUpdate])).toEqual([
      ['Maandelijks overleg over de prioriteiten van het team.', true],
      ['Thuiswerken op vrijdag.', false],
    ]);
    expect(state.view.meetings).toHaveLength(1);
    expect(state.view.coach.name).toBe('Olivia Owner');
    // The view's one statement reads what the three separate queries read.
    const now = new Date();
    const merged = await employerViewData(owner.practiceId, client.id, now);
    expect(merged.items).toEqual(await listReleasedItems(owner.practiceId, client.id));
    expect(merged.meetings).toEqual(await listPlannedTripartite(owner.practiceId, client.id, now));
    expect(merged.context).toEqual(await shareContext(owner.practiceId, client.id));
    expect(state.view.locale).toBe('nl');
    const json = JSON.stringify(state.view);
    for (const secret of ['PRIVATE', 'Niet vrijgegeven', 'Werkdruk herverdelen', 'Eva']) expect(json).not.toContain(secret);
    // Built, the page recorded nothing (a link preview builds it too); the page in the manager's browser says it was opened.
    expect(await db().select().from(planShareOpenings).where(eq(planShareOpenings.clientId, client.id))).toEqual([]);
    actAs(null);
    expect(await recordOpeningAction({ token, seen: state.view.stamp })).toEqual({ ok: true, data: null });
    expect(await db().select().from(planShareOpenings).where(eq(planShareOpenings.clientId, client.id))).toHaveLength(1);
    expect((await auditFor(owner.practiceId)).map((e) => e.action)).toContain('plan.share_opened');
    expect((await timelineKinds(owner.practiceId, client.id)).at(-1)!.kind).toBe('share.opened');
  });

  it('speaks the contact’s language', async () => {
    const { manager, client } = await setup();
    await db().update(employerContacts).set({ locale: 'en' }).where(eq(employerContacts.id, manager.id));
    const { token } = await shareWith(client.id, manager.id);
    expect(await openSharedPlan(token)).toMatchObject({ state: 'ok', view: { locale: 'en' } });
  });

  it('reveals nothing for an unknown, wrong-length or revoked token; says so when expired; renew brings it back', async () => {
    const { owner, manager, client } = await setup();
    const { token, shareId } = await shareWith(client.id, manager.id);
    expect(await openSharedPlan('short')).toEqual({ state: 'not_found' });
    expect(await openSharedPlan(`${token}x`)).toEqual({ state: 'not_found' });
    expect(await openSharedPlan('A'.repeat(43))).toEqual({ state: 'not_found' });
    await db()
      .update(planShares)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(planShares.id, shareId));
    expect(await openSharedPlan(token)).toEqual({ state: 'expired', locale: 'nl' });
    expect(await renewShareAction({ shareId })).toEqual({ ok: true, data: null });
    expect((await openSharedPlan(token)).state).toBe('ok');
    // Renewed again straight away (the same date on screen): fine, and no second line on the timeline.
    expect(await renewShareAction({ shareId })).toEqual({ ok: true, data: null });
    expect((await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'share.renewed')).toHaveLength(1);
    expect(await revokeShareAction({ shareId })).toEqual({ ok: true, data: null });
    expect(await openSharedPlan(token)).toEqual({ state: 'not_found' });
    expect(await renewShareAction({ shareId })).toMatchObject({ fieldErrors: { _form: 'plan.errors.shareRevoked' } });
    // Showing the page records no opening (the browser's page does: recordOpeningAction).
    expect(await db().select().from(planShareOpenings).where(eq(planShareOpenings.clientId, client.id))).toEqual([]);
  });

  it('revoked twice at once (a double click, a colleague): both hear it is done, and the timeline has one line', async () => {
    const { owner, manager, client } = await setup();
    const { shareId } = await shareWith(client.id, manager.id);
    // The row held while both requests read the live link and reach their update: the second then finds it revoked.
    let both: Promise<unknown[]> | undefined;
    await db().transaction(async (tx) => {
      await tx.select().from(planShares).where(eq(planShares.id, shareId)).for('update');
      both = Promise.all([revokeShareAction({ shareId }), revokeShareAction({ shareId })]);
      await new Promise((resolve) => setTimeout(resolve, 400));
    });
    expect(await both).toEqual([
      { ok: true, data: null },
      { ok: true, data: null },
    ]);
    expect((await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'share.revoked')).toHaveLength(1);
  });

  it('keeps one working link per contact: a second is refused until the first is revoked (or has expired)', async () => {
    const { manager, client } = await setup();
    const first = await shareWith(client.id, manager.id);
    const links = () => db().select().from(planShares).where(eq(planShares.clientId, client.id));
    expect(await createShareAction({ clientId: client.id, contactId: manager.id, sendMail: false })).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { _form: 'plan.errors.shareExists' },
    });
    expect(await links()).toHaveLength(1);
    expect(await revokeShareAction({ shareId: first.shareId })).toEqual({ ok: true, data: null });
    const second = await shareWith(client.id, manager.id);
    await db()
      .update(planShares)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(planShares.id, second.shareId));
    expect((await createShareAction({ clientId: client.id, contactId: manager.id, sendMail: false })).ok).toBe(true);
    expect(await links()).toHaveLength(3);
  });

  it('renews an expired link only while its contact has no other working link: one live link per contact', async () => {
    const { owner, manager, client } = await setup();
    const first = await shareWith(client.id, manager.id);
    const expired = new Date(Date.now() - 1000);
    await db().update(planShares).set({ expiresAt: expired }).where(eq(planShares.id, first.shareId));
    // The old link expired, so the coach made the manager a new one...
    const second = await shareWith(client.id, manager.id);
    // ...and renewing the old one would give the manager two working links.
    expect(await renewShareAction({ shareId: first.shareId })).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { _form: 'plan.errors.shareExists' },
    });
    const [old] = await db().select().from(planShares).where(eq(planShares.id, first.shareId));
    expect(old!.expiresAt).toEqual(expired);
    expect(await openSharedPlan(first.token)).toEqual({ state: 'expired', locale: 'nl' });
    expect((await timelineKinds(owner.practiceId, client.id)).map((e) => e.kind)).not.toContain('share.renewed');
    // Renewing the working link itself is fine; once it is revoked, the old one may be renewed.
    expect(await renewShareAction({ shareId: second.shareId })).toEqual({ ok: true, data: null });
    expect(await revokeShareAction({ shareId: second.shareId })).toEqual({ ok: true, data: null });
    expect(await renewShareAction({ shareId: first.shareId })).toEqual({ ok: true, data: null });
    expect((await openSharedPlan(first.token)).state).toBe('ok');
  });

  it('hides the plan when the client moves to another employer', async () => {
    const { owner, manager, client } = await setup();
    const { token } = await shareWith(client.id, manager.id);
    const { employer: next } = await seedEmployer(owner.practiceId, 'Nieuwe werkgever');
    await db().update(clients).set({ employerId: next.id, managerContactId: null }).where(eq(clients.id, client.id));
    expect(await openSharedPlan(token)).toEqual({ state: 'not_found' });
  });

  it('rate limits link guessing per IP', async () => {
    await setup();
    for (let i = 0; i < GUESS_LIMIT; i++) expect(await openSharedPlan(`guess-${i}`)).toEqual({ state: 'not_found' });
    expect(await openSharedPlan('another-guess')).toEqual({ state: 'rate_limited' });
    expect(await confirmPlanAction({ token: 'x', seen: '' })).toEqual({ ok: false, error: 'rate_limited' });
  });
});

describe('the client’s consent to share with the employer', () => {
  async function withoutConsent() {
    const owner = await createPractice('Praktijk Zonder Toestemming');
    const { employer, manager } = await seedEmployer(owner.practiceId);
    const client = await seedClient(owner.practiceId, owner.userId, { employerId: employer.id, managerContactId: manager.id });
    actAs(owner);
    return { owner, manager, client };
  }

  it('makes no link and records no release without it, for the coach and for the client, writing nothing', async () => {
    const { owner, manager, client } = await withoutConsent();
    const itemId = await addItem(client.id);
    expect(await createShareAction({ clientId: client.id, contactId: manager.id })).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { _form: 'plan.errors.sharingConsent' },
    });
    expect(
      await recordReleaseAction({ itemId: itemId, wording: await seenWording(itemId), seen: await seenDetails(itemId) }),
    ).toMatchObject({
      fieldErrors: { _form: 'plan.errors.sharingConsent' },
    });
    await actAsPortalClient(client);
    expect(
      await releasePlanItemAction({ itemId: itemId, wording: await seenWording(itemId), seen: await seenDetails(itemId) }),
    ).toMatchObject({
      fieldErrors: { _form: 'plan.errors.sharingConsentClient' },
    });
    expect(await db().select().from(planShares).where(eq(planShares.clientId, client.id))).toEqual([]);
    expect(await releasesOf(itemId)).toEqual([]);
    expect(await outboxFor(owner.practiceId)).toEqual([]);
    const page = await planPageData(owner.practiceId, client.id);
    expect(page?.sharingConsent).toBe(false);
    // Once given, both work.
    await recordSharingConsent(owner.practiceId, client.id);
    expect((await planPageData(owner.practiceId, client.id))?.sharingConsent).toBe(true);
    expect((await releasePlanItemAction({ itemId: itemId, wording: await seenWording(itemId), seen: await seenDetails(itemId) })).ok).toBe(
      true,
    );
    actAs(owner);
    expect((await createShareAction({ clientId: client.id, contactId: manager.id })).ok).toBe(true);
  });

  it('ends every live link when the client withdraws it, on the timeline and in the audit log; releases can still be withdrawn', async () => {
    const { owner, employer, manager, client } = await setup();
    const itemId = await addItem(client.id);
    await actAsPortalClient(client);
    await releasePlanItemAction({ itemId: itemId, wording: await seenWording(itemId), seen: await seenDetails(itemId) });
    actAs(owner);
    const [hr] = await db()
      .insert(employerContacts)
      .values({ practiceId: owner.practiceId, employerId: employer.id, name: 'Hanna HR', role: 'hr', email: 'hr@werkgever.test' })
      .returning();
    const first = await shareWith(client.id, manager.id);
    const second = await shareWith(client.id, hr!.id);
    expect((await openSharedPlan(first.token)).state).toBe('ok');
    const withdrawn = await recordConsentAction({ clientId: client.id, kind: 'employer_sharing', action: 'withdrawn', note: '' });
    expect(withdrawn).toEqual({ ok: true, data: null });
    expect(await openSharedPlan(first.token)).toEqual({ state: 'not_found' });
    expect(await openSharedPlan(second.token)).toEqual({ state: 'not_found' });
    const rows = await db().select().from(planShares).where(eq(planShares.clientId, client.id));
    expect(rows.every((r) => r.revokedAt !== null)).toBe(true);
    const timeline = await timelineKinds(owner.practiceId, client.id);
    const ended = timeline.filter((e) => e.kind === 'share.revoked_automatically');
    expect(ended.map((e) => e.data).sort((a, b) => String(a.shareId).localeCompare(String(b.shareId)))).toEqual(
      [first.shareId, second.shareId].sort().map((shareId) => ({ shareId, reason: 'consent_withdrawn' })),
    );
    const revokedAudits = (await auditFor(owner.practiceId)).filter((e) => e.action === 'plan.share_revoked');
    expect(revokedAudits.map((e) => e.entityId).sort()).toEqual([first.shareId, second.shareId].sort());
    expect(await renewShareAction({ shareId: first.shareId })).toMatchObject({ fieldErrors: { _form: 'plan.errors.shareRevoked' } });
    expect(await createShareAction({ clientId: client.id, contactId: manager.id })).toMatchObject({
      fieldErrors: { _form: 'plan.errors.sharingConsent' },
    });
    // What was released under that consent is withdrawn with it: given again, a new link shows nothing until released again.
    expect(await releasesOf(itemId)).toMatchObject([{ withdrawnBy: 'consent_withdrawn' }]);
    expect(
      (await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'plan.release_withdrawn').map((e) => e.data),
    ).toEqual([{ itemId, title: 'Werkdruk herverdelen', reason: 'consent_withdrawn' }]);
    expect(
      (await auditFor(owner.practiceId)).filter((e) => e.action === 'plan.release_withdrawn').map((e) => [e.entityId, e.metadata]),
    ).toEqual([[itemId, { reason: 'consent_withdrawn' }]]);
    await recordSharingConsent(owner.practiceId, client.id, 'given');
    const again = await shareWith(client.id, manager.id);
    const view = await openSharedPlan(again.token);
    expect(view.state === 'ok' && view.view.items).toEqual([]);
    // Withdrawing stays possible and changes nothing more.
    await actAsPortalClient(client);
    expect((await withdrawPlanItemAction({ itemId })).ok).toBe(true);
  });

  it('ends the former manager’s links when the client gets another manager at the same employer; HR’s link and the releases stay', async () => {
    const { owner, employer, manager, client } = await setup();
    const itemId = await addItem(client.id);
    await actAsPortalClient(client);
    await releasePlanItemAction({ itemId, wording: await seenWording(itemId), seen: await seenDetails(itemId) });
    actAs(owner);
    const [hr, successor] = await db()
      .insert(employerContacts)
      .values([
        { practiceId: owner.practiceId, employerId: employer.id, name: 'Hanna HR', role: 'hr', email: 'hr@werkgever.test' },
        { practiceId: owner.practiceId, employerId: employer.id, name: 'Mira Opvolger', role: 'manager', email: 'mira@werkgever.test' },
      ])
      .returning();
    const former = await shareWith(client.id, manager.id);
    const hrLink = await shareWith(client.id, hr!.id);
    expect(await updateClientAction({ ...clientFormValues(client), managerContactId: successor!.id })).toMatchObject({ ok: true });
    expect(await openSharedPlan(former.token)).toEqual({ state: 'not_found' });
    expect((await openSharedPlan(hrLink.token)).state).toBe('ok');
    expect(await releasesOf(itemId)).toMatchObject([{ withdrawnAt: null }]);
    expect(
      (await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'share.revoked_automatically').map((e) => e.data),
    ).toEqual([{ shareId: former.shareId, reason: 'manager_changed' }]);
  });

  it('keeps a contact’s links when a contact without an address gets one: no other person', async () => {
    const { owner, employer, client } = await setup();
    const [nameless] = await db()
      .insert(employerContacts)
      .values({ practiceId: owner.practiceId, employerId: employer.id, name: 'Hanna HR', role: 'hr' })
      .returning();
    const link = await shareWith(client.id, nameless!.id);
    expect(
      await updateContactAction({
        employerId: employer.id,
        contactId: nameless!.id,
        version: nameless!.version,
        name: 'Hanna HR',
        role: 'hr',
        locale: 'nl',
        email: 'hanna@werkgever.test',
        phone: '',
      }),
    ).toMatchObject({ ok: true });
    expect((await openSharedPlan(link.token)).state).toBe('ok');
  });

  it('ends a contact’s links when the contact’s email address changes (perhaps another person); a new phone number keeps them', async () => {
    const { owner, employer, manager, client } = await setup();
    const link = await shareWith(client.id, manager.id);
    const edit = (version: number, values: { email: string; phone: string }) =>
      updateContactAction({
        employerId: employer.id,
        contactId: manager.id,
        version,
        name: manager.name,
        role: 'manager',
        locale: 'nl',
        ...values,
      });
    expect(await edit(manager.version, { email: manager.email ?? '', phone: '06 9999 0000' })).toMatchObject({ ok: true });
    expect((await openSharedPlan(link.token)).state).toBe('ok');
    expect(await edit(manager.version + 1, { email: 'opvolger@werkgever.test', phone: '06 9999 0000' })).toMatchObject({ ok: true });
    expect(await openSharedPlan(link.token)).toEqual({ state: 'not_found' });
    expect(
      (await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'share.revoked_automatically').map((e) => e.data),
    ).toEqual([{ shareId: link.shareId, reason: 'contact_changed' }]);
  });

  it('ends a contact’s links when the contact is no longer a manager or HR, for good: set back, the link stays revoked', async () => {
    const { owner, employer, manager, client } = await setup();
    const link = await shareWith(client.id, manager.id);
    // No longer the client's manager (a manager of a client keeps that role: lib/employers/service.ts), still the contact
    // the link is for.
    await db().update(clients).set({ managerContactId: null }).where(eq(clients.id, client.id));
    const edit = (version: number, role: 'manager' | 'hr' | 'company_doctor' | 'other') =>
      updateContactAction({
        employerId: employer.id,
        contactId: manager.id,
        version,
        name: manager.name,
        role,
        locale: 'nl',
        email: manager.email ?? '',
        phone: '',
      });
    // Manager to HR: still someone a link may be for.
    expect(await edit(manager.version, 'hr')).toMatchObject({ ok: true });
    expect((await openSharedPlan(link.token)).state).toBe('ok');
    expect(await edit(manager.version + 1, 'company_doctor')).toMatchObject({ ok: true });
    const [row] = await listShares(owner.practiceId, client.id);
    expect(row!.revokedAt).toBeInstanceOf(Date);
    expect(
      (await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'share.revoked_automatically').map((e) => e.data),
    ).toEqual([{ shareId: link.shareId, reason: 'contact_changed' }]);
    expect(
      (await auditFor(owner.practiceId)).filter((a) => a.action === 'plan.share_revoked').map((a) => [a.entityId, a.metadata]),
    ).toEqual([[link.shareId, { reason: 'contact_changed' }]]);
    // The role set back: the link does not come back to life.
    expect(await edit(manager.version + 2, 'manager')).toMatchObject({ ok: true });
    expect(await openSharedPlan(link.token)).toEqual({ state: 'not_found' });
  });

  it('makes no link for the old employer’s manager when the client moves to another employer while the link is being made', async () => {
    const { owner, manager, client } = await setup();
    const next = await seedEmployer(owner.practiceId, 'Bouwbedrijf Zuid');
    // A details save holds the client's row, another employer written but not yet committed.
    const letGo = await holdLock(
      (tx) => tx`update clients set employer_id = ${next.employer.id}, manager_contact_id = null where id = ${client.id}`,
    );
    const made = createShareAction({ clientId: client.id, contactId: manager.id, sendMail: true });
    await pause(300);
    await letGo();
    expect(await made).toEqual({ ok: false, error: 'stale' });
    expect(await db().select().from(planShares).where(eq(planShares.clientId, client.id))).toEqual([]);
    expect(await outboxFor(owner.practiceId)).toEqual([]);
  });

  it('keeps the releases when the client’s first employer is recorded: nothing was released for another one', async () => {
    const { owner, employer, manager } = await setup();
    const client = await seedClient(owner.practiceId, owner.userId, { firstName: 'Noor' }, { sharing: true });
    const itemId = await addItem(client.id);
    await actAsPortalClient(client);
    await releasePlanItemAction({ itemId, wording: await seenWording(itemId), seen: await seenDetails(itemId) });
    actAs(owner);
    expect(await updateClientAction({ ...clientFormValues(client), employerId: employer.id, managerContactId: manager.id })).toMatchObject({
      ok: true,
    });
    expect(await releasesOf(itemId)).toMatchObject([{ withdrawnAt: null }]);
    const link = await shareWith(client.id, manager.id);
    const view = await openSharedPlan(link.token);
    expect(view.state === 'ok' && view.view.items.map((i) => i.id)).toEqual([itemId]);
  });

  it('ends the links and withdraws the releases when the client moves to another employer, whose manager sees nothing', async () => {
    const { owner, manager, client } = await setup();
    const itemId = await addItem(client.id);
    await actAsPortalClient(client);
    await releasePlanItemAction({ itemId, wording: await seenWording(itemId), seen: await seenDetails(itemId) });
    actAs(owner);
    const old = await shareWith(client.id, manager.id);
    const next = await seedEmployer(owner.practiceId, 'Bouwbedrijf Oost');
    const moved = await updateClientAction({
      ...clientFormValues(client),
      employerId: next.employer.id,
      managerContactId: next.manager.id,
    });
    expect(moved).toMatchObject({ ok: true });
    expect(await openSharedPlan(old.token)).toEqual({ state: 'not_found' });
    expect(await releasesOf(itemId)).toMatchObject([{ withdrawnBy: 'employer_changed' }]);
    expect(
      (await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'share.revoked_automatically').map((e) => e.data),
    ).toEqual([{ shareId: old.shareId, reason: 'employer_changed' }]);
    const fresh = await shareWith(client.id, next.manager.id);
    const view = await openSharedPlan(fresh.token);
    expect(view.state === 'ok' && view.view.items).toEqual([]);
  });

  it('answers "not found" for a link whose client has no consent on record, however it came about', async () => {
    const { owner, manager, client } = await setup();
    const { token } = await shareWith(client.id, manager.id);
    // Written around the service (an older link, a restore): the share page reads the consent itself.
    await recordSharingConsent(owner.practiceId, client.id, 'withdrawn');
    expect(await openSharedPlan(token)).toEqual({ state: 'not_found' });
    expect(await confirmPlanAction({ token, seen: await seenOnSharePage(token) })).toEqual({
      ok: false,
      error: 'not_found',
      params: LINK_GONE,
    });
    await recordSharingConsent(owner.practiceId, client.id, 'given');
    expect((await openSharedPlan(token)).state).toBe('ok');
  });

  it('ends the links when the trajectory is closed, and makes no new one for a closed trajectory', async () => {
    const { owner, manager, client } = await setup();
    const { token, shareId } = await shareWith(client.id, manager.id);
    const closed = await closeClientAction({ clientId: client.id, version: client.version, closedOn: '2026-11-01', reason: 'completed' });
    expect(closed.ok).toBe(true);
    expect(await openSharedPlan(token)).toEqual({ state: 'not_found' });
    expect(
      (await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'share.revoked_automatically').map((e) => e.data),
    ).toEqual([{ shareId, reason: 'closed' }]);
    expect(await createShareAction({ clientId: client.id, contactId: manager.id })).toMatchObject({
      fieldErrors: { _form: 'plan.errors.clientClosed' },
    });
    expect(await db().select().from(planShares).where(eq(planShares.clientId, client.id))).toHaveLength(1);
    if (!closed.ok) return;
    expect((await archiveClientAction({ clientId: client.id, version: closed.data.version })).ok).toBe(true);
  });
});

describe('the employer acts on the shared plan', () => {
  async function shared() {
    const ctx = await setup();
    const managerItem = await addItem(ctx.client.id);
    const clientItem = await addItem(ctx.client.id, { title: 'Zelf', owner: 'client', employerWording: 'Ik plan pauzes.' });
    const unreleased = await addItem(ctx.client.id, { title: 'Niet gedeeld', owner: 'hr', employerWording: 'HR-tekst' });
    await actAsPortalClient(ctx.client);
    await releasePlanItemAction({ itemId: managerItem, wording: await seenWording(managerItem), seen: await seenDetails(managerItem) });
    await releasePlanItemAction({ itemId: clientItem, wording: await seenWording(clientItem), seen: await seenDetails(clientItem) });
    const share = await shareWith(ctx.client.id, ctx.manager.id);
    actAs(null);
    cookieJar.clear();
    return { ...ctx, ...share, managerItem, clientItem, unreleased };
  }

  it('confirms, updates an employer-owned released item and comments; the client and coach see it on the timeline', async () => {
    const { owner, client, token, managerItem } = await shared();
    expect(await confirmPlanAction({ token, seen: await seenOnSharePage(token) })).toEqual({ ok: true, data: null });
    expect(await setItemStatusAction({ token, itemId: managerItem, from: 'planned', status: 'in_progress' })).toEqual({
      ok: true,
      data: null,
    });
    // The same status again (a retry, a second tab): nothing new, and the item keeps its version for the coach's form.
    const version = (await itemRow(managerItem)).version;
    expect(await setItemStatusAction({ token, itemId: managerItem, from: 'planned', status: 'in_progress' })).toEqual({
      ok: true,
      data: null,
    });
    expect((await itemRow(managerItem)).version).toBe(version);
    expect(await commentAction({ token, requestId: randomUUID(), comment: 'Goed plan, we plannen het overleg in.' })).toEqual({
      ok: true,
      data: null,
    });
    expect((await itemRow(managerItem)).status).toBe('in_progress');
    const actions = await db().select().from(planEmployerActions).where(eq(planEmployerActions.clientId, client.id));
    expect(actions.map((a) => a.kind).sort()).toEqual(['comment', 'confirmed', 'status']);
    expect((await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'plan.employer_status')).toHaveLength(1);
    const kinds = (await timelineKinds(owner.practiceId, client.id)).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['plan.employer_confirmed', 'plan.employer_status', 'plan.employer_comment']));
    const state = await openSharedPlan(token);
    expect(state).toMatchObject({ state: 'ok', view: { confirmedAt: expect.any(String) } });
    expect(await recordOpeningAction({ token, seen: await seenOnSharePage(token) })).toEqual({ ok: true, data: null });
    // The plan page reads all of this in one statement, as the separate queries do.
    const data = await planPageData(owner.practiceId, client.id);
    expect(data?.releases).toEqual(await listReleases(owner.practiceId, client.id));
    expect(data?.employerActions).toEqual(await listEmployerActions(owner.practiceId, client.id));
    expect(data?.facts).toEqual(await planClientFacts(owner.practiceId, client.id));
    expect(data?.contacts).toEqual(await shareableContacts(owner.practiceId, client.employerId!));
    const shares = await listShares(owner.practiceId, client.id);
    expect(shares[0]?.openings).toBe(1);
    expect(data?.shares).toEqual(shares.map((s) => ({ ...s, lastOpenedAt: s.lastOpenedAt && new Date(s.lastOpenedAt) })));
  });

  it('forgets a confirmation once something new is released: the employer confirms again what they now see', async () => {
    const { owner, client, token, clientItem, unreleased } = await shared();
    const confirmations = async () => ({
      actions: (await db().select().from(planEmployerActions).where(eq(planEmployerActions.clientId, client.id))).filter(
        (a) => a.kind === 'confirmed',
      ).length,
      lines: (await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'plan.employer_confirmed').length,
      audit: (await auditFor(owner.practiceId)).filter((a) => a.action === 'plan.employer_confirmed').length,
    });
    expect(await confirmPlanAction({ token, seen: await seenOnSharePage(token) })).toEqual({ ok: true, data: null });
    // A second click (or another tab) confirms the same thing: fine, and not a second confirmation.
    expect(await confirmPlanAction({ token, seen: await seenOnSharePage(token) })).toEqual({ ok: true, data: null });
    expect(await confirmations()).toEqual({ actions: 1, lines: 1, audit: 1 });
    // Withdrawing leaves less to see: the confirmation of the rest stands.
    await actAsPortalClient(client);
    expect(await withdrawPlanItemAction({ itemId: clientItem })).toEqual({ ok: true, data: null });
    expect(await openSharedPlan(token)).toMatchObject({ state: 'ok', view: { confirmedAt: expect.any(String) } });
    // A new text: the page asks again, and the release's audit entry says a confirmation was cleared.
    await actAsPortalClient(client);
    expect(
      (await releasePlanItemAction({ itemId: unreleased, wording: await seenWording(unreleased), seen: await seenDetails(unreleased) })).ok,
    ).toBe(true);
    actAs(null);
    const state = await openSharedPlan(token);
    // ...and tells the manager why: confirmed before, something shared since.
    expect(state).toMatchObject({ state: 'ok', view: { confirmedAt: null, confirmationLapsedSince: expect.any(String) } });
    if (state.state === 'ok') expect(state.view.items.map((i) => i.wording)).toContain('HR-tekst');
    const released = (await auditFor(owner.practiceId)).filter((a) => a.action === 'plan.released' && a.entityId === unreleased);
    expect(released.map((a) => a.metadata)).toEqual([expect.objectContaining({ confirmationsCleared: 1 })]);
    // Taken back before the manager looked: nothing shown is new, and the page does not say that something was shared.
    await actAsPortalClient(client);
    expect(await withdrawPlanItemAction({ itemId: unreleased })).toEqual({ ok: true, data: null });
    actAs(null);
    expect(await openSharedPlan(token)).toMatchObject({ state: 'ok', view: { confirmedAt: null, confirmationLapsedSince: null } });
    expect(await confirmPlanAction({ token, seen: await seenOnSharePage(token) })).toEqual({ ok: true, data: null });
    expect(await openSharedPlan(token)).toMatchObject({
      state: 'ok',
      view: { confirmedAt: expect.any(String), confirmationLapsedSince: null },
    });
    expect(await confirmations()).toEqual({ actions: 2, lines: 2, audit: 2 });
  });

  /** A second contact of the employer (HR) with a live link of their own, made as the coach. */
  async function shareWithHr(owner: Awaited<ReturnType<typeof createPractice>>, employerId: string, clientId: string) {
    actAs(owner);
    const [hr] = await db()
      .insert(employerContacts)
      .values({ practiceId: owner.practiceId, employerId, name: 'Hanna HR', role: 'hr', email: 'hr@werkgever.test' })
      .returning();
    const share = await shareWith(clientId, hr!.id);
    actAs(null);
    return share;
  }

  it("shows each contact their own earlier comments, newest first, and nobody else's", async () => {
    const { owner, employer, client, token } = await shared();
    const hrShare = await shareWithHr(owner, employer.id, client.id);
    expect(await openSharedPlan(token)).toMatchObject({ state: 'ok', view: { ownComments: [] } });
    expect((await commentAction({ token, requestId: randomUUID(), comment: 'Eerste reactie van de leidinggevende.' })).ok).toBe(true);
    expect((await commentAction({ token: hrShare.token, requestId: randomUUID(), comment: 'HR-MARKER: alleen voor de coach.' })).ok).toBe(
      true,
    );
    expect((await commentAction({ token, requestId: randomUUID(), comment: 'Tweede reactie van de leidinggevende.' })).ok).toBe(true);

    const manager = await openSharedPlan(token);
    expect(manager.state === 'ok' && manager.view.ownComments.map((c) => c.text)).toEqual([
      'Tweede reactie van de leidinggevende.',
      'Eerste reactie van de leidinggevende.',
    ]);
    expect(JSON.stringify(manager)).not.toContain('HR-MARKER');
    const hrView = await openSharedPlan(hrShare.token);
    expect(hrView.state === 'ok' && hrView.view.ownComments.map((c) => c.text)).toEqual(['HR-MARKER: alleen voor de coach.']);
    // The coach's own manager report (no link) carries no comments.
    actAs(owner);
    expect((await employerViewFor({ practiceId: owner.practiceId, id: '', clientId: client.id }, 'nl', null)).ownComments).toEqual([]);
  });

  it('notes a comment sent again (its answer lost on the way back) once; its id through another link is refused', async () => {
    const { owner, employer, client, token } = await shared();
    const hrShare = await shareWithHr(owner, employer.id, client.id);
    const requestId = randomUUID();
    const send = () => commentAction({ token, requestId, comment: 'We spreken donderdag af.' });
    const [first, second] = await Promise.all([send(), send()]);
    expect([first, second, await send()]).toEqual(Array(3).fill({ ok: true, data: null }));
    expect(await commentAction({ token: hrShare.token, requestId, comment: 'Via een andere link' })).toEqual({ ok: false, error: 'stale' });
    const comments = await db()
      .select()
      .from(planEmployerActions)
      .where(and(eq(planEmployerActions.clientId, client.id), eq(planEmployerActions.kind, 'comment')));
    expect(comments.map((c) => [c.id, c.comment])).toEqual([[requestId, 'We spreken donderdag af.']]);
    expect((await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'plan.employer_comment')).toHaveLength(1);
    expect((await auditFor(owner.practiceId)).filter((a) => a.action === 'plan.employer_comment')).toHaveLength(1);
    const manager = await openSharedPlan(token);
    expect(manager.state === 'ok' && manager.view.ownComments.map((c) => c.text)).toEqual(['We spreken donderdag af.']);
    // The same id with another text (the box put back and written anew): a comment of its own, not swallowed.
    expect(await commentAction({ token, requestId, comment: 'En vrijdag bellen we.' })).toEqual({ ok: true, data: null });
    const after = await openSharedPlan(token);
    expect(after.state === 'ok' && after.view.ownComments.map((c) => c.text)).toEqual([
      'En vrijdag bellen we.',
      'We spreken donderdag af.',
    ]);
  });

  it('takes at most so many comments per link an hour, writing nothing for the one over', async () => {
    const { client, token } = await shared();
    for (let i = 0; i < POLICIES.shareComment.points; i++)
      expect((await commentAction({ token, requestId: randomUUID(), comment: `Reactie ${i}` })).ok).toBe(true);
    expect(await commentAction({ token, requestId: randomUUID(), comment: 'Nog een' })).toEqual({ ok: false, error: 'rate_limited' });
    const comments = await db()
      .select()
      .from(planEmployerActions)
      .where(and(eq(planEmployerActions.clientId, client.id), eq(planEmployerActions.kind, 'comment')));
    expect(comments).toHaveLength(POLICIES.shareComment.points);
    // The link itself still works.
    expect((await openSharedPlan(token)).state).toBe('ok');
  });

  it('refuses to confirm a page older than the latest release, and a status someone changed since the page showed it', async () => {
    const { client, token, shareId, managerItem, unreleased } = await shared();
    const seen = await seenOnSharePage(token);
    // The manager's page is open; the client releases one more item on the phone.
    await actAsPortalClient(client);
    expect(
      await releasePlanItemAction({ itemId: unreleased, wording: await seenWording(unreleased), seen: await seenDetails(unreleased) }),
    ).toMatchObject({ ok: true });
    cookieJar.clear();
    expect(await confirmPlanAction({ token, seen })).toEqual({ ok: false, error: 'stale' });
    const [share] = await db().select().from(planShares).where(eq(planShares.id, shareId));
    expect(share!.confirmedAt).toBeNull();
    // Reloaded: the page shows the new item, and the confirmation covers it.
    expect(await confirmPlanAction({ token, seen: await seenOnSharePage(token) })).toEqual({ ok: true, data: null });

    // The page showed "planned"; the coach has set the item to "in progress" since.
    await db().update(planItems).set({ status: 'in_progress' }).where(eq(planItems.id, managerItem));
    expect(await setItemStatusAction({ token, itemId: managerItem, from: 'planned', status: 'done' })).toEqual({
      ok: false,
      error: 'stale',
    });
    expect((await itemRow(managerItem)).status).toBe('in_progress');
    expect(await setItemStatusAction({ token, itemId: managerItem, from: 'in_progress', status: 'done' })).toEqual({
      ok: true,
      data: null,
    });
    expect((await itemRow(managerItem)).status).toBe('done');
  });

  it('a release under way while the page is shown: the page either shows it, or its notice still goes out', async () => {
    const { owner, client, token, shareId, unreleased } = await shared();
    const wording = await seenWording(unreleased);
    const seen = await seenDetails(unreleased);
    // The release begins and then waits for the item's row, held by another connection (an edit committing first).
    const letGo = await holdLock((tx) => tx`select 1 from plan_items where id = ${unreleased} for update`);
    await actAsPortalClient(client);
    const release = releasePlanItemAction({ itemId: unreleased, wording, seen });
    await pause(500);
    // Meanwhile the manager's browser gets the page and, shown, says it was opened; then the edit commits and the
    // release goes on.
    actAs(null);
    cookieJar.clear();
    const shown = await openSharedPlan(token);
    if (shown.state !== 'ok') throw new Error(shown.state);
    const opened = recordOpeningAction({ token, seen: shown.view.stamp });
    await pause(300);
    await letGo();
    const [released, recorded] = await Promise.all([release, opened]);
    expect(released).toMatchObject({ ok: true });
    expect(recorded).toEqual({ ok: true, data: null });
    const showedIt = shown.view.items.some((i) => i.id === unreleased);
    const notice = await db().transaction((tx) => shareForNotice(owner.practiceId, shareId, tx));
    expect(notice?.unseenRelease).toBe(!showedIt);
    // Shown again now (a reload): it shows the release, and that counts as seen.
    const again = await openSharedPlan(token);
    if (again.state !== 'ok') throw new Error(again.state);
    expect(again.view.items.some((i) => i.id === unreleased)).toBe(true);
    expect(await recordOpeningAction({ token, seen: again.view.stamp })).toEqual({ ok: true, data: null });
    expect((await db().transaction((tx) => shareForNotice(owner.practiceId, shareId, tx)))?.unseenRelease).toBe(false);
  });

  it('a withdrawal under way makes the employer’s status change of that item stale, not a change to a withdrawn item', async () => {
    const { client, token, managerItem } = await shared();
    const [release] = await releasesOf(managerItem);
    // The client's withdrawal begins and then waits for the release's row (held by another connection): it holds the
    // client's links by then, as a release does.
    const letGo = await holdLock((tx) => tx`select 1 from plan_releases where id = ${release!.id} for update`);
    await actAsPortalClient(client);
    const withdrawal = withdrawPlanItemAction({ itemId: managerItem });
    await pause(300);
    // Meanwhile the manager sets the item's status: it waits for the withdrawal, and then finds the item no longer shared.
    actAs(null);
    cookieJar.clear();
    const status = setItemStatusAction({ token, itemId: managerItem, from: 'planned', status: 'in_progress' });
    await pause(300);
    await letGo();
    expect(await withdrawal).toEqual({ ok: true, data: null });
    expect(await status).toEqual({ ok: false, error: 'stale' });
    expect((await itemRow(managerItem)).status).toBe('planned');
    expect(await db().select().from(planEmployerActions).where(eq(planEmployerActions.clientId, client.id))).toEqual([]);
  });

  it('a dropped item is no longer shared: the coach’s drop withdraws its release, and the employer cannot take it up again', async () => {
    const { owner, client, token, managerItem, clientItem, unreleased } = await shared();
    actAs(owner);
    const drop = async (itemId: string) => setPlanItemStatusAction({ itemId, version: (await itemRow(itemId)).version, status: 'dropped' });
    expect(await drop(clientItem)).toMatchObject({ ok: true });
    expect(await releasesOf(clientItem)).toMatchObject([{ withdrawnBy: 'item_dropped', withdrawnAt: expect.any(Date) }]);
    const lines = await timelineKinds(owner.practiceId, client.id);
    expect(lines.filter((e) => e.kind === 'plan.release_withdrawn').map((e) => e.data)).toEqual([
      { itemId: clientItem, title: 'Zelf', reason: 'item_dropped' },
    ]);
    expect(lines.filter((e) => e.kind === 'plan.item_status').map((e) => e.data)).toEqual([
      { itemId: clientItem, title: 'Zelf', status: 'dropped' },
    ]);
    const withdrawals = (await auditFor(owner.practiceId)).filter((a) => a.action === 'plan.release_withdrawn');
    expect(withdrawals.map((a) => [a.entityId, a.metadata])).toEqual([[clientItem, { reason: 'item_dropped' }]]);
    // Nor can the client (or the coach in the session) release it again while it is dropped.
    await actAsPortalClient(client);
    expect(
      await releasePlanItemAction({ itemId: clientItem, wording: await seenWording(clientItem), seen: await seenDetails(clientItem) }),
    ).toEqual({ ok: false, error: 'validation', fieldErrors: { _form: 'plan.errors.releaseDropped' } });
    expect(await releasesOf(clientItem)).toHaveLength(1);
    actAs(owner);
    // An item that was not released: dropped, with nothing to withdraw.
    expect(await drop(unreleased)).toMatchObject({ ok: true });
    expect((await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'plan.release_withdrawn')).toHaveLength(1);
    actAs(null);
    const page = await openSharedPlan(token);
    expect(page.state === 'ok' && page.view.items.map((i) => i.id)).toEqual([managerItem]);

    // The manager drops their own item through the page: it stays on the page, dropped, without a status control...
    expect(await setItemStatusAction({ token, itemId: managerItem, from: 'planned', status: 'dropped' })).toEqual({ ok: true, data: null });
    const after = await openSharedPlan(token);
    expect(after.state === 'ok' && after.view.items).toMatchObject([{ id: managerItem, status: 'dropped', employerMayUpdate: false }]);
    // ...and cannot take it up again (another tab, a page shown before): that is for the coach and the client.
    expect(await setItemStatusAction({ token, itemId: managerItem, from: 'dropped', status: 'in_progress' })).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { _form: 'plan.errors.itemDropped' },
    });
    expect((await itemRow(managerItem)).status).toBe('dropped');
    expect((await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'plan.employer_status')).toHaveLength(1);

    // The coach takes it up again: it is no longer shared until the client releases it anew.
    actAs(owner);
    const takenUp = await itemRow(managerItem);
    expect(await setPlanItemStatusAction({ itemId: managerItem, version: takenUp.version, status: 'planned' })).toMatchObject({
      ok: true,
    });
    expect(await releasesOf(managerItem)).toMatchObject([{ withdrawnBy: 'item_dropped', withdrawnAt: expect.any(Date) }]);
    actAs(null);
    const retaken = await openSharedPlan(token);
    expect(retaken.state === 'ok' && retaken.view.items).toEqual([]);
  });

  it('a release and the employer’s status change of the same item at once both go through (they lock in one order)', async () => {
    const { client, token, shareId, managerItem } = await shared();
    const wording = await seenWording(managerItem);
    const seen = await seenDetails(managerItem);
    // The link's row is held (a page being shown), so both writes queue behind it: the release first, then the status.
    const letGo = await holdLock((tx) => tx`select 1 from plan_shares where id = ${shareId} for no key update`);
    await actAsPortalClient(client);
    const release = releasePlanItemAction({ itemId: managerItem, wording, seen });
    await pause(300);
    actAs(null);
    cookieJar.clear();
    const status = setItemStatusAction({ token, itemId: managerItem, from: 'planned', status: 'in_progress' });
    await pause(300);
    await letGo();
    expect(await release).toMatchObject({ ok: true });
    expect(await status).toEqual({ ok: true, data: null });
    expect((await itemRow(managerItem)).status).toBe('in_progress');
  });

  it('a details save that revokes the link and the employer’s comment at once both end without an error (both lock the client first)', async () => {
    const { client, token, shareId } = await shared();
    // The details save: the client's row for update (its email, a unique key, changes), then the link revoked.
    const other = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    let revoke!: () => void;
    const next = new Promise<void>((resolve) => {
      revoke = resolve;
    });
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const save = other.begin(async (tx) => {
      await tx`select 1 from clients where id = ${client.id} for update`;
      locked();
      await next;
      await tx`update plan_shares set revoked_at = now() where id = ${shareId}`;
    });
    await isLocked;
    const comment = commentAction({ token, requestId: randomUUID(), comment: 'Tegelijk met de wijziging.' });
    await pause(300);
    revoke();
    // Locked in opposite orders, PostgreSQL ended one of the two with a deadlock (a server error for the manager).
    await save;
    await other.end();
    expect(await comment).toEqual({ ok: false, error: 'not_found' });
  });

  it('takes at most so many status changes per link an hour (each is a version, a timeline line and an audit entry)', async () => {
    const { owner, client, token, managerItem } = await shared();
    const statuses = ['in_progress', 'done'] as const;
    for (let i = 0; i < POLICIES.shareStatus.points; i++)
      expect(
        await setItemStatusAction({
          token,
          itemId: managerItem,
          from: i === 0 ? 'planned' : statuses[(i - 1) % 2]!,
          status: statuses[i % 2]!,
        }),
      ).toEqual({ ok: true, data: null });
    const before = await itemRow(managerItem);
    expect(before.status).toBe('done');
    expect(await setItemStatusAction({ token, itemId: managerItem, from: 'planned', status: 'in_progress' })).toEqual({
      ok: false,
      error: 'rate_limited',
    });
    expect(await itemRow(managerItem)).toEqual(before);
    const lines = (await timelineKinds(owner.practiceId, client.id)).filter((e) => e.kind === 'plan.employer_status');
    expect(lines).toHaveLength(POLICIES.shareStatus.points);
    // Comments have their own limit, and the link itself still works.
    expect(await commentAction({ token, requestId: randomUUID(), comment: 'Dank je.' })).toEqual({ ok: true, data: null });
    expect((await openSharedPlan(token)).state).toBe('ok');
  });

  it('refuses an item the client owns, an unreleased item and an item of another client, writing nothing', async () => {
    const { owner, token, clientItem, unreleased } = await shared();
    const other = await seedClient(owner.practiceId, owner.userId);
    actAs(owner);
    const theirs = await addItem(other.id);
    actAs(null);
    expect(await setItemStatusAction({ token, itemId: clientItem, from: 'planned', status: 'done' })).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { _form: 'plan.errors.notEmployerOwned' },
    });
    expect(await setItemStatusAction({ token, itemId: unreleased, from: 'planned', status: 'done' })).toEqual({
      ok: false,
      error: 'not_found',
    });
    expect(await setItemStatusAction({ token, itemId: theirs, from: 'planned', status: 'done' })).toEqual({
      ok: false,
      error: 'not_found',
    });
    expect(await setItemStatusAction({ token, itemId: theirs, from: 'planned', status: 'sideways' })).toMatchObject({
      error: 'validation',
    });
    expect(await commentAction({ token, requestId: randomUUID(), comment: '   ' })).toMatchObject({
      error: 'validation',
      fieldErrors: { comment: 'validation.required' },
    });
    for (const id of [clientItem, unreleased, theirs]) expect((await itemRow(id)).status).toBe('planned');
    expect(await db().select().from(planEmployerActions).where(eq(planEmployerActions.practiceId, owner.practiceId))).toEqual([]);
  });

  it('refuses everything through a revoked or expired link', async () => {
    const { owner, token, shareId, managerItem } = await shared();
    await db()
      .update(planShares)
      .set({ expiresAt: new Date(Date.now() - 1) })
      .where(and(eq(planShares.practiceId, owner.practiceId), eq(planShares.id, shareId)));
    expect(await confirmPlanAction({ token, seen: await seenOnSharePage(token) })).toEqual({ ok: false, error: 'link_expired' });
    actAs(owner);
    await renewShareAction({ shareId });
    await revokeShareAction({ shareId });
    actAs(null);
    expect(await setItemStatusAction({ token, itemId: managerItem, from: 'planned', status: 'done' })).toEqual({
      ok: false,
      error: 'not_found',
      params: LINK_GONE,
    });
    expect(await commentAction({ token, requestId: randomUUID(), comment: 'Hallo' })).toEqual({
      ok: false,
      error: 'not_found',
      params: LINK_GONE,
    });
    expect(await db().select().from(planEmployerActions).where(eq(planEmployerActions.practiceId, owner.practiceId))).toEqual([]);
  });
});

describe('the employer hears of something new', () => {
  const noticeJobs = async () => [
    ...(await db().execute<{ key: string; runAt: string; payload: { shareId: string } }>(sql`
      select j.key, j.run_at as "runAt", j.payload from graphile_worker._private_jobs j
      join graphile_worker._private_tasks t on t.id = j.task_id where t.identifier = 'plan_update_notice'`)),
  ];
  const noticesTo = async (practiceId: string, to: string) =>
    (await outboxFor(practiceId)).filter((m) => m.to === to && m.subject.startsWith('Nieuw in het gedeelde actieplan'));
  /** Makes the waiting notices due now and runs them (with the mail they enqueue). */
  const runNotices = async () => {
    await db().execute(sql`update graphile_worker._private_jobs set run_at = now()`);
    await runMailJobsOnce();
  };

  beforeEach(async () => {
    await db().execute(sql`delete from graphile_worker._private_jobs`);
  });

  async function sharedThenReleased() {
    const ctx = await setup();
    const first = await addItem(ctx.client.id);
    const second = await addItem(ctx.client.id, { title: 'Pauzes', owner: 'client', employerWording: 'Eva neemt om 12 uur pauze.' });
    const third = await addItem(ctx.client.id, { title: 'Scholing', owner: 'hr', employerWording: 'Een cursus plannen.' });
    await actAsPortalClient(ctx.client);
    await releasePlanItemAction({ itemId: first, wording: await seenWording(first), seen: await seenDetails(first) });
    actAs(ctx.owner);
    const share = await shareWith(ctx.client.id, ctx.manager.id);
    return { ...ctx, ...share, second, third };
  }

  it('sends no notice still queued when the link was revoked meanwhile (the mail server was down)', async () => {
    const { owner, client, shareId, second } = await sharedThenReleased();
    await actAsPortalClient(client);
    expect((await releasePlanItemAction({ itemId: second, wording: await seenWording(second), seen: await seenDetails(second) })).ok).toBe(
      true,
    );
    // The notice's turn: its mail is queued, not yet sent.
    await mailUpdateNotice({ practiceId: owner.practiceId, shareId });
    actAs(owner);
    expect((await revokeShareAction({ shareId })).ok).toBe(true);
    await runNotices();
    expect(await noticesTo(owner.practiceId, 'marco@werkgever.test')).toEqual([]);
    const timeline = await timelineKinds(owner.practiceId, client.id);
    // No line about a link's mail that was never the link's mail; the line that said the manager was told is corrected.
    expect(timeline.filter((e) => e.kind === 'share.mail_dropped')).toEqual([]);
    expect(timeline.filter((e) => e.kind === 'share.update_mailed')).toHaveLength(1);
    expect(timeline.filter((e) => e.kind === 'share.update_mail_dropped')).toEqual([
      { kind: 'share.update_mail_dropped', data: { shareId } },
    ]);
  });

  it('mails the manager once, a quarter of an hour after the releases of one sitting, without a link or health data', async () => {
    const { owner, client, shareId, second, third } = await sharedThenReleased();
    // Released before the link was made: nothing to tell (the link shows it).
    expect(await noticeJobs()).toEqual([]);
    await actAsPortalClient(client);
    const before = Date.now();
    expect((await releasePlanItemAction({ itemId: second, wording: await seenWording(second), seen: await seenDetails(second) })).ok).toBe(
      true,
    );
    expect((await releasePlanItemAction({ itemId: third, wording: await seenWording(third), seen: await seenDetails(third) })).ok).toBe(
      true,
    );
    const jobs = await noticeJobs();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.payload.shareId).toBe(shareId);
    const wait = new Date(jobs[0]!.runAt).getTime() - before;
    expect(wait).toBeGreaterThan(UPDATE_NOTICE_DELAY_MS - 60_000);
    expect(wait).toBeLessThanOrEqual(UPDATE_NOTICE_DELAY_MS + 1_000);
    // Not yet due: nothing sent.
    expect(await noticesTo(owner.practiceId, 'marco@werkgever.test')).toEqual([]);

    await runNotices();
    const mails = await noticesTo(owner.practiceId, 'marco@werkgever.test');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('Beste Marco Manager,');
    const initials = initialsOf(client.firstName, client.lastName);
    expect(mails[0]!.subject).toBe(`Nieuw in het gedeelde actieplan van ${initials}, via Praktijk Veerkracht`);
    expect(mails[0]!.text).toContain(`Je medewerker ${initials} heeft iets nieuws met je gedeeld`);
    expect(mails[0]!.text).not.toContain('/share/');
    // Not in any part of the mail: the subject and the html are read too (a name in the subject is as good as in the text).
    const whole = `${mails[0]!.subject}\n${mails[0]!.text}\n${mails[0]!.html}`;
    for (const privateText of ['Eva', 'Pauzes', 'PRIVATE', 'pauze']) expect(whole).not.toContain(privateText);
    expect((await timelineKinds(owner.practiceId, client.id)).map((e) => e.kind)).toContain('share.update_mailed');
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).toContain('plan.update_mailed');

    // Nothing new since: a notice run again sends nothing more.
    await db().execute(
      sql`select graphile_worker.add_job('plan_update_notice', json_build_object('practiceId', ${owner.practiceId}::text, 'shareId', ${shareId}::text))`,
    );
    await runNotices();
    expect(await noticesTo(owner.practiceId, 'marco@werkgever.test')).toHaveLength(1);
  });

  it('sends nothing when the manager opened the link after the release, or the link no longer shows the plan', async () => {
    const { owner, client, token, shareId, second, third } = await sharedThenReleased();
    // The manager has the page open in a browser (one opening counted per half hour)...
    actAs(null);
    const open = async () => {
      const page = await openSharedPlan(token);
      if (page.state !== 'ok') throw new Error(page.state);
      expect(await recordOpeningAction({ token, seen: page.view.stamp })).toEqual({ ok: true, data: null });
    };
    await open();
    await actAsPortalClient(client);
    await releasePlanItemAction({ itemId: second, wording: await seenWording(second), seen: await seenDetails(second) });
    actAs(null);
    // ...and reloads it after the release, within that half hour: not a new opening, but they have seen it.
    await open();
    expect(await db().select().from(planShareOpenings).where(eq(planShareOpenings.shareId, shareId))).toHaveLength(1);
    await runNotices();
    expect(await noticesTo(owner.practiceId, 'marco@werkgever.test')).toEqual([]);

    // Something new again, but the coach revoked the link before the notice was due.
    await actAsPortalClient(client);
    await releasePlanItemAction({ itemId: third, wording: await seenWording(third), seen: await seenDetails(third) });
    expect(await noticeJobs()).toHaveLength(1);
    actAs(owner);
    await revokeShareAction({ shareId });
    await runNotices();
    expect(await noticesTo(owner.practiceId, 'marco@werkgever.test')).toEqual([]);
    expect((await timelineKinds(owner.practiceId, client.id)).map((e) => e.kind)).not.toContain('share.update_mailed');
  });
});

describe('changes that end a link, written while the link is used', () => {
  /** `change` runs in a transaction that stays open a moment while `work` starts; then both finish. */
  async function whileCommitting<T>(change: (tx: Executor) => Promise<unknown>, work: () => Promise<T>): Promise<T> {
    let pending: Promise<T> | undefined;
    await db().transaction(async (tx) => {
      await change(tx);
      pending = work();
      await new Promise((r) => setTimeout(r, 300));
    });
    return pending!;
  }

  it('makes no link for a trajectory that is being closed', async () => {
    const { owner, client, manager } = await setup();
    const result = await whileCommitting(
      (tx) => tx.update(clients).set({ status: 'closed' }).where(eq(clients.id, client.id)),
      () => createShareAction({ clientId: client.id, contactId: manager.id, sendMail: false }),
    );
    expect(result).toEqual({ ok: false, error: 'validation', fieldErrors: { _form: 'plan.errors.clientClosed' } });
    expect(await listShares(owner.practiceId, client.id)).toEqual([]);
  });

  it('takes no comment, confirmation or status through a link that is being revoked', async () => {
    const { owner, token, shareId, managerItem } = await (async () => {
      const ctx = await setup();
      const managerItem = await addItem(ctx.client.id);
      await actAsPortalClient(ctx.client);
      await releasePlanItemAction({ itemId: managerItem, wording: await seenWording(managerItem), seen: await seenDetails(managerItem) });
      actAs(ctx.owner);
      const share = await shareWith(ctx.client.id, ctx.manager.id);
      actAs(null);
      return { ...ctx, ...share, managerItem };
    })();
    const revoke = (tx: Executor) => tx.update(planShares).set({ revokedAt: new Date() }).where(eq(planShares.id, shareId));
    expect(await whileCommitting(revoke, () => commentAction({ token, requestId: randomUUID(), comment: 'Net op tijd?' }))).toEqual({
      ok: false,
      error: 'not_found',
    });
    await db().update(planShares).set({ revokedAt: null }).where(eq(planShares.id, shareId));
    expect(await whileCommitting(revoke, async () => confirmPlanAction({ token, seen: await seenOnSharePage(token) }))).toEqual({
      ok: false,
      error: 'not_found',
    });
    await db().update(planShares).set({ revokedAt: null }).where(eq(planShares.id, shareId));
    expect(
      await whileCommitting(revoke, () => setItemStatusAction({ token, itemId: managerItem, from: 'planned', status: 'done' })),
    ).toEqual({
      ok: false,
      error: 'not_found',
    });
    expect(await db().select().from(planEmployerActions).where(eq(planEmployerActions.practiceId, owner.practiceId))).toEqual([]);
    expect((await itemRow(managerItem)).status).toBe('planned');
    // Revoked before the status comes in: the link is said to be gone (the page says the link no longer works), not
    // the item no longer shared, which would blame the employee for the coach's step.
    await db().update(planShares).set({ revokedAt: new Date() }).where(eq(planShares.id, shareId));
    expect(await setItemStatusAction({ token, itemId: managerItem, from: 'planned', status: 'done' })).toEqual({
      ok: false,
      error: 'not_found',
      params: { link: 'gone' },
    });
  });

  it('refuses a status for an item the link does not show as the item, not as the link', async () => {
    const ctx = await setup();
    const kept = await addItem(ctx.client.id);
    actAs(ctx.owner);
    const { token } = await shareWith(ctx.client.id, ctx.manager.id);
    actAs(null);
    expect(await setItemStatusAction({ token, itemId: kept, from: 'planned', status: 'done' })).toEqual({ ok: false, error: 'not_found' });
  });
});

describe('the coach an employer is pointed to', () => {
  it('is the client’s coach while active, and the practice’s owner once that coach is deactivated', async () => {
    const owner = await createPractice('Praktijk Veerkracht');
    const coach = await addCoach(owner.practiceId);
    const { manager, client } = await seedSharingClient(owner.practiceId, coach.userId, 'Zorggroep Noord', { firstName: 'Eva' });
    actAs(coach);
    const { shareId, token } = await shareWith(client.id, manager.id);
    const named = async () => {
      const notice = await db().transaction((tx) => shareForNotice(owner.practiceId, shareId, tx));
      actAs(null);
      const page = await openSharedPlan(token);
      if (page.state !== 'ok') throw new Error(page.state);
      return [notice?.coachName, notice?.coachEmail, page.view.coach.name, page.view.coach.email];
    };
    expect(await named()).toEqual(['Cas Coach', coach.email, 'Cas Coach', coach.email]);

    expect(await setCoachActive({ ...owner }, coach.userId, false)).toEqual({ ok: true, data: null });
    expect(await named()).toEqual(['Olivia Owner', owner.email, 'Olivia Owner', owner.email]);
    // A new link the owner makes names the owner in its mail, not the deactivated coach.
    actAs(owner);
    await revokeShareAction({ shareId });
    await shareWith(client.id, manager.id, true);
    const mail = (await outboxFor(owner.practiceId)).at(-1)!;
    expect(mail.text).toContain('Olivia Owner');
    expect(mail.text).not.toContain('Cas Coach');
  });
});

import { eq, sql } from 'drizzle-orm';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { revokeShareAction } from '@/app/(coach)/clients/[clientId]/plan/actions';
import SharePage from '@/app/share/[token]/page';
import { getDb } from '@/db/client';
import { timelineKinds } from '@/db/queries/client-test-fixtures';
import { planShareOpenings, planShares, rateLimits } from '@/db/schema';
import { SHARE_OPENING_WINDOW_MS } from '@/lib/plans/service';
import { LINK_GONE } from '@/lib/share/action-error';
import { GUESS_LIMIT } from '@/lib/share/guard';
import { seenOnSharePage } from '@/lib/share/testing';
import { actAs, auditFor, createPractice } from '@/lib/testing/fixtures';
import { cookieJar } from '@/lib/testing/next-headers-mock';
import { sharedPlan } from '@/tests/shared-plan';
import { recordOpeningAction } from './actions';

// The share page's buttons are client components that ask for the router; rendered outside Next, they get a stand-in.
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ refresh() {}, push() {}, replace() {}, back() {}, forward() {}, prefetch() {} }),
}));

beforeEach(async () => {
  actAs(null);
  cookieJar.clear();
  await getDb().delete(rateLimits);
});

const openingsOf = (shareId: string) => getDb().select().from(planShareOpenings).where(eq(planShareOpenings.shareId, shareId));
const openedAudits = async (practiceId: string) => (await auditFor(practiceId)).filter((e) => e.action === 'plan.share_opened');
const openedLines = async (practiceId: string, clientId: string) =>
  (await timelineKinds(practiceId, clientId)).filter((e) => e.kind === 'share.opened');
const seenAtOf = async (shareId: string) => (await getDb().select().from(planShares).where(eq(planShares.id, shareId)))[0]!.seenAt;
const render = async (token: string) => renderToString((await SharePage({ params: Promise.resolve({ token }) })) as never);
/** The page in a browser: its opening said with what it showed. */
const openInBrowser = async (token: string) => recordOpeningAction({ token, seen: await seenOnSharePage(token) });

describe('the share page’s opening', () => {
  it('is not recorded by rendering the page (a link preview, a mail scanner, the coach checking it)', async () => {
    const { owner, client, shareId, token } = await sharedPlan('Praktijk Openingen');
    for (let i = 0; i < 3; i++) expect(await render(token)).toContain('data-testid="privacy-note"');
    expect(await openingsOf(shareId)).toEqual([]);
    expect(await openedAudits(owner.practiceId)).toEqual([]);
    expect(await openedLines(owner.practiceId, client.id)).toEqual([]);
    // Nor does it count as the manager having seen the plan (which would keep back the update mail).
    expect(await seenAtOf(shareId)).toBeNull();
  });

  it('is recorded once the page runs in a browser: reloads and parallel calls within half an hour count once', async () => {
    const { owner, client, shareId, token } = await sharedPlan('Praktijk Openingen');
    expect(await openInBrowser(token)).toEqual({ ok: true, data: null });
    expect(await openingsOf(shareId)).toHaveLength(1);
    expect(await openedLines(owner.practiceId, client.id)).toMatchObject([{ data: { shareId } }]);
    expect(await seenAtOf(shareId)).toBeInstanceOf(Date);
    expect(await openInBrowser(token)).toEqual({ ok: true, data: null });
    const parallel = await Promise.all(Array.from({ length: 5 }, () => openInBrowser(token)));
    expect(parallel).toEqual(Array(5).fill({ ok: true, data: null }));
    expect(await openingsOf(shareId)).toHaveLength(1);
    expect(await openedAudits(owner.practiceId)).toHaveLength(1);
    expect(await openedLines(owner.practiceId, client.id)).toHaveLength(1);
  });

  it('counts a new opening once the window has passed, and each link on its own', async () => {
    const { owner, shareId, token } = await sharedPlan('Praktijk Openingen');
    const other = await sharedPlan('Praktijk Openingen');
    await openInBrowser(token);
    // The earlier opening moves back just past the window (the database clock stamps openings).
    const back = `${SHARE_OPENING_WINDOW_MS / 1000 + 60} seconds`;
    await getDb()
      .update(planShareOpenings)
      .set({ openedAt: sql`now() - ${back}::interval` })
      .where(eq(planShareOpenings.shareId, shareId));
    await openInBrowser(token);
    await openInBrowser(token);
    await openInBrowser(other.token);
    expect(await openingsOf(shareId)).toHaveLength(2);
    expect(await openedAudits(owner.practiceId)).toHaveLength(2);
    expect(await openingsOf(other.shareId)).toHaveLength(1);
  });

  it('is not recorded for a coach of the practice checking the link; a coach of another practice is no one special', async () => {
    const { owner, client, shareId, token } = await sharedPlan('Praktijk Openingen');
    actAs(owner);
    expect(await openInBrowser(token)).toEqual({ ok: true, data: null });
    expect(await openingsOf(shareId)).toEqual([]);
    expect(await openedLines(owner.practiceId, client.id)).toEqual([]);
    expect(await seenAtOf(shareId)).toBeNull();
    actAs(await createPractice('Andere praktijk'));
    expect(await openInBrowser(token)).toEqual({ ok: true, data: null });
    expect(await openingsOf(shareId)).toHaveLength(1);
  });

  it('counts as seen only what the page showed: a page built before the latest release has not seen it', async () => {
    const { shareId, token } = await sharedPlan('Praktijk Openingen');
    expect(await recordOpeningAction({ token, seen: 'another-stamp' })).toEqual({ ok: true, data: null });
    // Opened (the manager looked), but not seen what is shared now: the update notice still goes out.
    expect(await openingsOf(shareId)).toHaveLength(1);
    expect(await seenAtOf(shareId)).toBeNull();
    expect(await openInBrowser(token)).toEqual({ ok: true, data: null });
    expect(await seenAtOf(shareId)).toBeInstanceOf(Date);
  });

  it('records nothing through a revoked or unknown link, which count against the guessing limit as the other actions do', async () => {
    const { owner, shareId, token } = await sharedPlan('Praktijk Openingen');
    actAs(owner);
    expect(await revokeShareAction({ shareId })).toMatchObject({ ok: true });
    actAs(null);
    expect(await openInBrowser(token)).toEqual({ ok: false, error: 'not_found', params: LINK_GONE });
    expect(await recordOpeningAction({ token: 'x', seen: '' })).toEqual({ ok: false, error: 'not_found', params: LINK_GONE });
    expect(await openingsOf(shareId)).toEqual([]);
    for (let i = 2; i < GUESS_LIMIT; i++) await recordOpeningAction({ token: `guess-${i}`, seen: '' });
    expect(await recordOpeningAction({ token: 'one-more', seen: '' })).toEqual({ ok: false, error: 'rate_limited' });
  });
});

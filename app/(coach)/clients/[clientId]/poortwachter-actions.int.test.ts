import { eq } from 'drizzle-orm';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { clientRow, seedClient, timelineKinds } from '@/db/queries/client-test-fixtures';
import { listPoortwachterDue } from '@/db/queries/poortwachter-due';
import { clients, timelineEvents } from '@/db/schema';
import { addDays, todayIn } from '@/lib/caseload/dates';
import { actAs, auditFor, createPractice } from '@/lib/testing/fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import { closeClientAction } from './lifecycle-actions';
import ClientOverviewPage from './page';
import { markPoortwachterStepAction } from './poortwachter-actions';

vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));
vi.mock('@/app/_components/client-messages', () => ({ ClientMessages: ({ children }: { children: ReactNode }) => children }));
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ refresh() {}, push() {}, replace() {}, prefetch() {} }),
  usePathname: () => '/clients',
  useSearchParams: () => new URLSearchParams(),
}));

beforeEach(() => actAs(null));

/** A client in week 7 of sick leave: the problem analysis has passed, the plan van aanpak is due within two weeks. */
async function sickClient() {
  const owner = await createPractice();
  const today = todayIn();
  const since = addDays(today, -44);
  const client = await seedClient(owner.practiceId, owner.userId, { status: 'active', onSickLeave: true, sickLeaveSince: since });
  actAs(owner);
  const step = { clientId: client.id, since, kind: 'plan_van_aanpak' as const, review: null };
  const due = async () => (await listPoortwachterDue(owner.practiceId, owner.userId, today)).map((r) => r.milestone.kind);
  // The page's text (tags dropped), and its buttons' names.
  const overview = async () => {
    const html = await renderPageHtml(await ClientOverviewPage({ params: Promise.resolve({ clientId: client.id }) }));
    const labels = [...html.matchAll(/aria-label="[^"]*"/g)].join(' ');
    return `${html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')} ${labels}`;
  };
  return { owner, client, today, since, step, due, overview };
}

describe('recording a poortwachter step as taken', () => {
  it('takes it off the dashboard, shows it done on the record, and can be taken back; each with a timeline line and an audit entry', async () => {
    const { owner, client, today, since, step, due, overview } = await sickClient();
    // The problem analysis passed two days ago without being recorded: overdue, on the dashboard and the record.
    expect(await due()).toEqual(['problem_analysis', 'plan_van_aanpak']);
    expect(await overview()).toContain('Plan van aanpak door werkgever en werknemer · week 8');
    expect(await overview()).toMatch(/Probleemanalyse door de bedrijfsarts · week 6 .* · verstreken, niet als gedaan vastgelegd/);

    expect(await markPoortwachterStepAction({ ...step, done: true })).toEqual({ ok: true, data: null });
    expect(await due()).toEqual(['problem_analysis']);
    const html = await overview();
    expect(html).toMatch(/Plan van aanpak door werkgever en werknemer · week 8 .* · gedaan op /);
    expect(html).toContain('aria-label="Toch niet gedaan: Plan van aanpak door werkgever en werknemer"');
    // The step that has passed stays open, with its own button; one due months from now has none yet.
    expect(html).toContain('aria-label="Gedaan: Probleemanalyse door de bedrijfsarts"');
    expect(html).not.toContain('aria-label="Gedaan: Ziekmelding bij UWV');

    // A second click (another tab) changes nothing and writes nothing.
    expect(await markPoortwachterStepAction({ ...step, done: true })).toEqual({ ok: true, data: null });
    expect(await markPoortwachterStepAction({ ...step, done: false })).toEqual({ ok: true, data: null });
    expect(await due()).toEqual(['problem_analysis', 'plan_van_aanpak']);

    expect(await timelineKinds(owner.practiceId, client.id)).toEqual([
      {
        kind: 'client.poortwachter_step_done',
        data: { since, step: 'plan_van_aanpak', review: null, due: addDays(since, 55), on: today },
      },
      { kind: 'client.poortwachter_step_reopened', data: { since, step: 'plan_van_aanpak', review: null, due: addDays(since, 55) } },
    ]);
    const audit = (await auditFor(owner.practiceId)).filter((a) => a.action.startsWith('client.poortwachter'));
    expect(audit.map((a) => [a.action, a.entityId, a.metadata])).toEqual([
      ['client.poortwachter_step_done', client.id, { step: 'plan_van_aanpak', review: null }],
      ['client.poortwachter_step_reopened', client.id, { step: 'plan_van_aanpak', review: null }],
    ]);
  });

  it('keeps a step recorded when the first sick day is corrected, and takes one from a page shown before the correction', async () => {
    const { owner, client, today, since, step, overview } = await sickClient();
    expect((await markPoortwachterStepAction({ ...step, kind: 'problem_analysis', done: true })).ok).toBe(true);
    // A typing error put right in the client's details (as updateClientDetails records it).
    const corrected = addDays(since, 1);
    await getDb().update(clients).set({ sickLeaveSince: corrected }).where(eq(clients.id, client.id));
    await getDb()
      .insert(timelineEvents)
      .values({
        practiceId: owner.practiceId,
        clientId: client.id,
        kind: 'client.sick_leave_since_corrected',
        data: { previous: since, since: corrected },
      });
    expect(await overview()).toMatch(/Probleemanalyse door de bedrijfsarts · week 6 .* · gedaan op /);
    // The page still names the period by its old first sick day: the step is recorded under the corrected one.
    expect(await markPoortwachterStepAction({ ...step, done: true })).toEqual({ ok: true, data: null });
    const lines = await timelineKinds(owner.practiceId, client.id);
    expect(lines.at(-1)).toEqual({
      kind: 'client.poortwachter_step_done',
      data: { since: corrected, step: 'plan_van_aanpak', review: null, due: addDays(corrected, 55), on: today },
    });
  });

  it('records the day the coach gives (a step taken last week), and refuses a day to come or before the first sick day', async () => {
    const { owner, client, today, since, step, overview } = await sickClient();
    const lastWeek = addDays(today, -7);
    const refusedOn = (key: string) => ({ ok: false, error: 'validation', fieldErrors: { on: `clients.validation.${key}` } });
    expect(await markPoortwachterStepAction({ ...step, done: true, on: addDays(today, 1) })).toMatchObject(
      refusedOn('poortwachterDoneInFuture'),
    );
    expect(await markPoortwachterStepAction({ ...step, done: true, on: addDays(since, -1) })).toMatchObject(
      refusedOn('poortwachterDoneBeforeSick'),
    );
    // A field left empty is no day: not "today" without a word.
    expect(await markPoortwachterStepAction({ ...step, done: true, on: '' })).toMatchObject({
      ok: false,
      error: 'validation',
      fieldErrors: { on: 'validation.required' },
    });
    expect(await markPoortwachterStepAction({ ...step, done: true, on: '7-12-2026' })).toMatchObject({
      ok: false,
      error: 'validation',
      fieldErrors: { on: 'clients.validation.date' },
    });
    expect(await timelineKinds(owner.practiceId, client.id)).toEqual([]);

    expect(await markPoortwachterStepAction({ ...step, done: true, on: lastWeek })).toEqual({ ok: true, data: null });
    expect(await timelineKinds(owner.practiceId, client.id)).toEqual([
      {
        kind: 'client.poortwachter_step_done',
        data: { since, step: 'plan_van_aanpak', review: null, due: addDays(since, 55), on: lastWeek },
      },
    ]);
    const [y, m, d] = lastWeek.split('-').map(Number);
    const shown = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y!, m! - 1, d!));
    expect(await overview()).toContain(`gedaan op ${shown}`);
  });

  it('refuses a plan of action dated before the problem analysis it builds on, and an analysis dated after the plan', async () => {
    const { owner, client, today, step } = await sickClient();
    const refused = { ok: false, error: 'validation', fieldErrors: { on: 'clients.validation.poortwachterDoneOutOfOrder' } };
    const analysis = { ...step, kind: 'problem_analysis' as const };
    expect(await markPoortwachterStepAction({ ...analysis, done: true, on: addDays(today, -3) })).toEqual({ ok: true, data: null });
    expect(await markPoortwachterStepAction({ ...step, done: true, on: addDays(today, -4) })).toMatchObject(refused);
    // The same day is a possible order (one meeting); then the analysis cannot move after it.
    expect(await markPoortwachterStepAction({ ...step, done: true, on: addDays(today, -3) })).toEqual({ ok: true, data: null });
    expect(await markPoortwachterStepAction({ ...analysis, done: false })).toEqual({ ok: true, data: null });
    expect(await markPoortwachterStepAction({ ...analysis, done: true, on: addDays(today, -1) })).toMatchObject(refused);
    expect((await timelineKinds(owner.practiceId, client.id)).map((l) => [l.data.step, l.data.on])).toEqual([
      ['problem_analysis', addDays(today, -3)],
      ['plan_van_aanpak', addDays(today, -3)],
      ['problem_analysis', undefined],
    ]);
  });

  it('refuses a step of another period, a review the timeline does not list, and a closed trajectory, writing nothing', async () => {
    const { owner, client, today, step } = await sickClient();
    const refused = (key: string) => ({ ok: false, error: 'validation', fieldErrors: { _form: `clients.validation.${key}` } });
    // The first sick day was corrected in another tab: the page's step belongs to a period that is gone.
    expect(await markPoortwachterStepAction({ ...step, since: addDays(step.since, 1), done: true })).toMatchObject(
      refused('poortwachterStepGone'),
    );
    expect(await markPoortwachterStepAction({ ...step, kind: 'review', review: 9, done: true })).toMatchObject(
      refused('poortwachterStepGone'),
    );
    expect((await closeClientAction({ clientId: client.id, version: 1, closedOn: today, reason: 'completed' })).ok).toBe(true);
    expect(await markPoortwachterStepAction({ ...step, done: true })).toMatchObject(refused('poortwachterNotTracked'));
    expect((await timelineKinds(owner.practiceId, client.id)).map((e) => e.kind)).toEqual(['client.closed']);
    expect((await clientRow(owner.practiceId, client.id))!.version).toBe(2);
  });

  it('says "not found" for another practice’s client and refuses input that names no step', async () => {
    const { step } = await sickClient();
    actAs(await createPractice());
    expect(await markPoortwachterStepAction({ ...step, done: true })).toEqual({ ok: false, error: 'not_found' });
    expect(await markPoortwachterStepAction({ ...step, review: 2, done: true })).toMatchObject({ ok: false, error: 'validation' });
    expect(await markPoortwachterStepAction({ ...step, kind: 'wage_continuation_ends' as never, done: true })).toMatchObject({
      ok: false,
      error: 'validation',
    });
  });
});

import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { renderToString } from 'react-dom/server';
import { extractText, getMeta } from 'unpdf';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  completeIntakeAction,
  saveIntakeAnswerAction,
  startMeasurementAction,
} from '@/app/(coach)/clients/[clientId]/measurements/actions';
import { createPlanItemAction, createShareAction, revokeShareAction } from '@/app/(coach)/clients/[clientId]/plan/actions';
import { GET as coachGET } from '@/app/(coach)/clients/[clientId]/reports/[kind]/route';
import { releasePlanItemAction } from '@/app/portal/plan/actions';
import { GET as portalGET } from '@/app/portal/report/route';
import { confirmPlanAction } from '@/app/share/[token]/actions';
import SharePage from '@/app/share/[token]/page';
import { GET as shareGET } from '@/app/share/[token]/report/route';
import { benchQueryCount, getDb } from '@/db/client';
import { recordSharingConsent, seedClient, seedEmployer, seenDetails, seenWording } from '@/db/queries/client-test-fixtures';
import { auditLog, coachingSessions, planItems, planShares } from '@/db/schema';
import { jdrIntakeV1 } from '@/lib/instruments';
import { setCoachVisibility, valuesWhereHigh } from '@/lib/intake/test-fixtures';
import { actAsPortalClient } from '@/lib/portal/testing';
import { consume, POLICIES } from '@/lib/security/rate-limit';
import { seenOnSharePage } from '@/lib/share/testing';
import { actAs, addCoach, createPractice } from '@/lib/testing/fixtures';
import { cookieJar } from '@/lib/testing/next-headers-mock';

// The share page's buttons are client components that ask for the router; rendered outside Next, they get a stand-in.
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ refresh() {}, push() {}, replace() {}, back() {}, forward() {}, prefetch() {} }),
}));

// Count the statements each download sends (db/client.ts counts when this is set before the first getDb()).
process.env.BENCH_COUNT_QUERIES = '1';

/** Marker strings seeded where the employer must never look; none may reach the manager report. */
const M = {
  privateNote: 'MARKERPRIVATENOTE',
  summary: 'Samenvatting MARKERSUMMARY afgesproken',
  homework: 'MARKERHOMEWORK dagboek bijhouden',
  unreleased: 'MARKERUNRELEASED taak',
  unreleasedWording: 'MARKERUNRELEASEDWORDING overleg',
  rationale: 'MARKERRATIONALE',
  ownWords: 'MARKEROWNWORDS alles tegelijk',
  released: 'Maandelijks overleg over de prioriteiten',
  releasedTitle: 'MARKERRELEASEDTITLE werkdruk',
  description: 'MARKERDESCRIPTION taken doorlopen',
};

/** The markers of M that only the coach or the client may see. */
const MARKERS = [
  'MARKERPRIVATENOTE',
  'MARKERSUMMARY',
  'MARKERHOMEWORK',
  'MARKERUNRELEASED',
  'MARKERRATIONALE',
  'MARKEROWNWORDS',
  'MARKERRELEASEDTITLE',
  'MARKERDESCRIPTION',
];

beforeEach(async () => {
  actAs(null);
  cookieJar.clear();
  await getDb().execute(sql`delete from rate_limits`);
});

afterAll(async () => {
  await (globalThis as { __reportPool?: { destroy: () => Promise<void> } }).__reportPool?.destroy();
});

const text = async (res: Response) => {
  const { text: pages } = await extractText(new Uint8Array(await res.arrayBuffer()), { mergePages: true });
  return pages.replace(/\s+/g, ' ');
};
const coachReport = (clientId: string, kind: string) =>
  coachGET(new Request(`http://localhost/clients/${clientId}/reports/${kind}`), { params: Promise.resolve({ clientId, kind }) });

async function setup() {
  const owner = await createPractice('Praktijk Evenwicht');
  const { employer, manager } = await seedEmployer(owner.practiceId, 'Zorggroep Noord');
  const client = await seedClient(
    owner.practiceId,
    owner.userId,
    { firstName: 'Sanne', lastName: 'de Vries', employerId: employer.id, managerContactId: manager.id },
    { sharing: true },
  );
  actAs(owner);
  // A completed intake with high demands and burnout, and own words.
  const started = await startMeasurementAction({ clientId: client.id, instrumentKey: 'jdr-intake' });
  if (!started.ok) throw new Error(started.error);
  const mid = started.data.id;
  for (const [itemKey, value] of Object.entries(valuesWhereHigh(jdrIntakeV1, ['job_demands', 'burnout'])))
    await saveIntakeAnswerAction(mid, { itemKey, value });
  expect(await saveIntakeAnswerAction(mid, { itemKey: 'energy_drains', text: M.ownWords })).toMatchObject({ ok: true });
  expect(await completeIntakeAction(mid)).toMatchObject({ ok: true });
  const base = {
    clientId: client.id,
    description: M.description,
    rationale: M.rationale,
    category: 'hindering_demands' as const,
    level: 'team' as const,
    dueDate: '2027-01-15',
    reviewDate: '',
    dimensions: [],
    source: 'manual',
  };
  const released = await createPlanItemAction({
    ...base,
    requestId: randomUUID(),
    title: M.releasedTitle,
    employerWording: M.released,
    owner: 'manager',
  });
  const kept = await createPlanItemAction({
    ...base,
    requestId: randomUUID(),
    title: M.unreleased,
    employerWording: M.unreleasedWording,
    owner: 'client',
  });
  if (!released.ok || !kept.ok) throw new Error('plan items');
  await getDb()
    .insert(coachingSessions)
    .values({
      practiceId: owner.practiceId,
      clientId: client.id,
      coachId: owner.userId,
      startsAt: new Date('2026-10-01T09:00:00Z'),
      durationMinutes: 60,
      kind: 'coaching',
      location: 'video',
      status: 'held',
      privateNotes: M.privateNote,
      clientSummary: M.summary,
      agreedHomework: M.homework,
    });
  await actAsPortalClient(client);
  expect(
    await releasePlanItemAction({
      itemId: released.data.itemId,
      wording: await seenWording(released.data.itemId),
      seen: await seenDetails(released.data.itemId),
    }),
  ).toMatchObject({
    ok: true,
  });
  await actAsPortalClient(null);
  actAs(owner);
  const share = await createShareAction({ clientId: client.id, contactId: manager.id, sendMail: false });
  if (!share.ok) throw new Error('share');
  return { owner, client, shareId: share.data.shareId, token: share.data.url.split('/share/')[1]! };
}

describe('report downloads', () => {
  it('gives the coach the client report with scores, plan and summaries, never a private note; audited; named by initials', async () => {
    const { owner, client } = await setup();
    const res = await coachReport(client.id, 'client');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="SV-persoonlijk-rapport-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const body = await text(res);
    expect(body).toContain('Sanne de Vries');
    expect(body).toContain('Zwaar werk zonder voldoende hulpbronnen'); // the profile, from the scores
    expect(body).toMatch(/Werkdruk|Taakeisen/);
    expect(body).toContain('100');
    expect(body).toContain('MARKERRELEASEDTITLE');
    expect(body).toContain('MARKERUNRELEASED'); // the client report holds all items
    expect(body).toContain('MARKERSUMMARY');
    expect(body).toContain('MARKERHOMEWORK');
    expect(body).toContain('MARKEROWNWORDS');
    expect(body).not.toContain(M.privateNote);
    const audits = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.practiceId, owner.practiceId), eq(auditLog.action, 'report.downloaded')));
    expect(audits).toMatchObject([{ entityType: 'client', entityId: client.id, actorUserId: owner.userId, metadata: { kind: 'client' } }]);
  });

  it('gives the manager report through the share link with the released wording only', async () => {
    const { owner, client, token } = await setup();
    const res = await shareGET(new Request(`http://localhost/share/${token}/report`), { params: Promise.resolve({ token }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="SV-gedeeld-actieplan-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const body = await text(res);
    expect(body).toContain(M.released);
    // Owner and status in their table cells, capitalised as in the client's report.
    expect(body).toMatch(/Leidinggevende\s+\d+ \w+ \d{4}\s+Gepland/);
    for (const marker of MARKERS) expect(body, marker).not.toContain(marker);
    // No scores or profile either.
    expect(body).not.toMatch(/Zwaar werk|Burn-out|Werkdruk|Taakeisen 100/i);
    const audits = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.practiceId, owner.practiceId), eq(auditLog.action, 'report.downloaded')));
    expect(audits).toMatchObject([{ actorKind: 'employer', entityId: client.id, metadata: { kind: 'manager' } }]);
    // The coach's copy is the same employer view.
    const coachCopy = await text(await coachReport(client.id, 'manager'));
    expect(coachCopy).toContain(M.released);
    expect(coachCopy).not.toContain('MARKERUNRELEASED');
  });

  it('lets no marker and not the client’s name through the share page, the PDFs’ metadata or the coach’s copy', async () => {
    const { owner, client, token } = await setup();
    const unseen = [...MARKERS, 'Sanne', 'de Vries'];
    actAs(null);
    const html = renderToString((await SharePage({ params: Promise.resolve({ token }) })) as never);
    expect(html).toContain(M.released);
    for (const marker of unseen) expect(html, marker).not.toContain(marker);
    const managerOwn = await shareGET(new Request(`http://localhost/share/${token}/report`), { params: Promise.resolve({ token }) });
    actAs(owner);
    const coachCopy = await coachReport(client.id, 'manager');
    for (const res of [managerOwn, coachCopy]) {
      const bytes = new Uint8Array(await res.arrayBuffer());
      // pdf.js takes the buffer it is given: each reading gets its own copy.
      const { info } = await getMeta(bytes.slice());
      const { text: pages } = await extractText(bytes.slice(), { mergePages: true });
      const all = `${JSON.stringify(info)} ${pages}`;
      expect(all).toContain('SV');
      for (const marker of unseen) expect(all, marker).not.toContain(marker);
    }
  });

  it('gives the coach’s copy of the manager report with a live link’s confirmation, and none without the consent to share', async () => {
    const { owner, client, token } = await setup();
    expect(await text(await coachReport(client.id, 'manager'))).toContain('Nog niet bevestigd door de werkgever.');
    actAs(null);
    expect(await confirmPlanAction({ token, seen: await seenOnSharePage(token) })).toMatchObject({ ok: true });
    actAs(owner);
    const confirmed = await text(await coachReport(client.id, 'manager'));
    expect(confirmed).toContain('Bevestigd door de werkgever op');
    expect(confirmed).toContain(M.released);
    // The client shares one more item: the confirmation lapses, and the coach's copy says so, as the manager's own does.
    const [kept] = await getDb()
      .select({ id: planItems.id })
      .from(planItems)
      .where(and(eq(planItems.clientId, client.id), eq(planItems.title, M.unreleased)));
    await actAsPortalClient(client);
    expect(
      await releasePlanItemAction({ itemId: kept!.id, wording: await seenWording(kept!.id), seen: await seenDetails(kept!.id) }),
    ).toMatchObject({ ok: true });
    await actAsPortalClient(null);
    actAs(owner);
    const lapsed = await text(await coachReport(client.id, 'manager'));
    expect(lapsed).toMatch(/Bevestigd door de werkgever op .+\. Je medewerker heeft sindsdien iets nieuws gedeeld/);
    expect(lapsed).not.toContain('Nog niet bevestigd');
    actAs(null);
    const managerOwn = await shareGET(new Request(`http://localhost/share/${token}/report`), { params: Promise.resolve({ token }) });
    expect(await text(managerOwn)).toMatch(/Je medewerker heeft sindsdien iets nieuws gedeeld/);
    actAs(owner);
    // Withdrawn consent: nothing may reach the employer, so the coach has no copy to hand over either.
    await recordSharingConsent(owner.practiceId, client.id, 'withdrawn');
    const refused = await coachReport(client.id, 'manager');
    expect(refused.status).toBe(404);
    expect(refused.headers.get('content-type') ?? '').not.toContain('pdf');
    // Said to the coach as it is (no consent to share), not as the employer's expired link.
    const page = await refused.text();
    expect(page).toContain('<h1>Geen rapport voor de leidinggevende</h1>');
    expect(page).toContain('alleen met de toestemming van de cliënt om met de werkgever te delen');
    expect(page).not.toContain('De link is verlopen');
    expect((await coachReport(client.id, 'client')).status).toBe(200);
  });

  it('gives the coach’s copy no confirmation through a link that no longer shows: revoked, or a former employer’s', async () => {
    const { owner, client, shareId, token } = await setup();
    actAs(null);
    expect(await confirmPlanAction({ token, seen: await seenOnSharePage(token) })).toMatchObject({ ok: true });
    actAs(owner);
    expect(await text(await coachReport(client.id, 'manager'))).toContain('Bevestigd door de werkgever op');
    // The client moved to another employer (the released item still stands, the consent too): the new manager's copy
    // must not say that an employer confirmed a plan, nor when (it was the former one).
    const [before] = [
      ...(await getDb().execute<{ employerId: string; managerId: string }>(
        sql`select employer_id as "employerId", manager_contact_id as "managerId" from clients where id = ${client.id}`,
      )),
    ];
    const { employer: next, manager: nextManager } = await seedEmployer(owner.practiceId, 'Bouwbedrijf Zuid');
    const moveTo = (employerId: string, managerId: string) =>
      getDb().execute(sql`update clients set employer_id = ${employerId}, manager_contact_id = ${managerId} where id = ${client.id}`);
    await moveTo(next.id, nextManager.id);
    const moved = await text(await coachReport(client.id, 'manager'));
    expect(moved).toContain('Nog niet bevestigd door de werkgever.');
    expect(moved).not.toContain('Bevestigd door de werkgever op');
    expect(moved).not.toContain('sindsdien iets nieuws gedeeld');
    // Back with the first employer, the confirmation counts again; then the coach revokes the only link: no longer.
    await moveTo(before!.employerId, before!.managerId);
    expect(await text(await coachReport(client.id, 'manager'))).toContain('Bevestigd door de werkgever op');
    expect(await revokeShareAction({ shareId })).toMatchObject({ ok: true });
    const revoked = await text(await coachReport(client.id, 'manager'));
    expect(revoked).toContain('Nog niet bevestigd door de werkgever.');
    expect(revoked).not.toContain('Bevestigd door de werkgever op');
  });

  it('gives the client their own report from the portal, and nothing without a portal session', async () => {
    const { client } = await setup();
    actAs(null);
    expect((await portalGET(new Request('http://localhost/portal/report'))).status).toBe(303);
    await actAsPortalClient(client);
    const res = await portalGET(new Request('http://localhost/portal/report'));
    expect(res.status).toBe(200);
    const body = await text(res);
    expect(body).toContain('MARKERSUMMARY');
    expect(body).not.toContain(M.privateNote);
  });

  it('refuses another practice, an unassigned coach, a revoked or expired link, and bad input: 404, no PDF', async () => {
    const { owner, client, token, shareId } = await setup();
    const noPdf = async (res: Response) => {
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type') ?? '').not.toContain('pdf');
      expect(await res.text()).not.toContain('Sanne');
    };
    actAs(await createPractice('Andere praktijk'));
    await noPdf(await coachReport(client.id, 'client'));
    await noPdf(await coachReport(client.id, 'manager'));
    await setCoachVisibility(owner.practiceId, 'assigned');
    actAs(await addCoach(owner.practiceId, 'coach'));
    await noPdf(await coachReport(client.id, 'client'));
    actAs(owner);
    await noPdf(await coachReport(client.id, 'diagnosis'));
    await noPdf(await coachReport('not-a-uuid', 'client'));
    await getDb()
      .update(planShares)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(planShares.id, shareId));
    await noPdf(await shareGET(new Request('http://localhost/x'), { params: Promise.resolve({ token }) }));
    await getDb()
      .update(planShares)
      .set({ expiresAt: new Date(Date.now() + 86_400_000) })
      .where(eq(planShares.id, shareId));
    expect(await revokeShareAction({ shareId })).toMatchObject({ ok: true });
    await noPdf(await shareGET(new Request('http://localhost/x'), { params: Promise.resolve({ token }) }));
    await noPdf(await shareGET(new Request('http://localhost/x'), { params: Promise.resolve({ token: 'short' }) }));
    const audits = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.practiceId, owner.practiceId), eq(auditLog.action, 'report.downloaded')));
    expect(audits).toEqual([]);
  });

  it('limits reports per reader (link, client, coach): past 30 in a quarter of an hour, a page that says to wait; others go on', async () => {
    const { owner, client, token, shareId } = await setup();
    const share = () => shareGET(new Request(`http://localhost/share/${token}/report`), { params: Promise.resolve({ token }) });
    const portal = () => portalGET(new Request('http://localhost/portal/report'));
    const readers: Array<[string, () => Promise<Response>, () => Promise<void>]> = [
      [`share:${shareId}`, share, async () => actAs(null)],
      [`client:${owner.practiceId}:${client.id}`, portal, () => actAsPortalClient(client)],
      [`coach:${owner.userId}`, () => coachReport(client.id, 'manager'), async () => actAs(owner)],
    ];
    for (const [reader, download, as] of readers) {
      await as();
      for (let i = 1; i < POLICIES.reportDownload.points; i++) await consume('reportDownload', reader);
      expect((await download()).status, reader).toBe(200);
      const refused = await download();
      expect(refused.status, reader).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('900');
      expect(refused.headers.get('content-type') ?? '').not.toContain('pdf');
      expect(await refused.text()).toContain('Probeer het over een paar minuten opnieuw.');
    }
    // A colleague is another reader.
    actAs(await addCoach(owner.practiceId, 'coach'));
    expect((await coachReport(client.id, 'client')).status).toBe(200);
  });

  it('sends few statements per download: the report loads its data in a few round trips', async () => {
    const { client, token } = await setup();
    const downloads = {
      client: () => coachReport(client.id, 'client'),
      coachManager: () => coachReport(client.id, 'manager'),
      share: () => shareGET(new Request(`http://localhost/share/${token}/report`), { params: Promise.resolve({ token }) }),
    };
    // Warm: a new database connection first asks for the array types (postgres.js), which is not the report's.
    for (const download of Object.values(downloads)) expect((await download()).status).toBe(200);
    const count = async (download: () => Promise<Response>) => {
      const before = benchQueryCount.read();
      expect((await download()).status).toBe(200);
      return benchQueryCount.read() - before;
    };
    // Client: the coach's session and access check, the report limit, the head, plan, sessions, the results view, the audit.
    expect(await count(downloads.client)).toBeLessThanOrEqual(11);
    // Manager, the coach's copy: session and access, the report limit, head, the employer view, audit.
    expect(await count(downloads.coachManager)).toBeLessThanOrEqual(7);
    // Manager through the share link: 7, of which 3 on the limiter's own pool (counted too, lib/security/rate-limit.ts): the
    // link-guessing point spent and given back, and the report limit.
    expect(await count(downloads.share)).toBeLessThanOrEqual(7);
  });
});

import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { listAuditClientOptions, searchAudit } from '@/db/queries/audit';
import { seedClient, seedEmployer } from '@/db/queries/client-test-fixtures';
import { insertInvitation } from '@/db/queries/invitations';
import { auditLog, customInstruments, invitations, measurements, planItems, planShares, users } from '@/db/schema';
import { setCoachActive } from '@/lib/accounts/service';
import { AUDIT_PAGE_SIZE, auditFilter, parseAuditQuery } from '@/lib/audit-log/filters';
import { actAs, addCoach, auditFor, createPractice } from '@/lib/testing/fixtures';
import { GET as exportCsv } from './export/route';
import AuditLogPage from './page';

// The page is called as a function: translations and formatting are stand-ins, the data and guards are real.
vi.mock('next-intl/server', () => {
  const t = Object.assign((key: string) => key, { has: () => true });
  return { getTranslations: async () => t, getFormatter: async () => ({ dateTime: () => '' }), getLocale: async () => 'nl' };
});

beforeEach(() => actAs(null));

/** The strings a server component's element tree would render (no DOM needed). */
function textsOf(node: unknown): string[] {
  if (typeof node === 'string' || typeof node === 'number') return [String(node)];
  if (Array.isArray(node)) return node.flatMap(textsOf);
  if (node && typeof node === 'object' && 'props' in node) return textsOf((node as { props: { children?: unknown } }).props.children);
  return [];
}

type Element = { key: string | null; props: Record<string, unknown> & { children?: unknown } };

/** The elements of a server component's tree that `match` (depth first, in order). */
function elementsOf(node: unknown, match: (element: Element) => boolean): Element[] {
  if (Array.isArray(node)) return node.flatMap((child) => elementsOf(child, match));
  if (!node || typeof node !== 'object' || !('props' in node)) return [];
  const element = node as Element;
  return [...(match(element) ? [element] : []), ...elementsOf(element.props.children, match)];
}

/** The table's rows: the entry's id (the row's key) and the texts of its cells. */
const tableRows = (page: unknown) =>
  elementsOf(page, (e) => e.key !== null && Array.isArray(e.props.children) && e.props.children.length === 4).map((tr) => ({
    id: tr.key,
    cells: (tr.props.children as unknown[]).map((td) => textsOf(td).join(' ')),
  }));

/** A link's href by an attribute it has (`rel: 'next'`, `download`). */
const hrefOf = (page: unknown, attribute: string, value: unknown) =>
  elementsOf(page, (e) => e.props[attribute] === value)[0]?.props.href as string | undefined;

/** A practice with two coaches, two clients and entries at known times; plus another practice's entry. */
async function setup() {
  const owner = await createPractice('Praktijk Audit');
  const coach = await addCoach(owner.practiceId);
  const anna = await seedClient(owner.practiceId, owner.userId, { firstName: 'Anna', lastName: 'de Vries' });
  const bert = await seedClient(owner.practiceId, coach.userId, { firstName: '=HYPERLINK("http://evil.test")', lastName: '@Bert' });
  const [m] = await getDb()
    .insert(measurements)
    .values({ practiceId: owner.practiceId, clientId: anna.id, instrumentKey: 'check-in', instrumentVersion: 1, administeredBy: 'coach' })
    .returning();
  const entry = (actor: string, action: string, entityType: string, entityId: string, at: string) => ({
    practiceId: owner.practiceId,
    actorUserId: actor,
    actorKind: 'coach' as const,
    action,
    entityType,
    entityId,
    createdAt: new Date(at),
  });
  await getDb()
    .insert(auditLog)
    .values([
      entry(owner.userId, 'client.viewed', 'client', anna.id, '2026-10-01T10:00:00Z'),
      entry(coach.userId, 'measurement.viewed', 'measurement', m!.id, '2026-10-15T10:00:00Z'),
      entry(coach.userId, 'client.viewed', 'client', bert.id, '2026-10-31T23:30:00Z'), // 00:30 on 1 November in Amsterdam
      entry(owner.userId, 'practice.settings_updated', 'practice', owner.practiceId, '2026-11-02T10:00:00Z'),
    ]);
  const other = await createPractice('Andere praktijk');
  await getDb()
    .insert(auditLog)
    .values({ ...entry(other.userId, 'client.viewed', 'client', anna.id, '2026-10-02T10:00:00Z'), practiceId: other.practiceId });
  return { owner, coach, anna, bert, measurementId: m!.id };
}

const search = (practiceId: string, params: Record<string, string>, page = { limit: 50, offset: 0 }) =>
  searchAudit(practiceId, auditFilter(parseAuditQuery(params)), page);

describe('audit log view: filters', () => {
  it('filters by client (including entries about their measurements), user, action and period, within the practice only', async () => {
    const { owner, coach, anna, bert } = await setup();
    const actions = async (params: Record<string, string>) => (await search(owner.practiceId, params)).rows.map((r) => r.action);

    expect((await search(owner.practiceId, {})).total).toBe(4);
    expect(await actions({ client: anna.id })).toEqual(['measurement.viewed', 'client.viewed']);
    expect(await actions({ client: bert.id })).toEqual(['client.viewed']);
    expect(await actions({ user: coach.userId })).toEqual(['client.viewed', 'measurement.viewed']);
    expect(await actions({ action: 'practice.settings_updated' })).toEqual(['practice.settings_updated']);
    // The period is in Dutch time: the entry at 23:30 UTC on 31 October is on 1 November.
    expect(await actions({ from: '2026-11-01', until: '2026-11-01' })).toEqual(['client.viewed']);
    expect(await actions({ from: '2026-10-01', until: '2026-10-31' })).toEqual(['measurement.viewed', 'client.viewed']);
    expect(await actions({ user: coach.userId, client: anna.id })).toEqual(['measurement.viewed']);

    const first = await search(owner.practiceId, {}, { limit: 3, offset: 0 });
    const second = await search(owner.practiceId, {}, { limit: 3, offset: 3 });
    expect([first.rows.length, first.total, second.rows.length, second.total]).toEqual([3, 4, 1, 4]);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(4);
  });

  it('finds the client of entries about their action plan items and share links', async () => {
    const { owner, anna, bert } = await setup();
    const { employer, manager } = await seedEmployer(owner.practiceId);
    const [item] = await getDb()
      .insert(planItems)
      .values({
        practiceId: owner.practiceId,
        clientId: anna.id,
        title: 'Werkdruk',
        category: 'recovery',
        level: 'person',
        owner: 'client',
      })
      .returning();
    const [share] = await getDb()
      .insert(planShares)
      .values({
        practiceId: owner.practiceId,
        clientId: anna.id,
        employerId: employer.id,
        contactId: manager.id,
        tokenHash: 'hash-audit-test',
        createdBy: owner.userId,
      })
      .returning();
    await getDb()
      .insert(auditLog)
      .values([
        {
          practiceId: owner.practiceId,
          actorKind: 'client',
          action: 'plan.released',
          entityType: 'plan_item',
          entityId: item!.id,
          createdAt: new Date('2026-11-03T10:00:00Z'),
        },
        {
          practiceId: owner.practiceId,
          actorKind: 'employer',
          action: 'plan.share_opened',
          entityType: 'plan_share',
          entityId: share!.id,
          createdAt: new Date('2026-11-04T10:00:00Z'),
        },
      ]);

    const { rows } = await search(owner.practiceId, { client: anna.id });
    expect(rows.filter((r) => r.action.startsWith('plan.')).map((r) => [r.action, r.clientFirstName])).toEqual([
      ['plan.share_opened', 'Anna'],
      ['plan.released', 'Anna'],
    ]);
    expect((await search(owner.practiceId, { client: bert.id })).rows.map((r) => r.action)).toEqual(['client.viewed']);
  });

  it('names the client of each entry and the user who acted', async () => {
    const { owner, anna } = await setup();
    const { rows } = await search(owner.practiceId, { client: anna.id });
    expect(rows.map((r) => [r.clientFirstName, r.actorName])).toEqual([
      ['Anna', 'Cas Coach'],
      ['Anna', 'Olivia Owner'],
    ]);
  });

  it('lists the clients for the filter in Dutch order: "de Vries" under V, as in the client list', async () => {
    const { owner } = await setup();
    await seedClient(owner.practiceId, owner.userId, { firstName: 'Cor', lastName: 'Dekker' });
    await seedClient(owner.practiceId, owner.userId, { firstName: 'Wim', lastName: 'Willems' });
    const names = (await listAuditClientOptions(owner.practiceId)).map((c) => c.lastName);
    expect(names).toEqual(['@Bert', 'Dekker', 'de Vries', 'Willems']);
  });
});

describe('audit log view: owner only', () => {
  it('sends a coach who is not the owner away from the page and refuses the export', async () => {
    const { coach } = await setup();
    actAs(coach);
    await expect(AuditLogPage({ searchParams: Promise.resolve({}) })).rejects.toMatchObject({
      digest: expect.stringContaining('/dashboard'),
    });
    const refused = await exportCsv(new Request('http://localhost/settings/audit/export'), {});
    expect(refused.status).toBe(403);
    // A sentence in the coach's language, not JSON or a CSV.
    expect(refused.headers.get('content-type')).toContain('text/html');
    expect(await refused.text()).toContain('Dit bestand kan alleen de eigenaar van de praktijk downloaden.');
    actAs(null);
    // A session that ran out: sign in again, then back to the export.
    const signedOut = await exportCsv(new Request('http://localhost/settings/audit/export?from=2026-11-01'), {});
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toBe('/login?next=%2Fsettings%2Faudit%2Fexport%3Ffrom%3D2026-11-01');
  });

  it('shows the owner the page with the filters applied', async () => {
    const { owner, anna } = await setup();
    actAs(owner);
    const page = await AuditLogPage({ searchParams: Promise.resolve({ client: anna.id }) });
    const texts = textsOf(page);
    // Anna's two entries (the raw action under each label), not the practice's other ones.
    expect(texts.filter((x) => x === 'measurement.viewed' || x === 'client.viewed')).toEqual(['measurement.viewed', 'client.viewed']);
    expect(texts).not.toContain('practice.settings_updated');
    expect(texts).toContain('Anna de Vries');
  });
});

describe('audit log view: a period that cannot be', () => {
  it('says so, lists nothing and exports nothing, instead of the whole log: a year like 9999, or a start after the end', async () => {
    const { owner } = await setup();
    actAs(owner);
    const outOfRange = 'Deze datum kan niet: kies een datum tussen 1900 en 2999.';
    const backwards = '‘Vanaf’ ligt na ‘tot en met’: kies een begindatum die vóór de einddatum ligt.';
    for (const [params, key, said] of [
      [{ from: '9999-12-31' }, 'periodDateOutOfRange', outOfRange],
      [{ until: '0001-01-01' }, 'periodDateOutOfRange', outOfRange],
      [{ from: '2026-12-31', until: '2026-01-01' }, 'periodFromAfterUntil', backwards],
    ] as const) {
      // The page's texts as their keys (this file's translator).
      const texts = textsOf(await AuditLogPage({ searchParams: Promise.resolve({ ...params }) }));
      expect(texts, JSON.stringify(params)).toContain(key);
      expect(texts).not.toContain('practice.settings_updated');
      expect(texts).not.toContain('export');
      expect(texts).not.toContain('exportHint');
      const query = new URLSearchParams(params).toString();
      const response = await exportCsv(new Request(`http://localhost/settings/audit/export?${query}`), {});
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text()).toContain(said);
    }
    // A right period is applied as before.
    const texts = textsOf(await AuditLogPage({ searchParams: Promise.resolve({ from: '2000-01-01', until: '2999-12-31' }) }));
    expect(texts).toContain('practice.settings_updated');
  });
});

describe('audit log export', () => {
  it('exports the filtered log as CSV with formula cells defused, and audits the export', async () => {
    const { owner, bert } = await setup();
    actAs(owner);
    const response = await exportCsv(new Request(`http://localhost/settings/audit/export?client=${bert.id}`), {});
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="auditlog-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    // The owner's language, the practice's time zone with its offset, the action's label beside its code.
    expect(lines[0]).toContain('"Tijdstip (Nederlandse tijd)";"Gebruiker";"Soort gebruiker";"Handeling";"Code"');
    expect(lines[1]).toMatch(/^"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00";/);
    // The client's typed name would be a formula in a spreadsheet: it starts with an apostrophe instead.
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.test"") @Bert"`);
    expect(lines[1]).not.toMatch(/;"[=+@-]/);
    const exported = (await auditFor(owner.practiceId)).filter((a) => a.action === 'practice.audit_exported');
    expect(exported).toHaveLength(1);
    expect(exported[0]!.metadata).toMatchObject({ rows: 1, filters: { client: bert.id } });
    expect(JSON.stringify(exported[0]!.metadata)).not.toContain('HYPERLINK');
  });
});

describe('audit log view: paging while the log grows', () => {
  it('keeps the view of page 1 on the next pages and in the export: no entry twice, none written since', async () => {
    const { owner } = await setup();
    // Two pages of entries, as one transaction writes them: one moment.
    await getDb()
      .insert(auditLog)
      .values(
        Array.from({ length: AUDIT_PAGE_SIZE + 10 }, (_, n) => ({
          practiceId: owner.practiceId,
          actorUserId: owner.userId,
          actorKind: 'coach' as const,
          action: 'client.viewed',
          metadata: { n },
        })),
      );
    actAs(owner);
    const first = await AuditLogPage({ searchParams: Promise.resolve({}) });
    const next = hrefOf(first, 'rel', 'next');
    const exportHref = hrefOf(first, 'download', true);
    const asOf = new URL(next!, 'http://localhost').searchParams.get('asOf');
    // A time, not the entry's seq: that number counts every practice's entries.
    expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
    expect(new URL(exportHref!, 'http://localhost').searchParams.get('asOf')).toBe(asOf);

    // Meanwhile the log grows: the owner exports it (practice.audit_exported), a coach opens a client.
    const exported = await exportCsv(new Request(`http://localhost${exportHref}`), {});
    // The export holds the view page 1 saw: its 64 entries and the header.
    expect((await exported.text()).trim().split('\r\n')).toHaveLength(AUDIT_PAGE_SIZE + 14 + 1);
    await getDb()
      .insert(auditLog)
      .values({ practiceId: owner.practiceId, actorUserId: owner.userId, actorKind: 'coach', action: 'client.viewed' });

    const second = await AuditLogPage({
      searchParams: Promise.resolve(Object.fromEntries(new URL(next!, 'http://localhost').searchParams)),
    });
    const firstIds = tableRows(first).map((r) => r.id);
    const secondIds = tableRows(second).map((r) => r.id);
    expect(firstIds).toHaveLength(AUDIT_PAGE_SIZE);
    expect(secondIds).toHaveLength(14);
    expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);
    // Page 2 of the view page 1 saw: its last 14 of 64 entries, not 16 of 66.
    expect(new Set([...firstIds, ...secondIds]).size).toBe(AUDIT_PAGE_SIZE + 14);
    // Without the pin (a new look) the newer entries are there.
    expect((await searchAudit(owner.practiceId, {}, { limit: 100, offset: 0 })).total).toBe(AUDIT_PAGE_SIZE + 16);
  });
});

describe('audit log view: what an entry is about, by name', () => {
  it('says which report was downloaded, on the page and in the CSV (one action for both reports)', async () => {
    const { owner, anna } = await setup();
    const download = (kind: string, at: string) => ({
      practiceId: owner.practiceId,
      actorUserId: owner.userId,
      actorKind: 'coach' as const,
      action: 'report.downloaded',
      entityType: 'client',
      entityId: anna.id,
      metadata: { kind },
      createdAt: new Date(at),
    });
    await getDb()
      .insert(auditLog)
      .values([download('client', '2026-11-03T10:00:00Z'), download('manager', '2026-11-04T10:00:00Z')]);
    actAs(owner);
    const page = await AuditLogPage({ searchParams: Promise.resolve({ action: 'report.downloaded' }) });
    expect(tableRows(page).map((r) => r.cells[2])).toEqual([
      'actions.report.downloaded_manager report.downloaded',
      'actions.report.downloaded_client report.downloaded',
    ]);

    const response = await exportCsv(new Request('http://localhost/settings/audit/export?action=report.downloaded'), {});
    const csv = await response.text();
    expect(csv).toContain('"Rapport voor de leidinggevende gedownload";"report.downloaded"');
    expect(csv).toContain('"Rapport voor de cliënt gedownload";"report.downloaded"');
  });

  it('names the coach of a user.deactivated entry in the subject cell and in the CSV', async () => {
    const { owner, coach } = await setup();
    await getDb().update(users).set({ name: 'Bea Begeleider' }).where(eq(users.id, coach.userId));
    expect(await setCoachActive(owner, coach.userId, false)).toEqual({ ok: true, data: null });
    actAs(owner);
    const page = await AuditLogPage({ searchParams: Promise.resolve({ action: 'user.deactivated' }) });
    const [row] = tableRows(page);
    // Time, user, action, subject: the owner did it, to the coach.
    expect(row!.cells.slice(1)).toEqual(['Olivia Owner', 'actions.user.deactivated user.deactivated', 'Bea Begeleider entityTypes.user']);

    const response = await exportCsv(new Request('http://localhost/settings/audit/export?action=user.deactivated'), {});
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('"Betreft";"Naam";"Id"');
    expect(lines[1]).toContain(`"gebruiker";"Bea Begeleider";"${coach.userId}"`);
  });

  it('names an employer, and a questionnaire by its newest version, with no entry looked up in another practice', async () => {
    const { owner } = await setup();
    const { employer } = await seedEmployer(owner.practiceId, 'Bouwbedrijf De Steiger');
    const versions = await getDb()
      .insert(customInstruments)
      .values(
        ['Oude naam', 'Nieuwe naam'].map((nl, n) => ({
          practiceId: owner.practiceId,
          key: 'eigen-lijst',
          version: n + 1,
          definition: { name: { nl, en: '' } },
          createdBy: owner.userId,
        })),
      )
      .returning({ id: customInstruments.id });
    const other = await createPractice('Andere praktijk');
    const entry = (practiceId: string, action: string, entityType: string, entityId: string) => ({
      practiceId,
      actorUserId: owner.userId,
      actorKind: 'coach' as const,
      action,
      entityType,
      entityId,
    });
    await getDb()
      .insert(auditLog)
      .values([
        entry(owner.practiceId, 'employer.updated', 'employer', employer.id),
        entry(owner.practiceId, 'instrument.created', 'custom_instrument', versions[0]!.id),
        // The other practice's entries naming this practice's rows name nothing.
        entry(other.practiceId, 'employer.updated', 'employer', employer.id),
        entry(other.practiceId, 'user.deactivated', 'user', owner.userId),
      ]);
    const named = async (practiceId: string, action: string) =>
      (await searchAudit(practiceId, { action }, { limit: 10, offset: 0 })).rows.map((r) => [
        r.subjectUserName,
        r.subjectEmployerName,
        r.subjectInstrumentKey,
        r.subjectInstrumentName,
      ]);
    expect(await named(owner.practiceId, 'employer.updated')).toEqual([[null, 'Bouwbedrijf De Steiger', null, null]]);
    expect(await named(owner.practiceId, 'instrument.created')).toEqual([[null, null, 'eigen-lijst', { nl: 'Nieuwe naam', en: '' }]]);
    expect(await named(other.practiceId, 'employer.updated')).toEqual([[null, null, null, null]]);
    expect(await named(other.practiceId, 'user.deactivated')).toEqual([[null, null, null, null]]);

    actAs(owner);
    const subjects = tableRows(await AuditLogPage({ searchParams: Promise.resolve({}) })).map((r) => r.cells[3]);
    expect(subjects).toEqual(
      expect.arrayContaining(['Bouwbedrijf De Steiger entityTypes.employer', 'Nieuwe naam entityTypes.custom_instrument']),
    );
  });
  it('names whom an invitation invited (sent, revoked, accepted), on the page and in the CSV, within the practice only', async () => {
    const { owner } = await setup();
    const invitation = await insertInvitation(owner.practiceId, {
      email: 'jan@example.test',
      name: 'Jan Jansen',
      locale: 'nl',
      tokenHash: 'hash-audit-invitation',
      invitedBy: owner.userId,
      expiresAt: new Date('2026-12-01T00:00:00Z'),
    });
    const other = await createPractice('Andere praktijk');
    const entry = (practiceId: string, action: string, at: string) => ({
      practiceId,
      actorUserId: owner.userId,
      actorKind: 'coach' as const,
      action,
      entityType: 'invitation',
      entityId: invitation.id,
      createdAt: new Date(at),
    });
    await getDb()
      .insert(auditLog)
      .values([
        entry(owner.practiceId, 'invitation.sent', '2026-11-03T10:00:00Z'),
        entry(owner.practiceId, 'invitation.revoked', '2026-11-04T10:00:00Z'),
        entry(owner.practiceId, 'invitation.accepted', '2026-11-05T10:00:00Z'),
        // Another practice's entry naming this practice's invitation names no one.
        entry(other.practiceId, 'invitation.sent', '2026-11-03T10:00:00Z'),
      ]);
    actAs(owner);
    const subjects = async (action: string) =>
      tableRows(await AuditLogPage({ searchParams: Promise.resolve({ action }) })).map((r) => r.cells[3]);
    for (const action of ['invitation.sent', 'invitation.revoked', 'invitation.accepted'])
      expect(await subjects(action)).toEqual(['Jan Jansen entityTypes.invitation']);

    const response = await exportCsv(new Request('http://localhost/settings/audit/export?action=invitation.revoked'), {});
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[1]).toContain(`"uitnodiging";"Jan Jansen";"${invitation.id}"`);

    const named = await searchAudit(other.practiceId, { action: 'invitation.sent' }, { limit: 10, offset: 0 });
    expect(named.rows.map((r) => r.subjectInvitationName)).toEqual([null]);
    // Once the prune deleted the invitation, the entry still says what it is about.
    await getDb().delete(invitations).where(eq(invitations.id, invitation.id));
    expect(await subjects('invitation.sent')).toEqual(['entityTypes.invitation']);
  });
});

describe('audit log view: a filter value its dropdown does not offer', () => {
  /** The dropdowns' shown values, whether the form counts as filtered, the export's filters and the entries' actions. */
  async function view(params: Record<string, string>) {
    const page = await AuditLogPage({ searchParams: Promise.resolve(params) });
    const shown = (id: string) => elementsOf(page, (e) => e.props.id === id && 'options' in e.props)[0]?.props.defaultValue;
    const exportHref = new URL(hrefOf(page, 'download', true)!, 'http://localhost');
    return {
      shown: [shown('audit-user'), shown('audit-client'), shown('audit-action')],
      filtered: elementsOf(page, (e) => 'filtered' in e.props)[0]?.props.filtered,
      exported: ['user', 'client', 'action'].map((key) => exportHref.searchParams.get(key)),
      actions: tableRows(page).map((r) => r.cells[2]!.split(' ').at(-1)),
    };
  }

  it('ignores it (the dropdown shows "all", so all is applied), and applies one it offers', async () => {
    const { owner, coach } = await setup();
    actAs(owner);
    const all = await view({});
    expect(all.actions).toHaveLength(4);

    // An old link: a user and client of no one here, an action no longer in the log.
    const stale = await view({ user: crypto.randomUUID(), client: crypto.randomUUID(), action: 'client.deleted' });
    expect(stale.shown).toEqual(['', '', '']);
    expect(stale.filtered).toBe(false);
    expect(stale.exported).toEqual([null, null, null]);
    expect(stale.actions).toEqual(all.actions);

    const byCoach = await view({ user: coach.userId, action: 'client.viewed' });
    expect(byCoach.shown).toEqual([coach.userId, '', 'client.viewed']);
    expect(byCoach.filtered).toBe(true);
    expect(byCoach.exported).toEqual([coach.userId, null, 'client.viewed']);
    expect(byCoach.actions).toEqual(['client.viewed']);
  });
});

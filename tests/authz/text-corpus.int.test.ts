import { randomUUID } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import { renderToString } from 'react-dom/server';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { saveIntakeAnswerAction } from '@/app/(coach)/clients/[clientId]/measurements/actions';
import { createPlanItemAction, updatePlanItemAction } from '@/app/(coach)/clients/[clientId]/plan/actions';
import { saveSessionRecordAction } from '@/app/(coach)/clients/[clientId]/sessions/actions';
import { createClientAction, updateClientAction } from '@/app/(coach)/clients/actions';
import { saveHomeworkAnswerAction } from '@/app/portal/homework/[homeworkId]/actions';
import { commentAction } from '@/app/share/[token]/actions';
import SharePage from '@/app/share/[token]/page';
import { getDb } from '@/db/client';
import { seenDetails, seenWording } from '@/db/queries/client-test-fixtures';
import { clients, coachingSessions, homeworkAnswers, measurementAnswers, planEmployerActions, planItems } from '@/db/schema';
import { actAsPortalClient } from '@/lib/portal/testing';
import { renderReport } from '@/lib/reports/render';
import { actAs } from '@/lib/testing/fixtures';
import { cookieJar } from '@/lib/testing/next-headers-mock';
import { clientReportFixture } from '@/lib/testing/report-fixtures';
import { clientFields, planItemFields } from './registry';
import { rowCounts, seedWorld, type World } from './world';

// The share page's buttons are client components that ask for the router; rendered outside Next, they get a stand-in.
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ refresh() {}, push() {}, replace() {}, back() {}, forward() {}, prefetch() {} }),
}));

/**
 * Hostile and unusual text through every free-text field of the main write actions: each value is stored as exactly
 * that text or refused with a typed error (NUL: invalid_characters; too long: validation), and reads back identical.
 */
const CORPUS = {
  sqlQuote: "Robert'); DROP TABLE clients; --",
  sqlUnion: "' UNION SELECT password_hash FROM users --",
  script: '<script>alert("xss")</script>',
  imgOnerror: '"><img src=x onerror=alert(1)>',
  rtlOverride: 'factuur\u202Egnp.exe',
  zeroWidth: 'zero\u200Bwidth\u200Djoiner\uFEFFbom',
  // Shows nothing: a required field refuses it as empty; an optional one keeps it as typed.
  onlyInvisible: '\u200B\u200C\u200D',
  // Half of an emoji's pair: refused (invalid_characters), never stored as "�".
  loneSurrogate: 'Anouk \uD83D de Groot',
  nul: 'before\u0000after',
  astral: 'Energie 👩🏽‍💻 𝕏 🫠',
  long2k: 'lang '.repeat(400).trim(),
  huge: 'x'.repeat(100_000),
} satisfies Record<string, string>;
const REFUSALS = ['validation', 'invalid_characters'];
/** Optional fields that store a text of zero-width characters as none (the employer's page shows no blank item). */
const BLANKED = new Set([
  'new client jobTitle',
  'new client notes',
  'edited client notes',
  'homework answer',
  'plan item description',
  'plan item employerWording',
  'plan item rationale',
]);
/** Fields that must show something: a text of zero-width characters is empty there. */
const REQUIRED = new Set(['new client firstName', 'new client lastName', 'plan item title', 'share comment']);

let w: World;
const db = () => getDb();

type Field = {
  name: string;
  as?: () => Promise<void>;
  write: (s: string) => Promise<{ ok: boolean; error?: string; data?: unknown }>;
  read: (result: unknown) => Promise<string | null | undefined>;
};

const asCoach = () => {
  cookieJar.clear();
  actAs(w.a.coach);
};
/** Signed in as A's assigned coach, then the write. */
const byCoach = <T>(write: () => T): T => {
  asCoach();
  return write();
};
const asClient = async () => {
  cookieJar.clear();
  actAs(null);
  await actAsPortalClient(w.a.client);
};

const clientVersion = async () =>
  (
    await db()
      .select()
      .from(clients)
      .where(and(eq(clients.practiceId, w.a.practiceId), eq(clients.id, w.a.client.id)))
  )[0]!.version;
const sessionRow = async () =>
  (
    await db()
      .select()
      .from(coachingSessions)
      .where(and(eq(coachingSessions.practiceId, w.a.practiceId), eq(coachingSessions.id, w.a.sessionId)))
  )[0]!;
const itemRow = async (id: string) =>
  (
    await db()
      .select()
      .from(planItems)
      .where(and(eq(planItems.practiceId, w.a.practiceId), eq(planItems.id, id)))
  )[0]!;
const newClientRow = async (r: unknown) =>
  (
    await db()
      .select()
      .from(clients)
      .where(eq(clients.id, (r as { data: { id: string } }).data.id))
  )[0]!;

const clientField = (key: 'firstName' | 'lastName' | 'jobTitle' | 'notes'): Field => ({
  name: `new client ${key}`,
  write: async (s) => byCoach(() => createClientAction(clientFields(w, { [key]: s }) as never)),
  read: async (r) => (await newClientRow(r))[key],
});
const sessionField = (key: 'privateNotes' | 'clientSummary' | 'agreedHomework'): Field => ({
  name: `session record ${key}`,
  write: async (s) => {
    asCoach();
    const row = await sessionRow();
    const values = { privateNotes: row.privateNotes, clientSummary: row.clientSummary, agreedHomework: row.agreedHomework, [key]: s };
    return saveSessionRecordAction({ sessionId: w.a.sessionId, ...values, checkinEnergy: '', version: row.recordVersion });
  },
  read: async () => (await sessionRow())[key],
});
const itemField = (key: 'title' | 'description' | 'employerWording' | 'rationale'): Field => ({
  name: `plan item ${key}`,
  write: async (s) =>
    byCoach(() =>
      createPlanItemAction({
        ...planItemFields({ owner: 'manager', [key]: s }),
        clientId: w.a.client.id,
        requestId: randomUUID(),
        source: 'manual',
      } as never),
    ),
  read: async (r) => (await itemRow((r as { data: { itemId: string } }).data.itemId))[key],
});

const FIELDS: Field[] = [
  clientField('firstName'),
  clientField('lastName'),
  clientField('jobTitle'),
  clientField('notes'),
  {
    name: 'edited client notes',
    write: async (s) =>
      byCoach(async () =>
        updateClientAction({
          ...clientFields(w, { employerId: w.a.employer.id, managerContactId: w.a.manager.id, notes: s }),
          clientId: w.a.client.id,
          version: await clientVersion(),
        } as never),
      ),
    read: async () => (await db().select().from(clients).where(eq(clients.id, w.a.client.id)))[0]!.notes,
  },
  sessionField('privateNotes'),
  sessionField('clientSummary'),
  sessionField('agreedHomework'),
  {
    name: 'homework answer',
    as: asClient,
    write: async (s) => saveHomeworkAnswerAction({ homeworkId: w.a.homeworkId, fieldKey: 'day1.drained', value: s }),
    read: async () =>
      (
        await db()
          .select()
          .from(homeworkAnswers)
          .where(and(eq(homeworkAnswers.homeworkId, w.a.homeworkId), eq(homeworkAnswers.fieldKey, 'day1.drained')))
      )[0]?.value,
  },
  itemField('title'),
  itemField('description'),
  itemField('employerWording'),
  itemField('rationale'),
  {
    name: 'share comment',
    write: async (s) => {
      cookieJar.clear();
      actAs(null);
      await db().execute(sql`delete from rate_limits`);
      return commentAction({ token: w.a.share.token, requestId: randomUUID(), comment: s });
    },
    read: async () =>
      (
        await db()
          .select()
          .from(planEmployerActions)
          .where(eq(planEmployerActions.practiceId, w.a.practiceId))
          .orderBy(desc(planEmployerActions.createdAt))
          .limit(1)
      )[0]?.comment,
  },
  {
    name: 'intake answer note',
    write: async (s) => byCoach(() => saveIntakeAnswerAction(w.a.measurementId, { itemKey: 'energy_drains', text: 'x', note: s })),
    read: async () =>
      (
        await db()
          .select()
          .from(measurementAnswers)
          .where(and(eq(measurementAnswers.measurementId, w.a.measurementId), eq(measurementAnswers.itemKey, 'energy_drains')))
      )[0]?.note,
  },
  {
    name: 'intake open answer',
    write: async (s) => byCoach(() => saveIntakeAnswerAction(w.a.measurementId, { itemKey: 'energy_sources', text: s })),
    read: async () =>
      (
        await db()
          .select()
          .from(measurementAnswers)
          .where(and(eq(measurementAnswers.measurementId, w.a.measurementId), eq(measurementAnswers.itemKey, 'energy_sources')))
      )[0]?.text,
  },
];

beforeAll(async () => {
  w = await seedWorld();
}, 120_000);

describe('hostile text in every free-text field', () => {
  it.each(FIELDS.map((f) => [f.name, f] as const))(
    '%s: stored as exactly the text, or refused with a typed error and nothing written',
    async (_name, field) => {
      for (const [label, s] of Object.entries(CORPUS)) {
        await field.as?.();
        const before = await rowCounts();
        const result = await field.write(s);
        if (label === 'onlyInvisible' && REQUIRED.has(field.name))
          expect(result.ok, `${field.name} took a text that shows nothing`).toBe(false);
        if (result.ok) {
          const stored = await field.read(result);
          // A text that shows nothing is stored as none where the schema says so (optionalText, homework answers).
          if (label === 'onlyInvisible' && BLANKED.has(field.name)) expect(stored ?? '', `${field.name} ← ${label}`).toBe('');
          else expect(stored, `${field.name} ← ${label}`).toBe(s);
          continue;
        }
        expect(REFUSALS, `${field.name} ← ${label}: ${JSON.stringify(result).slice(0, 200)}`).toContain(result.error);
        if (label === 'nul' || label === 'loneSurrogate') expect(result.error, `${field.name} ← ${label}`).toBe('invalid_characters');
        if (label === 'onlyInvisible')
          expect(result, `${field.name} ← ${label}`).toMatchObject({ error: 'validation', fieldErrors: expect.anything() });
        const after = await rowCounts();
        expect(
          Object.keys(after).filter((t) => t !== 'rate_limits' && after[t] !== before[t]),
          `${field.name} ← ${label} refused but wrote`,
        ).toEqual([]);
        expect(label, `${field.name} refused ${label} (${result.error})`).toMatch(/^(nul|loneSurrogate|onlyInvisible|huge|long2k)$/);
      }
    },
  );
});

describe('hostile text shown on a page and in a PDF', () => {
  it('the share page renders the employer wording as text, escaped', async () => {
    asCoach();
    const wording = `${CORPUS.script} ${CORPUS.imgOnerror} ${CORPUS.rtlOverride} ${CORPUS.astral}`;
    const item = await itemRow(w.a.itemId);
    const updated = await updatePlanItemAction({
      ...planItemFields({ owner: 'manager', title: item.title, employerWording: wording, level: item.level, category: item.category }),
      itemId: w.a.itemId,
      version: item.version,
    } as never);
    expect(updated).toMatchObject({ ok: true });
    // A changed wording withdraws the release: the client releases the new wording.
    await asClient();
    const { releasePlanItemAction } = await import('@/app/portal/plan/actions');
    expect(
      await releasePlanItemAction({ itemId: w.a.itemId, wording: await seenWording(w.a.itemId), seen: await seenDetails(w.a.itemId) }),
    ).toMatchObject({ ok: true });
    cookieJar.clear();
    await db().execute(sql`delete from rate_limits`);
    const html = renderToString((await SharePage({ params: Promise.resolve({ token: w.a.share.token }) })) as never);
    expect(html).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain(CORPUS.rtlOverride);
    expect(html).toContain(CORPUS.astral);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
  });

  it('the client report PDF holds the text as text', { timeout: 60_000 }, async () => {
    const texts = [CORPUS.script, CORPUS.imgOnerror, CORPUS.sqlQuote, CORPUS.sqlUnion];
    const data = clientReportFixture('nl', { summary: [...texts, CORPUS.rtlOverride, CORPUS.zeroWidth, CORPUS.astral, CORPUS.long2k] });
    const doc = await getDocumentProxy((await renderReport({ kind: 'client', data })).slice());
    const { text } = await extractText(doc, { mergePages: true });
    const flat = text.replace(/-\s*\n\s*/g, '').replace(/\s+/g, ' ');
    // The extraction joins a line-end '-' with the next line (hyphenation), so the SQL comments' trailing '--' is left out.
    for (const t of texts) expect(flat).toContain(t.replace(/ --$/, ''));
    expect(flat).toContain('factuur');
    expect(flat).toContain('Energie');
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_NAMESPACES, type MessageArea, pickNamespaces } from './client-namespaces';
import { scanClientNamespaces, scanDataKeyNamespaces, scanDataKeyPaths } from './client-scan';
import { messagesFor } from './messages';

/** Where each area's provider sits, and the folders below it that have their own. */
const AREAS: Record<MessageArea, { layout: string | string[]; entries: string[]; exclude?: string[] }> = {
  shell: { layout: 'app/layout.tsx', entries: ['app/layout.tsx', 'app/error.tsx', 'app/not-found.tsx'] },
  auth: { layout: 'app/(auth)/layout.tsx', entries: ['app/(auth)'] },
  coach: {
    layout: 'app/(coach)/layout.tsx',
    // The client list has no provider of its own: what it shows is rendered on the server.
    entries: ['app/(coach)', 'app/(coach)/clients/page.tsx'],
    exclude: ['agenda', 'clients', 'employers', 'instruments', 'settings'].map((d) => `app/(coach)/${d}`),
  },
  agenda: { layout: 'app/(coach)/agenda/layout.tsx', entries: ['app/(coach)/agenda'] },
  // The client form, for a new client and for a client's details.
  clients: {
    layout: ['app/(coach)/clients/new/page.tsx', 'app/(coach)/clients/[clientId]/edit/layout.tsx'],
    entries: ['app/(coach)/clients/new', 'app/(coach)/clients/[clientId]/edit'],
  },
  employers: { layout: 'app/(coach)/employers/layout.tsx', entries: ['app/(coach)/employers'] },
  settings: { layout: 'app/(coach)/settings/layout.tsx', entries: ['app/(coach)/settings'] },
  // The record's own layout gives no texts (its tabs take their labels as props): each section does, so that a
  // page carries only its own.
  recordOverview: {
    layout: 'app/(coach)/clients/[clientId]/page.tsx',
    entries: ['page.tsx', '_components'].map((f) => `app/(coach)/clients/[clientId]/${f}`),
  },
  recordSessions: { layout: 'app/(coach)/clients/[clientId]/sessions/layout.tsx', entries: ['app/(coach)/clients/[clientId]/sessions'] },
  recordHomework: { layout: 'app/(coach)/clients/[clientId]/homework/layout.tsx', entries: ['app/(coach)/clients/[clientId]/homework'] },
  recordPlan: { layout: 'app/(coach)/clients/[clientId]/plan/layout.tsx', entries: ['app/(coach)/clients/[clientId]/plan'] },
  measurements: {
    layout: 'app/(coach)/clients/[clientId]/measurements/layout.tsx',
    entries: ['app/(coach)/clients/[clientId]/measurements'],
  },
  instruments: { layout: 'app/(coach)/instruments/layout.tsx', entries: ['app/(coach)/instruments'] },
  intake: { layout: 'app/(intake)/layout.tsx', entries: ['app/(intake)'] },
  portal: { layout: 'app/portal/layout.tsx', entries: ['app/portal'] },
  share: { layout: 'app/share/[token]/page.tsx', entries: ['app/share'] },
};

const messages = messagesFor('nl');

describe('messages sent to the browser', () => {
  it.each(Object.entries(AREAS))('%s: its client components find every namespace they use', (area, where) => {
    const scan = scanClientNamespaces(where.entries, where.exclude);
    expect(scan.clientFiles.length).toBeGreaterThan(0);
    // A client component that takes the whole dictionary must say what it reads from it.
    expect(scan.unnamed, 'useTranslations() without a `client messages:` note').toEqual([]);
    const data = scanDataKeyPaths(where.entries, where.exclude ?? [], messages);
    const given: readonly string[] = CLIENT_NAMESPACES[area as MessageArea];
    // A key is covered by its namespace or by the part of it that the area sends ('plan.errors' covers 'plan.errors.x').
    const covered = (key: string) => given.some((g) => key === g || key.startsWith(`${g}.`));
    expect([...new Set([...scan.namespaces, ...data])].filter((key) => !covered(key)).sort()).toEqual([]);
  });

  it.each(Object.entries(AREAS))('%s: its layout gives that area', (area, where) => {
    for (const layout of [where.layout].flat()) {
      const source = readFileSync(layout, 'utf8');
      expect(source.includes(`area="${area}"`) || source.includes(`pickNamespaces(messages, '${area}')`), layout).toBe(true);
    }
  });

  it('knows every provider in the app (a new one must be checked here too)', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? files(path.join(dir, n)) : [path.join(dir, n)]));
    const found = files('app')
      .filter((f) => /\.tsx$/.test(f))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/<ClientMessages area="(\w+)"/g)].map((m) => `${m[1]} ${f}`));
    const expected = Object.entries(AREAS)
      .filter(([area]) => area !== 'share')
      .flatMap(([area, where]) => [where.layout].flat().map((layout) => `${area} ${layout}`));
    expect(found.sort()).toEqual(expected.sort());
  });

  it('names only namespaces that exist', () => {
    for (const list of Object.values(CLIENT_NAMESPACES)) for (const ns of list) expect(messages).toHaveProperty(ns);
  });

  it('sends the branches a page’s client components use, not the texts its server renders', () => {
    const overview = pickNamespaces(messages, 'recordOverview') as Record<string, Record<string, unknown>>;
    expect(Object.keys(overview.clients!).sort()).toEqual(['closeReasons', 'errors', 'lifecycle', 'portal', 'status', 'validation']);
    expect(overview).not.toHaveProperty('employers');
    const form = pickNamespaces(messages, 'clients') as Record<string, Record<string, unknown>>;
    expect(form.clients).toHaveProperty('form');
    expect(form.clients).not.toHaveProperty('poortwachter');
    // A branch of a namespace the area sends whole changes nothing, and the dictionary is not touched.
    const before = JSON.stringify(messages);
    const intake = pickNamespaces(messages, 'intake') as Record<string, unknown>;
    expect(intake.intake).toBe(messages.intake);
    expect(JSON.stringify(messages)).toBe(before);
  });

  it('leaves server-only texts and other areas out', () => {
    const signIn = pickNamespaces(messages, 'auth');
    expect(Object.keys(signIn).sort()).toEqual(['auth', 'common', 'errors', 'validation']);
    expect(JSON.stringify(signIn).length).toBeLessThan(JSON.stringify(messages).length / 10);
    for (const area of Object.keys(AREAS) as MessageArea[]) {
      expect(pickNamespaces(messages, area)).not.toHaveProperty('reports');
      expect(pickNamespaces(messages, area)).not.toHaveProperty('auditLog');
    }
  });

  it('gives the employer’s page no screen of the coach’s, and nothing about burn-out', () => {
    const share = pickNamespaces(messages, 'share') as Record<string, Record<string, unknown>>;
    expect(Object.keys(share).sort()).toEqual(['autosave', 'common', 'errors', 'plan', 'share', 'validation']);
    expect(Object.keys(share.plan!)).toEqual(['errors']);
    for (const locale of ['nl', 'en'] as const) {
      const text = JSON.stringify(pickNamespaces(messagesFor(locale), 'share'));
      for (const word of ['burn', 'JD-R', 'Onderbouwing', 'Rationale', 'suggest'])
        expect(text.toLowerCase()).not.toContain(word.toLowerCase());
    }
  });

  it('finds a namespace used in a client file, and notices one the list lacks', () => {
    const scan = scanClientNamespaces(['app/(auth)']);
    // The branch a component names ('auth.login'), which the area's namespace covers; a sibling branch would not.
    expect(scan.namespaces.has('auth.login')).toBe(true);
    const overview = scanClientNamespaces(['app/(coach)/clients/[clientId]/page.tsx']);
    expect(overview.namespaces.has('clients.lifecycle')).toBe(true);
    expect(CLIENT_NAMESPACES.recordOverview).not.toContain('clients.form');
    const data = scanDataKeyNamespaces(['app/(coach)/clients/[clientId]/plan'], [], messages);
    expect(data.has('plan')).toBe(true);
    expect(CLIENT_NAMESPACES.auth).not.toContain('plan');
    // Mail texts are worded on the server (the plan's mails in lib/plans): the pages whose actions reach them send none.
    for (const area of ['recordPlan', 'portal', 'share'] as const)
      expect(Object.keys(pickNamespaces(messages, area))).not.toContain('mail');
  });
});

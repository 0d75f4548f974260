import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { AUDIT_EXPORT_MAX } from '@/lib/audit-log/filters';
import { actAs, createPractice } from '@/lib/testing/fixtures';
import { GET as exportCsv } from './export/route';
import AuditLogPage from './page';

// Translations name their key and values, so the notice can be read; the data and guards are real.
vi.mock('next-intl/server', () => {
  const t = Object.assign((key: string, values?: object) => (values ? `${key} ${JSON.stringify(values)}` : key), { has: () => true });
  return { getTranslations: async () => t, getFormatter: async () => ({ dateTime: () => '' }), getLocale: async () => 'nl' };
});

beforeEach(() => actAs(null));

type Element = { props: Record<string, unknown> & { children?: unknown } };

function elementsOf(node: unknown, match: (element: Element) => boolean): Element[] {
  if (Array.isArray(node)) return node.flatMap((child) => elementsOf(child, match));
  if (!node || typeof node !== 'object' || !('props' in node)) return [];
  const element = node as Element;
  return [...(match(element) ? [element] : []), ...elementsOf(element.props.children, match)];
}

/** The notice beside the export link (or undefined) and the link itself, as the owner sees the page. */
async function view(params: Record<string, string> = {}) {
  const page = await AuditLogPage({ searchParams: Promise.resolve(params) });
  return {
    notice: elementsOf(page, (e) => e.props['data-testid'] === 'audit-export-truncated')[0]?.props.children,
    exportHref: elementsOf(page, (e) => e.props.download === true)[0]?.props.href as string,
  };
}

/** The export through the page's link: its file name and its lines (header first). */
async function download(href: string) {
  const response = await exportCsv(new Request(`http://localhost${href}`), {});
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  return {
    name,
    lines: (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n'),
  };
}

describe('audit log export: more entries than it holds', () => {
  it('says so in the file name and on the page; the file holds the newest, rows only', async () => {
    const owner = await createPractice('Praktijk Grote Export');
    // Exactly as many entries as the export holds, one a second back from an hour ago (n = 1 the newest).
    await getDb().execute(sql`
      insert into audit_log (practice_id, actor_user_id, actor_kind, action, metadata, created_at)
      select ${owner.practiceId}::uuid, ${owner.userId}::uuid, 'coach', 'client.viewed', jsonb_build_object('n', n),
        now() - interval '1 hour' - n * interval '1 second'
      from generate_series(1, ${AUDIT_EXPORT_MAX}) n`);
    actAs(owner);

    const whole = await view();
    expect(whole.notice).toBeUndefined();
    const complete = await download(whole.exportHref);
    expect(complete.name).toMatch(/^auditlog-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(complete.lines).toHaveLength(AUDIT_EXPORT_MAX + 1);

    // That export is in the log too: one entry more than the export holds.
    const over = await view();
    expect(over.notice).toBe(`exportTruncated ${JSON.stringify({ max: AUDIT_EXPORT_MAX })}`);
    const cut = await download(over.exportHref);
    expect(cut.name).toMatch(/^auditlog-\d{4}-\d{2}-\d{2}-nieuwste-10000\.csv$/);
    expect(cut.lines).toHaveLength(AUDIT_EXPORT_MAX + 1);
    // The newest (the export's own entry) in, the oldest out; the last line is an entry, no trailer.
    expect(cut.lines[1]).toContain('"practice.audit_exported"');
    expect(cut.lines.at(-1)).toContain('"{""n"":9999}"');
    expect(cut.lines.some((line) => line.includes('"{""n"":10000}"'))).toBe(false);
    expect(cut.lines.at(-1)).toMatch(/^"\d{4}-\d{2}-\d{2}T/);

    // A filter that narrows it to what the export holds: no notice.
    expect((await view({ action: 'client.viewed' })).notice).toBeUndefined();
  });
});

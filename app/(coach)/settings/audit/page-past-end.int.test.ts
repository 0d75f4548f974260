import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog } from '@/db/schema';
import { AUDIT_PAGE_SIZE } from '@/lib/audit-log/filters';
import { actAs, createPractice } from '@/lib/testing/fixtures';
import AuditLogPage from './page';

// Translations name their key and values, so the count and "page x of y" can be read; the data and guards are real.
vi.mock('next-intl/server', () => {
  const t = Object.assign((key: string, values?: object) => (values ? `${key} ${JSON.stringify(values)}` : key), { has: () => true });
  return { getTranslations: async () => t, getFormatter: async () => ({ dateTime: () => '' }), getLocale: async () => 'nl' };
});

beforeEach(() => actAs(null));

type Element = { key: string | null; props: Record<string, unknown> & { children?: unknown } };

/** The elements of a server component's tree that `match` (depth first, in order). */
function elementsOf(node: unknown, match: (element: Element) => boolean): Element[] {
  if (Array.isArray(node)) return node.flatMap((child) => elementsOf(child, match));
  if (!node || typeof node !== 'object' || !('props' in node)) return [];
  const element = node as Element;
  return [...(match(element) ? [element] : []), ...elementsOf(element.props.children, match)];
}

/** What the owner reads of a page: the count, the entries (by id), the pager's text and its links. */
async function view(params: Record<string, string>) {
  const page = await AuditLogPage({ searchParams: Promise.resolve(params) });
  const byTestId = (id: string) => elementsOf(page, (e) => e.props['data-testid'] === id)[0]?.props.children;
  const link = (rel: string) => elementsOf(page, (e) => e.props.rel === rel)[0]?.props.href as string | undefined;
  // Page 1's link has no page number (auditQueryString).
  const pageOf = (href: string | undefined) => href && (new URL(href, 'http://localhost').searchParams.get('page') ?? '1');
  return {
    count: byTestId('audit-count'),
    // The table's rows: keyed by the entry's id, four cells each.
    ids: elementsOf(page, (e) => e.key !== null && Array.isArray(e.props.children) && e.props.children.length === 4).map((tr) => tr.key),
    pager: elementsOf(page, (e) => e.props['aria-current'] === 'page')[0]?.props.children,
    previous: pageOf(link('prev')),
    next: pageOf(link('next')),
  };
}

describe('audit log view: a page number past the end', () => {
  it('shows the last page, with its entries and its own number, not "no entries" beside the count', async () => {
    const owner = await createPractice('Praktijk Laatste Pagina');
    await getDb()
      .insert(auditLog)
      .values(
        Array.from({ length: AUDIT_PAGE_SIZE + 7 }, (_, n) => ({
          practiceId: owner.practiceId,
          actorUserId: owner.userId,
          actorKind: 'coach' as const,
          action: 'client.viewed',
          metadata: { n },
        })),
      );
    actAs(owner);
    const last = await view({ page: '2' });
    expect(last.ids).toHaveLength(7);

    const past = await view({ page: '99' });
    expect(past.count).toBe(`count ${JSON.stringify({ total: AUDIT_PAGE_SIZE + 7 })}`);
    expect(past.ids).toEqual(last.ids);
    expect(past.pager).toBe(`pageOf ${JSON.stringify({ page: 2, pages: 2 })}`);
    expect([past.previous, past.next]).toEqual(['1', undefined]);

    // Within the pages nothing changes: page 1 is page 1.
    const first = await view({});
    expect(first.ids).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.pager).toBe(`pageOf ${JSON.stringify({ page: 1, pages: 2 })}`);
    expect([first.previous, first.next]).toEqual([undefined, '2']);
  });
});

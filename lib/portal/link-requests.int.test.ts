import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { linkRequestsOfDay } from '@/db/queries/portal';
import { portalLinkRequests, portalLinks } from '@/db/schema';
import { createPractice, outboxFor } from '@/lib/testing/fixtures';
import { handlePortalLinkRequested, requestPortalLink } from './link-requests';
import { portalEmailKey } from './rules';

// Count (and read) the statements a request sends: db/client.ts does so when this is set before the first getDb().
process.env.BENCH_COUNT_QUERIES = '1';

const linksOf = (clientId: string) => getDb().select().from(portalLinks).where(eq(portalLinks.clientId, clientId));

describe('the worker behind “send me a sign-in link”', () => {
  it('mails an active client a link, and a client whose trajectory is closed no link but that it has ended', async () => {
    const owner = await createPractice();
    const email = `gesloten-${Math.random().toString(36).slice(2)}@example.test`;
    const closed = await seedClient(owner.practiceId, owner.userId, { email, status: 'closed' });
    await handlePortalLinkRequested(email, '/portal');
    expect(await linksOf(closed.id)).toEqual([]);
    const [ended, ...more] = (await outboxFor(owner.practiceId)).filter((m) => m.to === email);
    expect(more).toEqual([]);
    expect(ended!.text).toContain('Je coachingstraject daar is afgerond');
    // Whom to ask, and where: the portal that would say so is closed, and the mail comes from a no-reply address.
    expect(ended!.text).toContain(`Neem dan contact op met je coach, Olivia Owner (${owner.email}).`);
    expect(ended!.text).not.toMatch(/https?:\/\//);

    // The same address of an active client in another practice still gets its link.
    const other = await createPractice();
    const active = await seedClient(other.practiceId, other.userId, { email: email.toUpperCase() });
    await handlePortalLinkRequested(email, '/portal');
    expect(await linksOf(active.id)).toHaveLength(1);
    expect(await linksOf(closed.id)).toEqual([]);
  });
});

describe('counting an address’s sign-in link requests', () => {
  const minutes = 60_000;

  it('reads the quarter-hour’s and the day’s requests in one statement under the lock', async () => {
    const email = `telling-${Math.random().toString(36).slice(2)}@example.test`;
    const emailKey = portalEmailKey(email);
    await getDb()
      .insert(portalLinkRequests)
      .values([5, 20, 23 * 60].map((m) => ({ emailKey, createdAt: new Date(Date.now() - m * minutes) })));
    // Each statement as postgres.js sends it (db/client.ts prints them to stderr when asked).
    const statements: string[] = [];
    const log = vi.spyOn(console, 'error').mockImplementation((line: unknown) => void statements.push(String(line)));
    process.env.BENCH_LOG_QUERIES = '1';
    try {
      expect(await requestPortalLink(email, undefined)).toEqual({ ok: true, data: null });
    } finally {
      delete process.env.BENCH_LOG_QUERIES;
      log.mockRestore();
    }
    const reads = statements.filter((q) => /^\[sql\] select\b/i.test(q) && q.includes('"portal_link_requests"'));
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatch(/count\(\*\) filter \(where/i);
  });

  it('counts the quarter-hour apart from the day, and only this address’s', async () => {
    const emailKey = portalEmailKey(`eigen-${Math.random().toString(36).slice(2)}@example.test`);
    const now = Date.now();
    const at = (m: number) => new Date(now - m * minutes);
    await getDb()
      .insert(portalLinkRequests)
      .values([
        ...[2, 14, 16, 6 * 60, 23 * 60, 25 * 60].map((m) => ({ emailKey, createdAt: at(m) })),
        { emailKey: portalEmailKey('iemand-anders@example.test'), createdAt: at(1) },
      ]);
    expect(await linkRequestsOfDay(emailKey, { window: at(15), day: at(24 * 60) })).toEqual({
      inWindow: 2,
      inDay: 5,
      earliest: at(23 * 60),
      latest: at(2),
    });
  });
});

import { sql } from 'drizzle-orm';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { revokeShareAction } from '@/app/(coach)/clients/[clientId]/plan/actions';
import { generateMetadata as rootMetadata } from '@/app/layout';
import SharePage from '@/app/share/[token]/page';
import { GET as reportGET } from '@/app/share/[token]/report/route';
import ShareLayout, { metadata as shareMetadata } from '@/app/share/layout';
import { getDb } from '@/db/client';
import { setPracticeLogo } from '@/db/queries/practices';
import { initialsOf } from '@/lib/reports/file-name';
import { consume, POLICIES } from '@/lib/security/rate-limit';
import { actAs } from '@/lib/testing/fixtures';
import { cookieJar } from '@/lib/testing/next-headers-mock';
import { datedPlanItems, pastDueMarks } from '@/tests/dated-plan-items';
import { sharedPlan } from '@/tests/shared-plan';

// The share page's buttons are client components that ask for the router; rendered outside Next, they get a stand-in.
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ refresh() {}, push() {}, replace() {}, back() {}, forward() {}, prefetch() {} }),
}));
// The root layout's metadata asks next-intl for its texts (Dutch, from the real messages).
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));

beforeEach(async () => {
  actAs(null);
  cookieJar.clear();
  await getDb().execute(sql`delete from rate_limits`);
});

const report = (token: string) => reportGET(new Request(`http://localhost/share/${token}/report`), { params: Promise.resolve({ token }) });

describe('metadata under /share', () => {
  // On a not-found (app/share/not-found.tsx, reached through the catch-all) Next merges the layouts' metadata and the
  // not-found page's own, not the pages': the share layout is where the root's description is taken away.
  it('the root gives the app’s description, which would say what kind of coach this is', async () => {
    expect((await rootMetadata()).description).toMatch(/burn-outcoaches/);
  });

  it('has no description and is never indexed, not-found page included', async () => {
    expect(shareMetadata).toMatchObject({
      description: null,
      robots: { index: false, follow: false },
      referrer: 'no-referrer',
    });
    // The not-found page brings no metadata of its own that could put a description back.
    expect(Object.keys(await import('@/app/share/not-found'))).toEqual(['default']);
    // The layout adds nothing to the page.
    expect(ShareLayout({ children: 'x' })).toBe('x');
  });
});

describe('the share page', () => {
  it('links the manager report without `download`, and gives the logo beside the printed name no alt text', async () => {
    const { owner, token } = await sharedPlan('Praktijk Taal', 'en');
    await setPracticeLogo(owner.practiceId, { data: Buffer.from('png'), mime: 'image/png' });
    const html = renderToString((await SharePage({ params: Promise.resolve({ token }) })) as never);
    // With the contact's language: a refusal page (the link revoked meanwhile) reads as the page did.
    const link = /<a[^>]*href="\/share\/[^"]+\/report\?lang=en"[^>]*>/.exec(html)?.[0];
    expect(link).toBeDefined();
    expect(link).not.toMatch(/\sdownload/);
    const logo = /<img[^>]*src="\/share\/[^"]+\/logo"[^>]*>/.exec(html)?.[0];
    expect(logo).toContain('alt=""');
    expect(html).toContain('>Praktijk Taal</span>');
  });
});

describe('whose plan it is', () => {
  it('names the employee by initials, as the manager report does, and not by name', async () => {
    const { client, token } = await sharedPlan('Praktijk Initialen', 'en');
    const html = renderToString((await SharePage({ params: Promise.resolve({ token }) })) as never);
    const initials = initialsOf(client.firstName, client.lastName);
    expect(initials).toMatch(/^S\p{Lu}$/u);
    expect(html).toMatch(new RegExp(`data-testid="share-employee"[^>]*>Employee: ${initials}</p>`));
    expect(html).not.toContain(client.lastName);
    expect(html).not.toContain(`${client.firstName} `);
  });
});

describe('the manager report’s refusal page', () => {
  it('is in the contact’s language when the link is live and its report limit is reached', async () => {
    const { shareId, token } = await sharedPlan('Praktijk Taal', 'en');
    for (let i = 0; i < POLICIES.reportDownload.points; i++) await consume('reportDownload', `share:${shareId}`);
    const res = await report(token);
    expect(res.status).toBe(429);
    const body = await res.text();
    expect(body).toContain('<html lang="en">');
    expect(body).toContain('Many reports have just been requested.');
  });

  it('is in the browser’s language for a revoked link: nothing taken from the share', async () => {
    const { owner, shareId, token } = await sharedPlan('Praktijk Taal', 'en');
    actAs(owner);
    expect(await revokeShareAction({ shareId })).toMatchObject({ ok: true });
    actAs(null);
    const res = await report(token);
    expect(res.status).toBe(404);
    const body = await res.text();
    expect(body).toContain('<html lang="nl">');
    expect(body).toContain('Dit bestand is niet beschikbaar');
  });
});

describe('an agreement past its date', () => {
  it('is marked for the manager while it is open, not once it is done, nor before its date', async () => {
    const { owner, client, token } = await sharedPlan('Praktijk Datum');
    await datedPlanItems(owner.practiceId, client.id);
    const html = renderToString((await SharePage({ params: Promise.resolve({ token }) })) as never);
    const { marked, texts } = pastDueMarks(html, 'Afspraak ');
    expect(marked).toEqual(['Open-verlopen']);
    expect(texts).toEqual([expect.stringMatching(/^uiterlijk \d+ \w+ \d{4}, datum verstreken$/)]);
  });
});

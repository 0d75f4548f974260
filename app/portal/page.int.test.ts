import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { actAsPortalClient } from '@/lib/portal/testing';
import { createPractice } from '@/lib/testing/fixtures';
import PortalHomePage from './page';

vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));

describe('the portal’s overview', () => {
  it('links to the report without `download`: a refusal or the sign-in page shows as a page, not as a saved file', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId);
    await actAsPortalClient(client);
    const html = renderToStaticMarkup(await PortalHomePage());
    const link = /<a[^>]*href="\/portal\/report"[^>]*>/.exec(html)?.[0];
    expect(link).toBeDefined();
    expect(link).not.toMatch(/\sdownload/);
  });
});

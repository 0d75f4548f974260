import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { coachingSessions } from '@/db/schema';
import { actAsPortalClient } from '@/lib/portal/testing';
import { todayIn } from '@/lib/sessions/zoned-time';
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

  it('gives the year of a session in another year: next January does not read like a day gone by', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId);
    // More than a year ahead: always in another year, whatever day the test runs.
    const startsAt = new Date(Date.now() + 400 * 86_400_000);
    await getDb().insert(coachingSessions).values({
      practiceId: owner.practiceId,
      clientId: client.id,
      coachId: owner.userId,
      startsAt,
      durationMinutes: 60,
      kind: 'coaching',
      location: 'video',
      status: 'planned',
    });
    await actAsPortalClient(client);
    const html = renderToStaticMarkup(await PortalHomePage());
    const upcoming = /<section[^>]*aria-labelledby="upcoming-title"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(upcoming).toContain(todayIn(startsAt).slice(0, 4));
  });
});

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { actAsPortalClient } from '@/lib/portal/testing';
import { createPractice } from '@/lib/testing/fixtures';
import PortalPlanPage from './page';

vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));

describe('the client’s plan page', () => {
  it('says, where withdrawing is explained, that what the employer already read or saved cannot be taken back', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId, {}, { sharing: true });
    await actAsPortalClient(client);
    const html = renderToStaticMarkup(await PortalPlanPage());
    expect(html).toContain('Je kunt een vrijgave altijd weer intrekken');
    expect(html).toContain('al heeft gelezen of bewaard (bijvoorbeeld als pdf), kun je niet terughalen');
  });
});

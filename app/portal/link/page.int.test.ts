import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import PortalLinkProblemPage from './page';

vi.mock('next-intl/server', () => ({ getTranslations: async () => (key: string) => key }));

const render = async (reason: string) =>
  renderToStaticMarkup(await PortalLinkProblemPage({ searchParams: Promise.resolve({ reason, next: '/portal/plan' }) }));

describe('the page a sign-in link that does not work leads to', () => {
  it('for a closed trajectory says the coaching has ended, without a button for a new link (none would come)', async () => {
    const html = await render('coaching_ended');
    expect(html).toContain('endedTitle');
    expect(html).toContain('>ended<');
    expect(html).not.toContain('/portal/login');
  });

  it('for an expired link offers a new one, back to where the link led', async () => {
    const html = await render('link_expired');
    expect(html).toContain('reasons.link_expired');
    expect(html).toContain('/portal/login?next=%2Fportal%2Fplan');
  });
});

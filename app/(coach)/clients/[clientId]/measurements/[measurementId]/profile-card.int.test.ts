import { describe, expect, it, vi } from 'vitest';
import { type ProfileReference, profileFromIndices } from '@/lib/scoring/profile';
import { scored } from '@/lib/scoring/test-fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import { ProfileCard } from './profile-card';

// Rendered outside Next, in Dutch, with the real messages.
vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));

async function render(demands: number, resources: number, reference: ProfileReference) {
  const profile = profileFromIndices({ demands: scored(demands), work_resources: scored(resources) }, reference);
  const element = await ProfileCard({
    profile,
    chosen: { reference, medianAvailable: reference.kind === 'practice_median', clients: 12 },
    points: [{ label: '5 jan. 2026', date: '2026-01-05', demands, resources }],
    baseHref: '/clients/x/measurements/m1',
    componentSet: { used: 'jdr_wide', requested: 'jdr_wide' },
    leftOut: [],
  });
  return renderPageHtml(element);
}

describe('the profile card’s scores beside the split', () => {
  it('shows the client’s scores to one decimal, as the practice median: just below the split reads below it', async () => {
    const page = await render(47.6, 61.24, { kind: 'practice_median', demands: 47.9, resources: 55.04, n: 12 });
    expect(page).toContain('Taakeisen niet boven de grens, met sterke hulpbronnen');
    // Numbers as the split's are written, with the Dutch decimal comma.
    expect(page).toContain('taakeisen 47,9, hulpbronnen 55)');
    expect(page).toContain('Taakeisen 47,6 en hulpbronnen in het werk 61,2, op een schaal van 0 tot 100.');
    expect(page).toContain('De cliënt staat op taakeisen 47,6 en hulpbronnen 61,2');
    // The plot draws the split too: its point and its table say the same.
    expect(page).toContain('<title>5 jan. 2026: Taakeisen 47,6, Hulpbronnen in het werk 61,2</title>');
    expect(page).toContain('<td class="px-2 py-1 tabular-nums">47,6</td>');
    expect(page).not.toMatch(/[Tt]aakeisen 48\b|>48</);
  });

  it('tells a score just above the midpoint from the midpoint itself', async () => {
    const page = await render(50.4, 30, { kind: 'midpoint' });
    expect(page).toContain('Zwaar werk zonder voldoende hulpbronnen');
    expect(page).toContain('Taakeisen 50,4 en hulpbronnen in het werk 30, op een schaal van 0 tot 100.');
  });

  it('never writes a score above the split as the split itself (exactly on it counts as low)', async () => {
    const page = await render(50.04, 49.98, { kind: 'midpoint' });
    expect(page).toContain('Zwaar werk zonder voldoende hulpbronnen');
    expect(page).toContain('Taakeisen 50,1 en hulpbronnen in het werk 50, op een schaal van 0 tot 100.');
    expect(page).toContain('<title>5 jan. 2026: Taakeisen 50,1, Hulpbronnen in het werk 50</title>');
    expect(page).not.toMatch(/[Tt]aakeisen 50\b(?!,)/);
  });
});

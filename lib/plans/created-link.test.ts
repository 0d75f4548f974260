import { describe, expect, it } from 'vitest';
import { createdLinkToShow } from './created-link';

describe('createdLinkToShow', () => {
  const created = { shareId: 's1', url: 'https://example.test/share/abc' };

  it('shows the link just made while it is live (also before the refreshed list has it)', () => {
    expect(createdLinkToShow(created, [])).toBe(created);
    expect(createdLinkToShow(created, [{ id: 's1', revoked: false }])).toBe(created);
  });

  it('hides it once that link is revoked, but not when another link is', () => {
    expect(createdLinkToShow(created, [{ id: 's1', revoked: true }])).toBeNull();
    expect(
      createdLinkToShow(created, [
        { id: 's2', revoked: true },
        { id: 's1', revoked: false },
      ]),
    ).toBe(created);
  });

  it('shows nothing when no link was made', () => {
    expect(createdLinkToShow(null, [{ id: 's1', revoked: false }])).toBeNull();
  });
});

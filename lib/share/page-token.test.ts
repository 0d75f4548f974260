import { describe, expect, it } from 'vitest';
import { SHARE_PAGE } from './page-token';

describe('the share page path', () => {
  const token = `${'a'.repeat(40)}_-9`;
  it('gives the token of the page and of actions posted to it, not of the report or the logo', () => {
    expect(SHARE_PAGE.exec(`/share/${token}`)?.[1]).toBe(token);
    expect(SHARE_PAGE.exec(`/share/${token}/`)?.[1]).toBe(token);
    expect(SHARE_PAGE.exec(`/share/${token}/report`)).toBeNull();
    expect(SHARE_PAGE.exec(`/share/${token}x`)).toBeNull();
    expect(SHARE_PAGE.exec('/share/short')).toBeNull();
  });
});

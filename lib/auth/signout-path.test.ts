import { describe, expect, it } from 'vitest';
import { isAuthJsSignOut } from './signout-path';

describe('isAuthJsSignOut', () => {
  it('knows the sign-out endpoint however it is spelled, and nothing else', () => {
    expect(isAuthJsSignOut('/api/auth/signout')).toBe(true);
    expect(isAuthJsSignOut('/api/auth/signout/')).toBe(true);
    expect(isAuthJsSignOut('/api/auth/SignOut')).toBe(true);
    expect(isAuthJsSignOut('/api/auth/session')).toBe(false);
    expect(isAuthJsSignOut('/api/auth/callback/credentials')).toBe(false);
    expect(isAuthJsSignOut('/api/auth/signout/extra')).toBe(false);
  });
});

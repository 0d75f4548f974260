import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import proxy from '@/proxy';

const request = (method: string, path: string, cookie?: string) =>
  proxy(
    new NextRequest(`http://localhost:3000${path}`, {
      method,
      headers: { ...(cookie ? { cookie } : {}), ...(method === 'POST' ? { 'next-action': 'abc123' } : {}) },
    }),
  );

describe('the proxy’s sign-in redirect', () => {
  it('sends a signed-out page load in the coach area to sign in, with the page to come back to', async () => {
    const answer = await request('GET', '/clients/x/sessions?tab=1');
    expect(answer.status).toBe(307);
    expect(answer.headers.get('location')).toBe('http://localhost:3000/login?next=%2Fclients%2Fx%2Fsessions%3Ftab%3D1');
    expect((await request('HEAD', '/dashboard')).status).toBe(307);
  });

  it('lets a server action through without a session: its guard answers, so sign-out and "signed out" messages work', async () => {
    // A redirect here turned the action's answer into the sign-in page: the form said "something went wrong", the
    // intake's queue "offline", and sign-out never reached the page that forgets the drafts.
    for (const path of ['/clients/x/sessions/y', '/dashboard', '/intake/z']) {
      const answer = await request('POST', path);
      expect(answer.headers.get('location'), path).toBeNull();
      expect(answer.headers.get('x-middleware-next'), path).toBe('1');
    }
  });

  it('leaves a signed-in page load alone', async () => {
    expect((await request('GET', '/dashboard', 'authjs.session-token=x')).headers.get('location')).toBeNull();
  });
});

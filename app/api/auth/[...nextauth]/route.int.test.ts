import type { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';

// The real Auth.js handlers (the test setup swaps lib/auth/nextauth for a mock everywhere else).
vi.unmock('@/lib/auth/nextauth');
const { GET, POST } = await import('./route');

const BASE = 'http://localhost:3000/api/auth';
const asNext = (request: Request) => request as unknown as NextRequest;

/** A CSRF token with its cookie, as a browser holding a session would first fetch them. */
async function csrf(): Promise<{ token: string; cookie: string }> {
  const response = await GET(asNext(new Request(`${BASE}/csrf`)));
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { token: csrfToken, cookie };
}

describe('Auth.js endpoints under /api/auth', () => {
  it('refuses Auth.js’s own sign-out, which would leave copies of the session alive (the app signs out by its action)', async () => {
    const { token, cookie } = await csrf();
    const response = await POST(
      asNext(
        new Request(`${BASE}/signout`, {
          method: 'POST',
          headers: { cookie: `${cookie}; authjs.session-token=abc`, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ csrfToken: token }).toString(),
        }),
      ),
    );
    expect(response.status).toBe(404);
    // Nothing cleared or set: the answer does not touch the session cookie.
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('still answers its other endpoints (the session poll)', async () => {
    const response = await GET(asNext(new Request(`${BASE}/session`)));
    expect(response.status).toBe(200);
  });
});

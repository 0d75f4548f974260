import { describe, expect, it, vi } from 'vitest';
import { publicRoute } from './public-route';

describe('a public route handler', () => {
  it('answers a failure with the translated error page (500), never the error itself', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const route = publicRoute(async () => {
      throw new Error('MARKERSTACK connection refused');
    });
    const res = await route(new Request('http://localhost/share/x/report'));
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toContain('text/html');
    const body = await res.text();
    expect(body).toContain('Er ging iets mis');
    expect(body).not.toContain('MARKERSTACK');
    log.mockRestore();
  });

  it('passes an answer through unchanged', async () => {
    const route = publicRoute(async (_request, { params }: { params: Promise<{ token: string }> }) => new Response((await params).token));
    expect(await (await route(new Request('http://localhost/x'), { params: Promise.resolve({ token: 'abc' }) })).text()).toBe('abc');
  });
});

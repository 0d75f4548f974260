import { describe, expect, it } from 'vitest';

type LoggingConfig = { serverFunctions?: boolean; incomingRequests?: { ignore: RegExp[] } };
const configPath = '../../next.config.mjs';
const loadConfig = async () => (await import(/* @vite-ignore */ configPath)) as { default: { logging: LoggingConfig } };

describe('the development server’s log', () => {
  it('never prints a server action’s arguments (passwords, two-step codes, reset tokens)', async () => {
    expect((await loadConfig()).default.logging.serverFunctions).toBe(false);
  });

  it('does not list requests to pages whose address is a secret link, and does list the others', async () => {
    const ignore = (await loadConfig()).default.logging.incomingRequests?.ignore ?? [];
    const hidden = (path: string) => ignore.some((pattern) => pattern.test(path));
    for (const path of [
      '/share/abc123',
      '/share/abc/report',
      '/portal/auth/p.secret',
      '/reset-password/p.secret',
      '/invite/p.secret',
      '/api/calendar/p.secret.ics',
    ])
      expect(hidden(path), path).toBe(true);
    for (const path of ['/dashboard', '/portal', '/portal/login', '/clients/1/plan', '/settings/security', '/agenda'])
      expect(hidden(path), path).toBe(false);
  });
});

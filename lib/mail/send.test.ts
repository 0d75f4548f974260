import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/db/queries/outbox', () => ({ insertOutboxMail: vi.fn(async () => true) }));
vi.mock('./transport', () => ({ usesOutbox: () => true }));

const { sendMail } = await import('./send');
const mail = { to: 'eva@example.test', subject: 'Je aanmeldlink', text: 'https://coach.example.nl/portal/auth/SECRET-TOKEN', html: '' };

describe('outbox mail on the console', () => {
  const env = { ...process.env };
  let log: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    // The guard also skips printing under vitest; this test checks the NODE_ENV rule itself.
    delete process.env.VITEST;
    log = vi.spyOn(console, 'log').mockImplementation(() => {});
  });
  afterEach(() => {
    process.env = { ...env };
    log.mockRestore();
  });

  it('prints the mail (with its link) in development', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    await sendMail('p', mail as never);
    expect(String(log.mock.calls[0]?.[0])).toContain('SECRET-TOKEN');
    vi.unstubAllEnvs();
  });

  it('never prints a mail body outside development (production, test, or unset)', async () => {
    for (const value of ['production', 'test', '']) {
      vi.stubEnv('NODE_ENV', value);
      await sendMail('p', mail as never);
    }
    vi.unstubAllEnvs();
    expect(log).not.toHaveBeenCalled();
  });
});

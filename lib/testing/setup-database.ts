import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, inject, vi } from 'vitest';
import { closeDb } from '@/db/client';
import { closeRateLimiter } from '@/lib/security/rate-limit';

// A fresh database per test file, cloned from the migrated template: files never see each other's rows.
const adminUrl = inject('pgAdminUrl');
const name = `t_${randomBytes(6).toString('hex')}`;
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name} template balanspunt_template`);
await admin.end();
process.env.DATABASE_URL = adminUrl.replace(/\/[^/]*$/, `/${name}`);
// The mocked request headers carry X-Forwarded-For as one proxy of ours would (lib/security/client-ip.ts).
process.env.TRUSTED_PROXY_HOPS ??= '1';
process.env.AUTH_SECRET ??= 'test-secret-test-secret-test-secret';

// Server actions read the session, cookies and cache through Next; tests provide them (see lib/testing/session.ts).
vi.mock('next/headers', () => import('./next-headers-mock'));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
vi.mock('@/lib/auth/session', () => import('./session-mock'));
vi.mock('@/lib/auth/nextauth', () => import('./auth-mock'));

afterAll(async () => {
  await closeRateLimiter();
  await closeDb();
});

import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditLog, outbox, practices, type Role, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import type { SessionClaims } from '@/lib/auth/session';
import { runMailJobsOnce } from '@/lib/mail/worker';
import { actAs } from './session-mock';

export const TEST_PASSWORD = 'a-long-enough-test-password';
let passwordHash: Promise<string> | undefined;

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}@example.test`;
}

/** A practice with its owner; returns the owner's session claims. */
export async function createPractice(name = 'Test practice'): Promise<SessionClaims & { email: string }> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const db = getDb();
  const [practice] = await db.insert(practices).values({ name }).returning();
  const email = uniqueEmail('owner');
  const [owner] = await db
    .insert(users)
    .values({ practiceId: practice!.id, email, name: 'Olivia Owner', passwordHash: await passwordHash, role: 'owner' })
    .returning();
  return { userId: owner!.id, practiceId: practice!.id, role: 'owner', email };
}

export async function addCoach(practiceId: string, role: Role = 'coach'): Promise<SessionClaims & { email: string }> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = uniqueEmail('coach');
  const [coach] = await getDb()
    .insert(users)
    .values({ practiceId, email, name: 'Cas Coach', passwordHash: await passwordHash, role })
    .returning();
  return { userId: coach!.id, practiceId, role, email };
}

export { actAs };

/** The practice's kept mails, after the worker has run the queued jobs (mails are sent after commit). */
export async function outboxFor(practiceId: string) {
  await runMailJobsOnce();
  return getDb().select().from(outbox).where(eq(outbox.practiceId, practiceId)).orderBy(outbox.createdAt);
}

export async function auditFor(practiceId: string) {
  return getDb().select().from(auditLog).where(eq(auditLog.practiceId, practiceId)).orderBy(auditLog.createdAt, auditLog.seq);
}

/**
 * The link in the newest mail to `to`, as a path (`/invite/...`): the mail's button, its last address (the portal's
 * mails give the sign-in page's address above it).
 */
export async function linkInMail(practiceId: string, to: string): Promise<string> {
  const mails = (await outboxFor(practiceId)).filter((m) => m.to === to);
  const text = mails.at(-1)?.text ?? '';
  const url = text.match(/https?:\/\/\S+/g)?.at(-1);
  if (!url) throw new Error(`no link in mail to ${to}`);
  return new URL(url).pathname;
}

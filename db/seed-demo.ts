import { count } from 'drizzle-orm';
import type { Database } from './client';
import { practices, users } from './schema';
import { hashPassword } from '@/lib/auth/password';

export const DEMO_LOGIN = { email: 'coach@demo.balanspunt.nl', password: 'demo-balans-2026' } as const;

/** Seeds an invented demo practice once, on an empty database. Returns true when it seeded. */
export async function seedDemoIfEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(practices);
  if ((row?.n ?? 0) > 0) return false;
  const passwordHash = await hashPassword(DEMO_LOGIN.password);
  await db.transaction(async (tx) => {
    const [practice] = await tx
      .insert(practices)
      .values({ name: 'Praktijk De Balans (demo)', address: 'Voorbeeldstraat 12, 3511 AB Utrecht', kvkNumber: '12345678', isDemo: true })
      .returning({ id: practices.id });
    if (!practice) throw new Error('seed failed');
    const [owner] = await tx
      .insert(users)
      .values([
        { practiceId: practice.id, email: DEMO_LOGIN.email, name: 'Sanne de Vries', passwordHash, role: 'owner', locale: 'nl' },
        { practiceId: practice.id, email: 'coach2@demo.balanspunt.nl', name: 'Jeroen Bakker', passwordHash, role: 'coach', locale: 'nl' },
      ])
      .returning({ id: users.id });
    if (!owner) throw new Error('seed failed');
    await seedDemoCaseload(tx as unknown as Database, practice.id, owner.id);
  });
  return true;
}

/** Demo clients and employers; filled in by the caseload schema. */
async function seedDemoCaseload(_db: Database, _practiceId: string, _coachId: string): Promise<void> {}

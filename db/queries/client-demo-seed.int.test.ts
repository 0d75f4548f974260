import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { clients, consents, employerContacts, employers, practices, timelineEvents } from '@/db/schema';
import { todayIn } from '@/lib/caseload/dates';
import { seedDemoIfEmpty } from '@/scripts/seed-demo';
import { listClientsDueForErasure } from './client-retention';

describe('demo caseload', () => {
  it('seeds invented employers and clients in every status, for both coaches, once', async () => {
    const db = getDb();
    expect(await seedDemoIfEmpty(db)).toBe(true);
    expect(await seedDemoIfEmpty(db)).toBe(false);
    const [practice] = await db.select().from(practices);
    const rows = await db.select().from(clients).where(eq(clients.practiceId, practice!.id));
    expect(new Set(rows.map((c) => c.status))).toEqual(new Set(['new', 'intake', 'active', 'paused', 'closed']));
    expect(new Set(rows.map((c) => c.coachId)).size).toBe(2);
    expect(rows.filter((c) => c.onSickLeave).length).toBeGreaterThanOrEqual(2);
    expect(rows.every((c) => c.email.endsWith('.example'))).toBe(true);
    expect(await db.select().from(employers)).toHaveLength(3);
    expect((await db.select().from(employerContacts)).map((c) => c.role)).toEqual(
      expect.arrayContaining(['manager', 'hr', 'company_doctor']),
    );
    expect((await db.select().from(consents)).map((c) => c.action)).toEqual(expect.arrayContaining(['given', 'withdrawn']));
    expect((await db.select().from(timelineEvents)).length).toBeGreaterThan(rows.length);
    expect(await listClientsDueForErasure(practice!.id, todayIn())).toHaveLength(1);
  });
});

import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import {
  clients,
  coachingSessions,
  consents,
  employerContacts,
  employers,
  planItems,
  planReleases,
  practices,
  timelineEvents,
} from '@/db/schema';
import { todayIn } from '@/lib/caseload/dates';
import { isoWeekday, utcToZoned } from '@/lib/sessions/zoned-time';
import { openSharedPlan } from '@/lib/share/guard';
import { seedDemoIfEmpty } from '@/scripts/seed-demo';
import { demoShareUrl } from '@/scripts/seed-demo-plan';
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
    expect((await listClientsDueForErasure(practice!.id, todayIn())).total).toBe(1);
  });

  it('plans its sessions on working days, at the times the timeline announces them', async () => {
    const db = getDb();
    await seedDemoIfEmpty(db);
    const sessions = await db.select().from(coachingSessions);
    expect(sessions.length).toBeGreaterThanOrEqual(7);
    const local = sessions.map((s) => utcToZoned(s.startsAt));
    for (const { date } of local) expect(isoWeekday(date), date).toBeLessThanOrEqual(5);
    const planned = await db.select().from(timelineEvents).where(eq(timelineEvents.kind, 'session.planned'));
    expect(planned.length).toBeGreaterThan(0);
    for (const event of planned) {
      const { date, time } = event.data as { date: string; time: string };
      expect(local).toContainEqual({ date, time });
    }
  });

  it('gives Anouk a plan with two items released for her manager, whose printed link shows exactly those', async () => {
    const db = getDb();
    await seedDemoIfEmpty(db);
    const [anouk] = await db.select().from(clients).where(eq(clients.firstName, 'Anouk'));
    const items = await db.select().from(planItems).where(eq(planItems.clientId, anouk!.id));
    expect(items).toHaveLength(4);
    const releases = await db.select().from(planReleases).where(eq(planReleases.clientId, anouk!.id));
    expect(releases).toHaveLength(2);
    const released = new Set(releases.map((r) => r.itemId));

    const url = await demoShareUrl(db, process.env.AUTH_SECRET!, 'http://localhost:3000');
    expect(url).toMatch(/^http:\/\/localhost:3000\/share\/[\w-]{43}$/);
    const opened = await openSharedPlan(url!.split('/').pop()!);
    if (opened.state !== 'ok') throw new Error(`the demo link is ${opened.state}`);
    // The manager reads the released items' employer wording, and nothing of the two Anouk kept to herself.
    expect(opened.view.items.map((i) => i.wording).sort()).toEqual(
      items
        .filter((i) => released.has(i.id))
        .map((i) => i.employerWording)
        .sort(),
    );
    const page = JSON.stringify(opened.view);
    for (const kept of items.filter((i) => !released.has(i.id))) {
      expect(page).not.toContain(kept.title);
      expect(page).not.toContain(kept.employerWording);
    }
    // Another installation's secret gives no link.
    expect(await demoShareUrl(db, 'another-secret', 'http://localhost:3000')).toBeNull();
  });
});

import { eq } from 'drizzle-orm';
import { parseCrontab } from 'graphile-worker';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { users } from '@/db/schema';
import { addCoach, createPractice, outboxFor } from '@/lib/testing/fixtures';
import { RETENTION_REMINDER_CRONTAB, remindOwnersOfDueErasures } from './retention-reminder';

const closed = (closedOn: string) => ({ status: 'closed' as const, closedOn, closeReason: 'completed' });

describe('the weekly reminder of records past the retention period', () => {
  it("tells each active owner how many, with a link to the list and no client's name; coaches and other practices hear nothing", async () => {
    const owner = await createPractice('Praktijk Bewaren');
    const coach = await addCoach(owner.practiceId);
    const away = await addCoach(owner.practiceId, 'owner');
    await getDb().update(users).set({ active: false }).where(eq(users.id, away.userId));
    const english = await addCoach(owner.practiceId, 'owner');
    await getDb().update(users).set({ locale: 'en' }).where(eq(users.id, english.userId));
    // Seven years (the default) after closing: two are past it, one closed last year is not, an open one never is.
    await seedClient(owner.practiceId, owner.userId, { firstName: 'Oud', lastName: 'Dossier', ...closed('2015-03-01') });
    await seedClient(owner.practiceId, owner.userId, { firstName: 'Ouder', lastName: 'Dossier', ...closed('2019-12-06') });
    await seedClient(owner.practiceId, owner.userId, closed('2025-06-01'));
    await seedClient(owner.practiceId, owner.userId);
    const quiet = await createPractice('Praktijk Recent');
    await seedClient(quiet.practiceId, quiet.userId, closed('2025-06-01'));

    expect(await remindOwnersOfDueErasures('2026-12-07', [owner.practiceId, quiet.practiceId])).toBe(2);
    const mails = (await outboxFor(owner.practiceId)).sort((a, b) => (a.to === owner.email ? -1 : b.to === owner.email ? 1 : 0));
    expect(mails.map((m) => [m.to, m.subject])).toEqual([
      [owner.email, '2 dossiers voorbij de bewaartermijn'],
      [english.email, '2 records past the retention period'],
    ]);
    expect(mails[0]!.text).toContain('Bij Praktijk Bewaren zijn 2 afgesloten dossiers al langer bewaard dan de bewaartermijn van 7 jaar');
    expect(mails[0]!.text).toMatch(/\/settings\?lang=nl#erasure/);
    expect(mails[1]!.text).toContain('At Praktijk Bewaren, 2 closed records have been kept longer than the retention period of 7 years');
    for (const mail of mails) expect(`${mail.subject} ${mail.text} ${mail.html}`).not.toMatch(/Oud|Dossier/);
    expect(mails.map((m) => m.to)).not.toContain(coach.email);
    expect(await outboxFor(quiet.practiceId)).toEqual([]);
  });

  it('runs on Mondays, once only, and once the server is up again in a week it was down on the Monday', () => {
    const [entry] = parseCrontab(RETENTION_REMINDER_CRONTAB);
    expect(entry!.task).toBe('retention_reminder');
    const at = (dow: number, hour: number) => entry!.match({ min: 0, hour, date: 7, month: 12, dow });
    expect([at(1, 6), at(1, 7), at(2, 6), at(0, 6)]).toEqual([true, false, false, false]);
    expect(entry!.options.backfillPeriod).toBe(6 * 24 * 60 * 60 * 1000);
    // Never retried: a retry would mail again the owners of the practices done before a failure.
    expect(entry!.options.maxAttempts).toBe(1);
  });
});

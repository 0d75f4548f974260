import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { homeworkAnswers } from '@/db/schema';
import { requireClientAccess } from '@/lib/auth/client-access';
import type { Actor } from '@/lib/auth/guards';
import { assignment } from '@/lib/homework/test-fixtures';
import { saveHomeworkAnswer } from '@/lib/portal/service';
import { addDays, todayIn } from '@/lib/sessions/zoned-time';
import { createPractice } from '@/lib/testing/fixtures';
import { assignHomework } from './service';

async function setup() {
  const claims = await createPractice();
  const actor: Actor = { ...claims, name: 'Olivia Owner', locale: 'nl' };
  const client = await requireClientAccess(actor, (await seedClient(actor.practiceId, actor.userId)).id);
  const assigned = await assignHomework(actor, client, assignment('job_crafting', '', addDays(todayIn(), 14)));
  if (!assigned.ok) throw new Error(assigned.error);
  const who = { practiceId: actor.practiceId, clientId: client.id };
  const homeworkId = assigned.data.homeworkId;
  const answers = async () =>
    Object.fromEntries(
      (await getDb().select().from(homeworkAnswers).where(eq(homeworkAnswers.homeworkId, homeworkId))).map((r) => [r.fieldKey, r.value]),
    );
  return { who, homeworkId, answers };
}

describe('a date answer in the portal', () => {
  it('refuses 1900-01-01 and 2999-12-31 as a field error naming the range, storing nothing; a date next month is saved', async () => {
    const { who, homeworkId, answers } = await setup();
    const save = (value: string) => saveHomeworkAnswer(who, { homeworkId, fieldKey: 'social.byWhen', value });
    for (const value of ['1900-01-01', '2999-12-31']) {
      expect(await save(value)).toEqual({
        ok: false,
        error: 'validation',
        fieldErrors: { 'social.byWhen': 'homework.errors.dateOutOfRange' },
      });
    }
    expect(await answers()).toEqual({});
    const nextMonth = addDays(todayIn(), 30);
    expect(await save(nextMonth)).toMatchObject({ ok: true });
    expect(await answers()).toEqual({ 'social.byWhen': nextMonth });
  });
});

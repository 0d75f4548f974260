import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { listClientsDueForErasure } from '@/db/queries/client-retention';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { practices } from '@/db/schema';
import { actAs, addCoach, createPractice } from '@/lib/testing/fixtures';
import { updateCaseloadSettingsAction } from './caseload-actions';

beforeEach(() => actAs(null));

const seen = { coachVisibility: 'all' as const, retentionYears: 7 };

describe('caseload settings', () => {
  it('lets the owner restrict coaches to their assigned clients and set the retention period', async () => {
    const owner = await createPractice();
    actAs(owner);
    expect(await updateCaseloadSettingsAction({ coachVisibility: 'assigned', retentionYears: 5, seen })).toEqual({ ok: true, data: null });
    const [row] = await getDb().select().from(practices).where(eq(practices.id, owner.practiceId));
    expect(row).toMatchObject({ coachVisibility: 'assigned', retentionYears: 5, version: 1 });
  });

  it('refuses a stale form, a coach, and an impossible retention period', async () => {
    const owner = await createPractice();
    actAs(owner);
    await updateCaseloadSettingsAction({ coachVisibility: 'assigned', retentionYears: 7, seen });
    expect(await updateCaseloadSettingsAction({ coachVisibility: 'all', retentionYears: 3, seen })).toEqual({ ok: false, error: 'stale' });
    expect(await updateCaseloadSettingsAction({ coachVisibility: 'all', retentionYears: 0, seen })).toMatchObject({
      fieldErrors: { retentionYears: 'clients.validation.retentionYears' },
    });
    actAs(await addCoach(owner.practiceId));
    expect(
      await updateCaseloadSettingsAction({
        coachVisibility: 'all',
        retentionYears: 7,
        seen: { coachVisibility: 'assigned', retentionYears: 7 },
      }),
    ).toEqual({
      ok: false,
      error: 'forbidden',
    });
    const [row] = await getDb().select().from(practices).where(eq(practices.id, owner.practiceId));
    expect(row).toMatchObject({ coachVisibility: 'assigned', retentionYears: 7 });
  });

  it('lists closed clients whose retention period has run out', async () => {
    const owner = await createPractice();
    const due = await seedClient(owner.practiceId, owner.userId, { status: 'closed', closedOn: '2018-03-01' });
    await seedClient(owner.practiceId, owner.userId, { status: 'closed', closedOn: '2024-03-01' });
    await seedClient(owner.practiceId, owner.userId, { status: 'active' });
    const other = await createPractice();
    await seedClient(other.practiceId, other.userId, { status: 'closed', closedOn: '2010-01-01' });
    expect((await listClientsDueForErasure(owner.practiceId, '2026-05-01')).rows).toEqual([
      expect.objectContaining({ id: due.id, closedOn: '2018-03-01', dueOn: '2025-03-01' }),
    ]);
    expect(await listClientsDueForErasure(owner.practiceId, '2025-02-28')).toEqual({ rows: [], total: 0 });
  });
});

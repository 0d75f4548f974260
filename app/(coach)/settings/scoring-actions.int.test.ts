import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, practices } from '@/db/schema';
import { actAs, addCoach, createPractice } from '@/lib/testing/fixtures';
import { updateScoringSettingsAction } from './scoring-actions';

beforeEach(() => actAs(null));

const rowOf = async (practiceId: string) => (await getDb().select().from(practices).where(eq(practices.id, practiceId)))[0];

describe('scoring settings (index component set)', () => {
  it('defaults to JD-R breed and lets the owner choose AZW (seed 003), audited', async () => {
    const owner = await createPractice();
    expect(await rowOf(owner.practiceId)).toMatchObject({ indexComponentSet: 'jdr_wide', version: 1 });
    actAs(owner);
    expect(await updateScoringSettingsAction({ componentSet: 'azw', version: 1 })).toEqual({ ok: true, data: { version: 2 } });
    expect(await rowOf(owner.practiceId)).toMatchObject({ indexComponentSet: 'azw', version: 2 });
    const audits = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.practiceId, owner.practiceId), eq(auditLog.action, 'practice.scoring_settings_updated')));
    expect(audits.map((a) => a.metadata)).toEqual([{ componentSet: 'azw' }]);
  });

  it('refuses a stale form, an unknown set, a coach and a caller who is not signed in', async () => {
    const owner = await createPractice();
    actAs(owner);
    await updateScoringSettingsAction({ componentSet: 'azw', version: 1 });
    expect(await updateScoringSettingsAction({ componentSet: 'jdr_wide', version: 1 })).toEqual({ ok: false, error: 'stale' });
    expect(await updateScoringSettingsAction({ componentSet: 'seed003' as 'azw', version: 2 })).toMatchObject({
      ok: false,
      fieldErrors: { componentSet: 'scoringSettings.componentSetRequired' },
    });
    actAs(await addCoach(owner.practiceId));
    expect(await updateScoringSettingsAction({ componentSet: 'jdr_wide', version: 2 })).toEqual({ ok: false, error: 'forbidden' });
    actAs(null);
    expect(await updateScoringSettingsAction({ componentSet: 'jdr_wide', version: 2 })).toEqual({ ok: false, error: 'unauthenticated' });
    expect(await rowOf(owner.practiceId)).toMatchObject({ indexComponentSet: 'azw', version: 2 });
  });
});

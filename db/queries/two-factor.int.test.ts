import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { createPractice } from '@/lib/testing/fixtures';
import { enableTotp, storePendingTotpSecret } from './two-factor';

describe('enableTotp', () => {
  it('turns on only the pending key the code was checked against, not one a set-up started again meanwhile stored', async () => {
    const owner = await createPractice();
    await storePendingTotpSecret(owner.practiceId, owner.userId, 'sealed-first');
    // Set-up started again in another tab: a new key replaces the one the first tab's code came from.
    await storePendingTotpSecret(owner.practiceId, owner.userId, 'sealed-second');
    expect(await enableTotp(owner.practiceId, owner.userId, 'sealed-first', 1)).toBe(false);
    const [before] = await getDb().select().from(users).where(eq(users.id, owner.userId));
    expect(before!.totpEnabledAt).toBeNull();
    expect(await enableTotp(owner.practiceId, owner.userId, 'sealed-second', 1)).toBe(true);
    const [after] = await getDb().select().from(users).where(eq(users.id, owner.userId));
    expect(after).toMatchObject({ totpSecret: 'sealed-second', totpLastStep: 1 });
    expect(after!.totpEnabledAt).toBeInstanceOf(Date);
  });
});

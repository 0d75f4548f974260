import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { CONSENT_TEXT_VERSIONS } from '@/lib/caseload/consent-state';
import { createPractice } from '@/lib/testing/fixtures';
import { seedClient } from './client-test-fixtures';
import { insertConsent } from './consents';

describe('the order of consent entries', () => {
  it('is the moment each was written, not when its transaction began (one that waited for the client’s lock sorts after)', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId);
    const { began, written } = await getDb().transaction(async (tx) => {
      const [row] = await tx.execute<{ began: Date }>(sql`select now() as began`);
      // As if waiting for the lock another change on the client holds.
      await tx.execute(sql`select pg_sleep(0.05)`);
      const entry = await insertConsent(
        owner.practiceId,
        {
          clientId: client.id,
          kind: 'employer_sharing',
          action: 'withdrawn',
          textVersion: CONSENT_TEXT_VERSIONS.employer_sharing,
          recordedBy: null,
          recordedByKind: 'client',
          note: '',
        },
        tx,
      );
      return { began: new Date(row!.began), written: entry.createdAt };
    });
    expect(written.getTime() - began.getTime()).toBeGreaterThanOrEqual(40);
  });
});

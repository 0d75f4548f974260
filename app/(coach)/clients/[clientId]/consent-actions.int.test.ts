import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient, timelineKinds } from '@/db/queries/client-test-fixtures';
import { consents, practices } from '@/db/schema';
import { CONSENT_TEXT_VERSIONS } from '@/lib/caseload/consent-state';
import { actAs, addCoach, auditFor, createPractice } from '@/lib/testing/fixtures';
import { recordConsentAction } from './consent-actions';

beforeEach(() => actAs(null));

const rows = (clientId: string) => getDb().select().from(consents).where(eq(consents.clientId, clientId)).orderBy(consents.createdAt);

describe('consent records', () => {
  it('records giving and withdrawing as separate rows with who, when and the text version', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId, {}, { agreement: false });
    actAs(owner);
    const version = CONSENT_TEXT_VERSIONS.employer_sharing;
    expect(
      await recordConsentAction({ clientId: client.id, kind: 'employer_sharing', action: 'given', note: 'Getekend op papier' }),
    ).toEqual({ ok: true, data: null });
    expect(await recordConsentAction({ clientId: client.id, kind: 'employer_sharing', action: 'withdrawn', note: '' })).toEqual({
      ok: true,
      data: null,
    });
    const history = await rows(client.id);
    expect(history.map((r) => [r.action, r.textVersion, r.recordedBy, r.recordedByKind])).toEqual([
      ['given', version, owner.userId, 'coach'],
      ['withdrawn', version, owner.userId, 'coach'],
    ]);
    expect(await timelineKinds(owner.practiceId, client.id)).toEqual([
      { kind: 'consent.given', data: { kind: 'employer_sharing', textVersion: version } },
      { kind: 'consent.withdrawn', data: { kind: 'employer_sharing', textVersion: version } },
    ]);
    // The consent's own audit entries, beside the rows: who recorded which kind for which client.
    const audited = (await auditFor(owner.practiceId)).filter((e) => e.action.startsWith('consent.'));
    expect(audited.map((e) => [e.action, e.entityType, e.entityId, e.actorUserId, e.metadata])).toEqual([
      ['consent.given', 'client', client.id, owner.userId, { kind: 'employer_sharing' }],
      ['consent.withdrawn', 'client', client.id, owner.userId, { kind: 'employer_sharing' }],
    ]);
  });

  it('refuses to withdraw what was never given, or to give twice', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId, {}, { agreement: false });
    actAs(owner);
    expect(await recordConsentAction({ clientId: client.id, kind: 'coaching_agreement', action: 'withdrawn', note: '' })).toMatchObject({
      fieldErrors: { action: 'consents.errors.notGiven' },
    });
    await recordConsentAction({ clientId: client.id, kind: 'coaching_agreement', action: 'given', note: '' });
    expect(await recordConsentAction({ clientId: client.id, kind: 'coaching_agreement', action: 'given', note: '' })).toMatchObject({
      fieldErrors: { action: 'consents.errors.alreadyGiven' },
    });
    expect(await rows(client.id)).toHaveLength(1);
  });

  it('is not found for another practice and for an unassigned coach when the owner chose so', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId, {}, { agreement: false });
    actAs(await createPractice());
    expect(await recordConsentAction({ clientId: client.id, kind: 'coaching_agreement', action: 'given', note: '' })).toEqual({
      ok: false,
      error: 'not_found',
    });
    await getDb().update(practices).set({ coachVisibility: 'assigned' }).where(eq(practices.id, owner.practiceId));
    actAs(await addCoach(owner.practiceId));
    expect(await recordConsentAction({ clientId: client.id, kind: 'coaching_agreement', action: 'given', note: '' })).toEqual({
      ok: false,
      error: 'not_found',
    });
    expect(await rows(client.id)).toHaveLength(0);
  });
});

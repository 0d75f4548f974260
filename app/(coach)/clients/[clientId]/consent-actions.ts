'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { lockClient } from '@/db/queries/clients';
import { insertConsent, listConsents } from '@/db/queries/consents';
import { fail, ok } from '@/lib/actions/result';
import { audit } from '@/lib/audit';
import { requireClientAccess } from '@/lib/auth/client-access';
import { withCoach } from '@/lib/auth/guards';
import { CONSENT_TEXT_VERSIONS, consentChangeProblem, consentStates } from '@/lib/caseload/consent-state';
import { recordConsentSchema } from '@/lib/schemas/consent';
import { recordTimelineEvent } from '@/lib/timeline';

/** Giving and withdrawing both add a record (who, when, which text); nothing is ever deleted. */
export const recordConsentAction = withCoach(recordConsentSchema, async ({ clientId, kind, action, note }, actor) => {
  await requireClientAccess(actor, clientId);
  const textVersion = CONSENT_TEXT_VERSIONS[kind];
  const problem = await getDb().transaction(async (tx) => {
    await lockClient(actor.practiceId, clientId, tx);
    const state = consentStates(await listConsents(actor.practiceId, clientId, tx))[kind];
    const refused = consentChangeProblem(state, action);
    if (refused) return refused;
    await insertConsent(actor.practiceId, { clientId, kind, action, textVersion, recordedBy: actor.userId, recordedByKind: 'coach', note }, tx);
    await recordTimelineEvent(
      actor.practiceId,
      { clientId, kind: action === 'given' ? 'consent.given' : 'consent.withdrawn', actorUserId: actor.userId, data: { kind, textVersion } },
      tx,
    );
    await audit(
      { practiceId: actor.practiceId, actorUserId: actor.userId, action: `consent.${action}`, entityType: 'client', entityId: clientId, metadata: { kind } },
      tx,
    );
    return null;
  });
  if (problem) return fail('validation', { fieldErrors: { action: problem } });
  revalidatePath(`/clients/${clientId}`);
  return ok(null);
});

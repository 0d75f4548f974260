import 'server-only';
import type { Executor } from '@/db/client';
import { holdClient } from '@/db/queries/clients';
import { isConsentGivenNow } from '@/db/queries/consents';

/** Thrown inside a transaction when the client has no given coaching agreement; services answer `consent_required`. */
export class ConsentRequiredError extends Error {
  constructor() {
    super('coaching agreement required');
  }
}

/**
 * Processing a client's health data (a measurement, homework) needs the recorded coaching agreement
 * (GDPR art. 9(2)(a)). Call it inside the writing transaction, so a withdrawal cannot slip in between; it returns the
 * client's status as it is under that hold.
 * Every write of health data is gated, not only the start: completing a measurement and handing homework in
 * call this; the answer saves (autosave, the hot path) carry the same rule inside their one upsert
 * statement instead (consentGivenSql in db/queries/consents.ts) and answer `consent_required` when nothing was written.
 */
export async function requireCoachingAgreement(practiceId: string, clientId: string, ex: Executor) {
  // First the hold on the client's row (a withdrawal locks it), then the read: the read then sees a withdrawal that
  // committed while this transaction waited, and one that comes later waits until this one is done.
  const client = await holdClient(practiceId, clientId, ex);
  if (!client || !(await isConsentGivenNow(practiceId, clientId, 'coaching_agreement', ex))) throw new ConsentRequiredError();
  return client;
}

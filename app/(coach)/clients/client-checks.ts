import 'server-only';
import type { Executor } from '@/db/client';
import { clientEmailTaken, isCoachOfPractice } from '@/db/queries/clients';
import { contactBelongsTo } from '@/db/queries/employer-contacts';
import { getEmployer } from '@/db/queries/employers';
import type { FieldErrors } from '@/lib/actions/result';
import type { ClientValues } from '@/lib/schemas/client';

/**
 * What the schema cannot know: the coach, employer and manager must belong to this practice (and the
 * manager to that employer), and the email must be free within the practice. Null when all is well.
 */
export async function clientReferenceProblems(
  practiceId: string,
  values: ClientValues,
  clientId: string | null,
  ex?: Executor,
): Promise<FieldErrors | null> {
  const [coachOk, employer, managerOk, emailTaken] = await Promise.all([
    isCoachOfPractice(practiceId, values.coachId, ex),
    values.employerId ? getEmployer(practiceId, values.employerId, ex) : Promise.resolve(null),
    values.employerId && values.managerContactId
      ? contactBelongsTo(practiceId, values.employerId, values.managerContactId, ex)
      : Promise.resolve(true),
    clientEmailTaken(practiceId, values.email, clientId, ex),
  ]);
  const errors: FieldErrors = {};
  if (!coachOk) errors.coachId = 'clients.validation.coachUnknown';
  if (values.employerId && !employer) errors.employerId = 'clients.validation.employerUnknown';
  else if (!managerOk) errors.managerContactId = 'clients.validation.managerOfOtherEmployer';
  if (emailTaken) errors.email = 'clients.validation.emailTaken';
  return Object.keys(errors).length ? errors : null;
}

export const EMAIL_TAKEN: FieldErrors = { email: 'clients.validation.emailTaken' };

import type { FieldErrors } from '@/lib/actions/result';
import { EARLIEST_DATE } from '@/lib/sessions/earliest-date';
import { addYears, daysBetween, type IsoDate } from './dates';

/** What the database said about a client's references; the service looks these up, this module judges them. */
export type ClientReferenceFacts = {
  /** The chosen coach is a user of this practice. */
  coachOfPractice: boolean;
  /**
   * The chosen coach may take the client: active, or already the client's coach (an edit that keeps a deactivated
   * coach still saves). A client given to a coach who left would be on nobody's dashboard.
   */
  coachMayTake: boolean;
  /** An employer was chosen (null: none). */
  employerChosen: boolean;
  /** The chosen employer belongs to this practice. */
  employerOfPractice: boolean;
  /** The chosen manager is a contact of the chosen employer (true when no manager was chosen). */
  managerOfEmployer: boolean;
  /**
   * The chosen manager has the role of manager (true when none was chosen): not HR or the company doctor, whom the
   * client's manager would be shown as, and who could not get the plan's share link.
   */
  managerIsManager: boolean;
  /** Another client of the practice already has this email address. */
  emailTaken: boolean;
};

export const EMAIL_TAKEN: FieldErrors = { email: 'clients.validation.emailTaken' };

/**
 * What the schema cannot know: the coach, employer and manager must belong to this practice (and the
 * manager to that employer), and the email must be free within the practice. Null when all is well.
 */
export function clientReferenceProblems(facts: ClientReferenceFacts): FieldErrors | null {
  const errors: FieldErrors = {};
  if (!facts.coachOfPractice) errors.coachId = 'clients.validation.coachUnknown';
  else if (!facts.coachMayTake) errors.coachId = 'clients.validation.coachInactive';
  if (facts.employerChosen && !facts.employerOfPractice) errors.employerId = 'clients.validation.employerUnknown';
  else if (!facts.managerOfEmployer) errors.managerContactId = 'clients.validation.managerOfOtherEmployer';
  else if (!facts.managerIsManager) errors.managerContactId = 'clients.validation.managerNotManager';
  if (facts.emailTaken) errors.email = 'clients.validation.emailTaken';
  return Object.keys(errors).length ? errors : null;
}

/** A closed trajectory cannot start after it ended: the message key for the start date, or null. */
export function startDateProblem(startDate: IsoDate | null, closedOn: IsoDate | null): string | null {
  if (closedOn && startDate && daysBetween(startDate, closedOn) < 0) return 'clients.validation.startAfterClose';
  return null;
}

/** A trajectory can be entered ahead of its start, but not more than a year ahead; 9999 is a typing error. */
const START_DATE_MAX_YEARS_AHEAD = 1;

/** A start date outside 1 January 2000 … a year from today: the message key, or null (also when no date is given). */
export function startDateRangeProblem(startDate: IsoDate | null, today: IsoDate): string | null {
  if (!startDate) return null;
  if (daysBetween(EARLIEST_DATE, startDate) < 0) return 'clients.validation.startOutOfRange';
  if (daysBetween(addYears(today, START_DATE_MAX_YEARS_AHEAD), startDate) > 0) return 'clients.validation.startOutOfRange';
  return null;
}

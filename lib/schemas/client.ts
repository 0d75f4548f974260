import { z } from 'zod';
import { startDateRangeProblem } from '@/lib/caseload/client-checks';
import { REFERRAL_ROUTES } from '@/lib/caseload/constants';
import { daysBetween, isIsoDate, todayIn } from '@/lib/caseload/dates';
import { CLOSE_REASONS, OPEN_STATUSES } from '@/lib/caseload/lifecycle';
import { WAITING_PERIOD_WEEKS } from '@/lib/caseload/poortwachter';
import { RETENTION_MAX_YEARS, RETENTION_MIN_YEARS } from '@/lib/caseload/retention';
import { optionalDate, optionalId, optionalPhone, requiredDate, version } from '@/lib/caseload/schema-fields';
import { EARLIEST_DATE } from '@/lib/sessions/earliest-date';
import { TEXT_LIMITS } from '@/lib/text-limits';
import { email, id, locale, optionalText, requestId, requiredText } from './fields';

/**
 * Sick leave can last the 104 weeks of the law plus up to a year's extension; older is a typing error. Counted in weeks
 * as the poortwachter timeline is (156 weeks, three days short of three years), and the message says so.
 */
export const SICK_LEAVE_MAX_WEEKS = WAITING_PERIOD_WEEKS + 52;

/** A first sick day further back than any sick leave lasts: a typing error when the date is entered. */
export const sickLeaveTooOld = (since: string, today = todayIn()) => daysBetween(since, today) > SICK_LEAVE_MAX_WEEKS * 7;

const clientFields = z.object({
  firstName: requiredText(100),
  lastName: requiredText(100),
  email,
  phone: optionalPhone,
  jobTitle: optionalText(120),
  employerId: optionalId,
  managerContactId: optionalId,
  coachId: id,
  // "Today" in Amsterdam, decided when the form or the action checks it.
  startDate: optionalDate.refine((v) => startDateRangeProblem(v, todayIn()) === null, { error: 'clients.validation.startOutOfRange' }),
  referralRoute: z.enum(REFERRAL_ROUTES, { error: 'validation.invalid' }),
  locale,
  onSickLeave: z.boolean(),
  sickLeaveSince: optionalDate,
  notes: optionalText(TEXT_LIMITS.clientNotes),
});

type ClientFields = z.output<typeof clientFields>;

/**
 * `entering`: the first sick day is being entered (a new client), so a date too far back is a typing error. An edit
 * checks that in the service, only when the date changes: a client on sick leave that long must stay editable.
 */
function checkClient(value: ClientFields, ctx: z.RefinementCtx, { entering }: { entering: boolean }) {
  if (value.managerContactId && !value.employerId) {
    ctx.addIssue({ code: 'custom', path: ['managerContactId'], message: 'clients.validation.managerNeedsEmployer' });
  }
  if (!value.onSickLeave) return;
  if (!value.sickLeaveSince) {
    ctx.addIssue({ code: 'custom', path: ['sickLeaveSince'], message: 'clients.validation.sickLeaveSinceRequired' });
    return;
  }
  // A date the field itself refused (zod runs this check anyway) has its message already.
  if (!isIsoDate(value.sickLeaveSince)) return;
  if (daysBetween(value.sickLeaveSince, todayIn()) < 0)
    ctx.addIssue({ code: 'custom', path: ['sickLeaveSince'], message: 'clients.validation.sickLeaveInFuture' });
  if (entering && sickLeaveTooOld(value.sickLeaveSince))
    ctx.addIssue({ code: 'custom', path: ['sickLeaveSince'], message: 'clients.validation.sickLeaveTooOld' });
}

/** Off sick leave, a first day left in the form is not kept. */
function normalise<T extends ClientFields>(value: T): T {
  return { ...value, sickLeaveSince: value.onSickLeave ? value.sickLeaveSince : null };
}

/** `requestId`: the new client's id, made by the form (lib/ids/request-id.ts): the same form sent again finds the client. */
export const createClientSchema = clientFields
  .extend({ requestId })
  .superRefine((value, ctx) => checkClient(value, ctx, { entering: true }))
  .transform(normalise);
export type CreateClientInput = z.input<typeof createClientSchema>;
export type ClientValues = Omit<z.output<typeof createClientSchema>, 'requestId'>;

/**
 * The edit form also asks, when sick leave is ticked off, since when the client is back at work (`recoveredOn`; empty:
 * today). The spells of the poortwachter timeline end on that day (lib/caseload/poortwachter.ts spellsFromRecord), so a
 * recovery recorded a few weeks late does not merge the next spell into this one. Not before the first sick day: the
 * service checks that against the record.
 */
export const updateClientSchema = clientFields
  .extend({ clientId: id, version, recoveredOn: optionalDate.optional() })
  .superRefine((value, ctx) => {
    checkClient(value, ctx, { entering: false });
    if (!value.onSickLeave && value.recoveredOn && isIsoDate(value.recoveredOn) && daysBetween(value.recoveredOn, todayIn()) < 0)
      ctx.addIssue({ code: 'custom', path: ['recoveredOn'], message: 'clients.validation.recoveredInFuture' });
  })
  .transform((value) => ({ ...normalise(value), recoveredOn: value.onSickLeave ? null : (value.recoveredOn ?? null) }));
export type UpdateClientInput = z.input<typeof updateClientSchema>;

export const changeStatusSchema = z.object({ clientId: id, version, status: z.enum(OPEN_STATUSES, { error: 'validation.invalid' }) });

export const closeClientSchema = z.object({
  clientId: id,
  version,
  // Not in the future and not before the start date: the service checks those (lib/caseload/lifecycle.ts).
  closedOn: requiredDate.refine((v) => !isIsoDate(v) || v >= EARLIEST_DATE, { error: 'clients.validation.closeTooEarly' }),
  reason: z.enum(CLOSE_REASONS, { error: 'validation.required' }),
});
export type CloseClientInput = z.input<typeof closeClientSchema>;

export const clientVersionSchema = z.object({ clientId: id, version });

/** The coach's "Email a sign-in link" (to the client portal) on a client's record. */
export const mailPortalLinkSchema = z.object({ clientId: id });

export const eraseClientSchema = z.object({
  clientId: id,
  confirmName: z.string().trim().min(1, { error: 'validation.required' }).max(250),
});
export type EraseClientInput = z.input<typeof eraseClientSchema>;

/** The apostrophes phones and iPads type (’ ‘ ʼ, and the prime ′): as search_fold does (migration 0025), read as '. */
const APOSTROPHES = /[\u2019\u2018\u02bc\u2032]/g;

/**
 * The owner confirms an erasure by typing the client's full name; case, extra spaces, which apostrophe ("’t Hart"
 * typed as "'t Hart") and how a letter is encoded (a keyboard may type "ğ" as g plus a combining breve: NFC) do not
 * matter.
 */
export function confirmsName(typed: string, client: { firstName: string; lastName: string }): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').replace(APOSTROPHES, "'").toLocaleLowerCase('nl');
  return norm(typed) === norm(`${client.firstName} ${client.lastName}`);
}

export const caseloadSettingsSchema = z.object({
  coachVisibility: z.enum(['all', 'assigned'], { error: 'validation.required' }),
  retentionYears: z
    .number({ error: 'clients.validation.retentionYears' })
    .int({ error: 'clients.validation.retentionYears' })
    .min(RETENTION_MIN_YEARS, { error: 'clients.validation.retentionYears' })
    .max(RETENTION_MAX_YEARS, { error: 'clients.validation.retentionYears' }),
  seen: z.object({ coachVisibility: z.enum(['all', 'assigned']), retentionYears: z.number().int().min(0).max(1000) }),
});
export type CaseloadSettingsInput = z.input<typeof caseloadSettingsSchema>;

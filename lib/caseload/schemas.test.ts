import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/actions/zod-errors';
import { translatorFor } from '@/lib/i18n/translator';
import {
  closeClientSchema,
  confirmsName,
  createClientSchema,
  SICK_LEAVE_MAX_WEEKS,
  sickLeaveTooOld,
  updateClientSchema,
} from '@/lib/schemas/client';
import { createContactSchema } from '@/lib/schemas/employer';
import { addDays, todayIn } from './dates';
import { isPhone, optionalEmail } from './schema-fields';

const coachId = '3f2b1c4d-0000-4000-8000-000000000001';
const valid = {
  requestId: '5d0c6f1e-0000-4000-8000-000000000001',
  firstName: ' Eva ',
  lastName: 'Smit',
  email: 'Eva.Smit@Example.NL',
  phone: '06 1234 5678',
  jobTitle: '',
  employerId: '',
  managerContactId: '',
  coachId,
  startDate: '',
  referralRoute: 'self',
  locale: 'nl',
  onSickLeave: false,
  sickLeaveSince: '2026-01-05',
  notes: '',
} as const;

function errors(input: unknown) {
  const result = createClientSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe('client schema', () => {
  it('normalises a valid client: trimmed, lower-case email, empty ids as null, no sick-leave day when not sick', () => {
    const out = createClientSchema.parse(valid);
    expect(out).toMatchObject({ firstName: 'Eva', email: 'eva.smit@example.nl', employerId: null, startDate: null, sickLeaveSince: null });
  });

  it('gives field keys for bad email, phone and missing names', () => {
    expect(errors({ ...valid, firstName: '', email: 'eva@', phone: 'bel me' })).toEqual({
      firstName: 'validation.required',
      email: 'validation.email',
      phone: 'clients.validation.phone',
    });
  });

  it('wants an employer with a manager and a first sick day with sick leave', () => {
    expect(errors({ ...valid, managerContactId: coachId })).toEqual({ managerContactId: 'clients.validation.managerNeedsEmployer' });
    expect(errors({ ...valid, onSickLeave: true, sickLeaveSince: '' })).toEqual({
      sickLeaveSince: 'clients.validation.sickLeaveSinceRequired',
    });
  });

  it('refuses a first sick day in the future or longer ago than the law can run', () => {
    const today = todayIn();
    expect(errors({ ...valid, onSickLeave: true, sickLeaveSince: addDays(today, 1) })).toEqual({
      sickLeaveSince: 'clients.validation.sickLeaveInFuture',
    });
    expect(errors({ ...valid, onSickLeave: true, sickLeaveSince: addDays(today, -157 * 7) })).toEqual({
      sickLeaveSince: 'clients.validation.sickLeaveTooOld',
    });
    expect(errors({ ...valid, onSickLeave: true, sickLeaveSince: today })).toEqual({});
  });

  it('refuses a first sick day from 156 weeks and a day ago, not one of 156 weeks, and says so in weeks', () => {
    const today = '2026-06-15';
    expect(SICK_LEAVE_MAX_WEEKS).toBe(156);
    expect(sickLeaveTooOld(addDays(today, -156 * 7), today)).toBe(false);
    expect(sickLeaveTooOld(addDays(today, -156 * 7 - 1), today)).toBe(true);
    // 156 weeks and a day is three days short of three years: the message may not call it more than three years.
    expect(translatorFor('nl')('clients.validation.sickLeaveTooOld')).toContain('meer dan 156 weken (bijna drie jaar)');
    expect(translatorFor('en')('clients.validation.sickLeaveTooOld')).toContain('more than 156 weeks (almost three years)');
  });

  it('an edit of a client on sick leave for more than three years is not refused for that date (the service checks a changed one)', () => {
    const { requestId: _, ...fields } = valid;
    const edit = { ...fields, clientId: coachId, version: 1, onSickLeave: true, sickLeaveSince: addDays(todayIn(), -160 * 7) };
    expect(updateClientSchema.safeParse(edit).success).toBe(true);
  });

  it('refuses impossible dates with the date message, also a first sick day or recovery date (never an exception)', () => {
    expect(errors({ ...valid, startDate: '2026-02-30' })).toEqual({ startDate: 'clients.validation.date' });
    for (const bad of ['2026-02-30', 'x']) {
      expect(errors({ ...valid, onSickLeave: true, sickLeaveSince: bad })).toEqual({ sickLeaveSince: 'clients.validation.date' });
      const { requestId: _, ...fields } = valid;
      const edit = updateClientSchema.safeParse({ ...fields, clientId: coachId, version: 1, recoveredOn: bad });
      expect(edit.success ? {} : fieldErrorsOf(edit.error)).toEqual({ recoveredOn: 'clients.validation.date' });
    }
    const close = closeClientSchema.safeParse({ clientId: coachId, version: 1, closedOn: '', reason: 'nope' });
    expect(close.success ? {} : fieldErrorsOf(close.error)).toEqual({ closedOn: 'validation.required', reason: 'validation.required' });
  });
});

describe('phone numbers', () => {
  it('accepts Dutch and international notations', () => {
    for (const ok of ['0612345678', '06-12345678', '+31 6 1234 5678', '020 123 4567', '+32 (0)2 123 45 67'])
      expect(isPhone(ok), ok).toBe(true);
  });
  it('refuses letters, too short and too long', () => {
    for (const bad of ['0612', 'zes-nul', '+31 6 1234 5678 9012 34', '0612345678 ext 2', '++++++++', '--------12345678', '06   12345678'])
      expect(isPhone(bad), bad).toBe(false);
  });
});

describe('employer contact schema', () => {
  it('allows an empty email but not a wrong one', () => {
    const base = { employerId: coachId, requestId: valid.requestId, name: 'Henk', role: 'manager', email: '', phone: '', locale: 'nl' };
    expect(createContactSchema.safeParse(base).success).toBe(true);
    const bad = createContactSchema.safeParse({ ...base, email: 'henk@', role: 'boss' });
    expect(bad.success ? {} : fieldErrorsOf(bad.error)).toEqual({ email: 'validation.email', role: 'validation.required' });
  });
});

describe('erasure confirmation', () => {
  it('matches the full name regardless of case and spacing', () => {
    expect(confirmsName('  eva   SMIT ', { firstName: 'Eva', lastName: 'Smit' })).toBe(true);
    expect(confirmsName('Eva', { firstName: 'Eva', lastName: 'Smit' })).toBe(false);
  });

  it('accepts the apostrophe a phone types for the straight one, and the other way round', () => {
    const hart = { firstName: 'Sanne', lastName: '’t Hart' };
    for (const typed of ["Sanne 't Hart", 'sanne ’t hart', 'Sanne ‘t Hart', 'Sanne ʼt Hart', 'Sanne ′t Hart']) {
      expect(confirmsName(typed, hart), typed).toBe(true);
      expect(confirmsName(typed, { firstName: 'Sanne', lastName: "'t Hart" }), typed).toBe(true);
    }
    expect(confirmsName('Hedy d’Ancona', { firstName: 'Hedy', lastName: "d'Ancona" })).toBe(true);
    expect(confirmsName('Sanne t Hart', hart)).toBe(false);
    expect(confirmsName('Sanne "t Hart', hart)).toBe(false);
  });

  it('reads a letter typed as a base letter with a combining mark as the letter itself (Unicode NFC)', () => {
    const decomposed = 'S\u0327u\u0308kru\u0308 Dog\u0306an';
    expect(decomposed).not.toBe('Şükrü Doğan');
    expect(confirmsName(decomposed, { firstName: 'Şükrü', lastName: 'Doğan' })).toBe(true);
    expect(confirmsName('Şükrü Doğan', { firstName: 'S\u0327u\u0308kru\u0308', lastName: 'Dog\u0306an' })).toBe(true);
    expect(confirmsName('Sukru Dogan', { firstName: 'Şükrü', lastName: 'Doğan' })).toBe(false);
  });
});

describe('contact e-mail addresses', () => {
  it('takes at most 64 characters before the @, as mail servers do', () => {
    expect(optionalEmail.safeParse(`${'x'.repeat(64)}@example.nl`).success).toBe(true);
    expect(optionalEmail.safeParse(`${'x'.repeat(65)}@example.nl`).error?.issues[0]?.message).toBe('validation.email');
    expect(optionalEmail.safeParse('').success).toBe(true);
  });
});

import { zodResolver } from '@hookform/resolvers/zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { translatorFor } from '@/lib/i18n/translator';
import { createClientSchema } from '@/lib/schemas/client';
import { requiredText } from '@/lib/schemas/fields';
import { saveHomeworkAnswerSchema } from '@/lib/schemas/portal';
import { messageWithParams, readMessage } from './message-params';
import { fieldErrorsOf, issueMessage, withIssueMessages } from './zod-errors';

const client = {
  requestId: '5d0c6f1e-0000-4000-8000-000000000001',
  firstName: 'Anna',
  lastName: 'de Vries',
  email: 'anna@example.com',
  phone: '',
  jobTitle: '',
  employerId: '',
  managerContactId: '',
  coachId: '',
  startDate: '',
  referralRoute: 'employer',
  locale: 'nl',
  onSickLeave: false,
  sickLeaveSince: '',
  notes: '',
};

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a problem');
  return result.error.issues;
};
const messageOf = (schema: z.ZodType, value: unknown) => issueMessage(issuesOf(schema, value)[0]!);

/** What a field shows: the key and its values (as app/_components/form-alert.tsx useMessage does), translated. */
const shown = (locale: 'nl' | 'en', message: string) => {
  const { key, params } = readMessage(message);
  return translatorFor(locale)(key, params);
};

describe('a broken limit names the limit', () => {
  it('a too-long field of the new client form says how long it may be (server side)', () => {
    const result = createClientSchema.safeParse({ ...client, firstName: 'A'.repeat(101) });
    expect(result.success).toBe(false);
    const { firstName } = fieldErrorsOf(result.error!);
    expect(firstName).toBe('validation.tooLongMax?max=100');
    expect(shown('nl', firstName!)).toBe('Dit is te lang: hoogstens 100 tekens.');
    expect(shown('en', firstName!)).toBe('Too long: at most 100 characters.');
  });

  it('a too-long portal answer says it too, with the number written the language’s way', () => {
    const result = saveHomeworkAnswerSchema.safeParse({
      homeworkId: '3f0c2b7e-1d2a-4b3c-9d8e-0f1a2b3c4d5e',
      fieldKey: 'day1.gave',
      value: 'x'.repeat(4001),
    });
    const { value } = fieldErrorsOf(result.error!);
    expect(shown('nl', value!)).toBe('Dit is te lang: hoogstens 4.000 tekens.');
    expect(shown('en', value!)).toBe('Too long: at most 4,000 characters.');
  });

  it('the browser’s check (react-hook-form with zodResolver) gets the same message', async () => {
    const schema = z.object({ name: requiredText(100), nested: z.object({ note: z.string().max(5) }) });
    const resolve = zodResolver(schema, undefined, { raw: true });
    const values = { name: 'A'.repeat(101), nested: { note: 'x'.repeat(6) } };
    const result = await resolve(values, undefined, { fields: {}, shouldUseNativeValidation: false });
    // Without help zodResolver keeps only the schema's message, without the limit.
    expect(result.errors).toMatchObject({ name: { message: 'validation.tooLong' } });
    withIssueMessages(result.errors, issuesOf(schema, values));
    expect(result.errors).toMatchObject({
      name: { message: 'validation.tooLongMax?max=100', type: 'too_big' },
      nested: { note: { message: 'validation.tooLongMax?max=5' } },
    });
  });

  it.each([
    ['a default too-long message', z.string().max(250), 'x'.repeat(251), 'validation.tooLongMax?max=250'],
    // zod puts a type's `error` on its length checks too: "required" for a text that is too long.
    [
      'a type error on a length check',
      z.string({ error: 'validation.required' }).max(200),
      'x'.repeat(201),
      'validation.tooLongMax?max=200',
    ],
    ['too short', z.string().min(10), 'short', 'validation.tooShortMin?min=10'],
    ['empty where one character is needed', z.string().min(1), '', 'validation.required'],
    ['a number too high', z.number().int().max(10), 11, 'validation.tooHighMax?max=10'],
    ['a number too low', z.number().min(2), 1, 'validation.tooLowMin?min=2'],
    // Without a simple "at most": the schema's message, or the generic one.
    ['an exclusive bound', z.number({ error: 'validation.invalid' }).int().positive(), 0, 'validation.invalid'],
    ['an exact length', z.string().length(4), 'abcde', 'validation.invalid'],
    ['a list too long', z.array(z.string()).max(1), ['a', 'b'], 'validation.invalid'],
    ['a message of its own', z.number().min(1, { error: 'clients.validation.retentionYears' }), 0, 'clients.validation.retentionYears'],
    ['a password too short', z.string().min(10, { error: 'validation.passwordTooShort' }), 'abc', 'validation.passwordTooShort'],
    ['a required field left empty', z.string().min(1, { error: 'validation.required' }), '', 'validation.required'],
  ])('%s', (_, schema, value, message) => {
    expect(messageOf(schema, value)).toBe(message);
  });

  it.each([
    ['validation.tooShortMin?min=10', 'Dit is te kort: minstens 10 tekens.', 'Too short: at least 10 characters.'],
    ['validation.tooLongMax?max=1', 'Dit is te lang: hoogstens 1 teken.', 'Too long: at most 1 character.'],
    ['validation.tooHighMax?max=10', 'Dit getal is te hoog: hoogstens 10.', 'This number is too high: at most 10.'],
    ['validation.tooLowMin?min=2', 'Dit getal is te laag: minstens 2.', 'This number is too low: at least 2.'],
  ])('%s reads well in both languages', (message, nl, en) => {
    expect(shown('nl', message)).toBe(nl);
    expect(shown('en', message)).toBe(en);
  });

  it('carries values in the message string and reads them back', () => {
    expect(messageWithParams('validation.tooLongMax', { max: 2000 })).toBe('validation.tooLongMax?max=2000');
    expect(readMessage('validation.tooLongMax?max=2000')).toEqual({ key: 'validation.tooLongMax', params: { max: 2000 } });
    expect(readMessage(messageWithParams('x.y', { name: 'a&b=c', n: -1.5 }))).toEqual({ key: 'x.y', params: { name: 'a&b=c', n: -1.5 } });
    expect(readMessage('validation.required')).toEqual({ key: 'validation.required' });
  });
});

import { z } from 'zod';
import { isIsoDate } from '@/lib/caseload/dates';
import { isUuid } from '@/lib/ids';

/** Zod fields shared by the client, employer and consent schemas (lib/schemas). Messages are translation keys. */
export const PHONE_PATTERN = /^\+?[\d\s()-]+$/;

/** Three separators in a row ("--------12345678") is no way of writing a number: a typo or filler. */
const SEPARATOR_RUN = /[\s()-]{3,}/;

export function isPhone(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return value.length >= 8 && value.length <= 20 && PHONE_PATTERN.test(value) && !SEPARATOR_RUN.test(value) && digits >= 8;
}

/** An address mail can reach: zod's form, and at most 64 characters before the @ (RFC 5321), which zod leaves open. */
export const isMailbox = (value: string) => z.email().safeParse(value).success && value.lastIndexOf('@') <= 64;

export const optionalPhone = z
  .string()
  .trim()
  .refine((v) => v === '' || isPhone(v), { error: 'clients.validation.phone' });

export const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { error: 'validation.tooLong' })
  .refine((v) => v === '' || isMailbox(v), { error: 'validation.email' });

/** A select or hidden field: '' means none. */
export const optionalId = z
  .string()
  .trim()
  .refine((v) => v === '' || isUuid(v), { error: 'validation.invalid' })
  .transform((v) => (v === '' ? null : v.toLowerCase()));

export const requiredDate = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .refine(isIsoDate, { error: 'clients.validation.date' });

export const optionalDate = z
  .string()
  .trim()
  .refine((v) => v === '' || isIsoDate(v), { error: 'clients.validation.date' })
  .transform((v) => (v === '' ? null : v));

export { version } from '@/lib/schemas/fields';

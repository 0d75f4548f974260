/**
 * The caseload's enumerations, without importing the database schema, so client components can use
 * them too. constants.test.ts checks they match db/schema/caseload.ts.
 */
export const CLIENT_STATUSES = ['new', 'intake', 'active', 'paused', 'closed'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];
export const REFERRAL_ROUTES = ['self', 'employer', 'company_doctor', 'insurer'] as const;
export type ReferralRoute = (typeof REFERRAL_ROUTES)[number];
export const CONTACT_ROLES = ['manager', 'hr', 'company_doctor', 'other'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];
export const CONSENT_KINDS = ['coaching_agreement', 'employer_sharing'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

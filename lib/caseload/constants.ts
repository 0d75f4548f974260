/**
 * The caseload's enumerations: the one source. db/schema/caseload.ts builds its columns from them, and
 * client components can use them without pulling in the database schema.
 */
export const CLIENT_STATUSES = ['new', 'intake', 'active', 'paused', 'closed'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];
export const REFERRAL_ROUTES = ['self', 'employer', 'company_doctor', 'insurer'] as const;
export type ReferralRoute = (typeof REFERRAL_ROUTES)[number];
export const CONTACT_ROLES = ['manager', 'hr', 'company_doctor', 'other'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];
export const CONSENT_KINDS = ['coaching_agreement', 'employer_sharing'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

import { describe, expect, it } from 'vitest';
import * as schema from '@/db/schema/caseload';
import * as constants from './constants';

describe('caseload constants', () => {
  it('match the database schema', () => {
    expect(constants.CLIENT_STATUSES).toEqual(schema.CLIENT_STATUSES);
    expect(constants.REFERRAL_ROUTES).toEqual(schema.REFERRAL_ROUTES);
    expect(constants.CONTACT_ROLES).toEqual(schema.CONTACT_ROLES);
    expect(constants.CONSENT_KINDS).toEqual(schema.CONSENT_KINDS);
  });
});

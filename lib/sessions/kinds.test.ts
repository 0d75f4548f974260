import { describe, expect, it } from 'vitest';
import * as db from '@/db/schema/sessions';
import * as lib from './kinds';

describe('session lists', () => {
  it('match the database schema', () => {
    expect(lib.SESSION_KINDS).toEqual(db.SESSION_KINDS);
    expect(lib.SESSION_LOCATIONS).toEqual(db.SESSION_LOCATIONS);
    expect(lib.SESSION_STATUSES).toEqual(db.SESSION_STATUSES);
    expect(lib.HOMEWORK_TEMPLATES).toEqual(db.HOMEWORK_TEMPLATES);
  });
});

import { describe, expect, it } from 'vitest';
import { firstUnsentError, refusalMessageKey, unsentAnswersMessageKey } from './form-problems';
import type { FieldGroup } from './types';

const text = { nl: 'x', en: 'x' };
const groups: FieldGroup[] = [
  {
    key: 'a',
    title: text,
    fields: [
      { key: 'a.what', kind: 'text', label: text },
      { key: 'a.when', kind: 'date', label: text },
    ],
  },
  { key: 'b', title: text, fields: [{ key: 'b.when', kind: 'date', label: text }] },
];

describe('the homework form’s messages, one per reason', () => {
  it('does not ask to try again for an answer refused because the form was handed in elsewhere', () => {
    expect(refusalMessageKey('already_submitted')).toBe('handedInElsewhere');
    expect(refusalMessageKey('validation')).toBe('notSaved');
    expect(refusalMessageKey('invalid_characters')).toBe('invalidCharacters');
    // The trajectory closed while the form was open: not "sign in again", which would not let the client in.
    expect(refusalMessageKey('coaching_ended')).toBe('coachingEnded');
    const keys = [
      'consent_required',
      'stale',
      'already_submitted',
      'not_found',
      'server',
      'validation',
      'invalid_characters',
      'coaching_ended',
    ].map(refusalMessageKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(refusalMessageKey(undefined)).toBeNull();
  });

  it('says a signed-out client must sign in again, and an outdated page must be reloaded, not that there is no connection', () => {
    expect(unsentAnswersMessageKey('signed_out')).toBe('signedOutSubmit');
    expect(unsentAnswersMessageKey('outdated')).toBe('outdatedSubmit');
    expect(unsentAnswersMessageKey('unsent')).toBe('offlineSubmit');
    expect(unsentAnswersMessageKey('server')).toBe('serverSubmit');
  });
});

describe('handing in with a field that was refused on this device', () => {
  it('finds the first such field in the form’s order, and how many there are', () => {
    const errors = { 'b.when': 'homework.errors.dateOutOfRange', 'a.when': 'homework.errors.date' };
    expect(firstUnsentError(groups, errors)).toEqual({ key: 'a.when', count: 2 });
  });

  it('leaves the server’s “required” answers to the server, and finds nothing in a clean form', () => {
    expect(firstUnsentError(groups, { 'a.what': 'validation.required' })).toBeNull();
    expect(firstUnsentError(groups, {})).toBeNull();
  });
});

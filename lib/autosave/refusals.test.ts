import { describe, expect, it } from 'vitest';
import { hasErrorRefusal, refusalTone } from './refusals';

describe('a refused save, as the form shows it', () => {
  it('tells the client a newer answer from another device was kept, without marking the field as wrong', () => {
    expect(refusalTone('stale')).toBe('notice');
  });

  it('says a fault on our side is being retried, without marking the field as wrong: there is nothing to check', () => {
    expect(refusalTone('server')).toBe('notice');
  });

  it('marks the refusals that stand in the way as errors', () => {
    for (const code of ['validation', 'already_submitted', 'consent_required', 'not_found', 'forbidden']) {
      expect(refusalTone(code)).toBe('error');
    }
  });

  it('lets the save status say “check the marked questions” only when a question is marked', () => {
    expect(hasErrorRefusal({})).toBe(false);
    expect(hasErrorRefusal({ 'day1.gave': 'stale', 'day2.gave': 'stale' })).toBe(false);
    expect(hasErrorRefusal({ 'day1.gave': 'stale', 'day2.gave': 'server' })).toBe(false);
    expect(hasErrorRefusal({ 'day1.gave': 'server', 'day2.gave': 'validation' })).toBe(true);
  });
});

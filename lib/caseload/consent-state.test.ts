import { describe, expect, it } from 'vitest';
import {
  CONSENT_TEXT_VERSIONS,
  type ConsentRecord,
  consentChangeProblem,
  consentStates,
  consentTextKey,
  EARLIER_CONSENT_TEXT_VERSIONS,
} from './consent-state';

const at = (iso: string) => new Date(iso);
const current = CONSENT_TEXT_VERSIONS.coaching_agreement;

describe('consent state from its history', () => {
  it('is none without records', () => {
    const states = consentStates([]);
    expect(states.coaching_agreement).toMatchObject({ status: 'none', since: null });
    expect(states.employer_sharing.status).toBe('none');
  });

  it('follows the latest record per kind, whatever order the rows come in', () => {
    const history: ConsentRecord[] = [
      { kind: 'employer_sharing', action: 'withdrawn', textVersion: current, createdAt: at('2026-03-01T10:00:00Z') },
      { kind: 'coaching_agreement', action: 'given', textVersion: current, createdAt: at('2026-01-01T10:00:00Z') },
      { kind: 'employer_sharing', action: 'given', textVersion: current, createdAt: at('2026-02-01T10:00:00Z') },
    ];
    const states = consentStates(history);
    expect(states.coaching_agreement).toMatchObject({ status: 'given', textVersion: current, outdated: false });
    expect(states.employer_sharing).toMatchObject({ status: 'withdrawn', since: at('2026-03-01T10:00:00Z') });
  });

  it('marks consent to an older text as outdated, so it can be given again', () => {
    const states = consentStates([
      { kind: 'coaching_agreement', action: 'given', textVersion: '2020-01', createdAt: at('2020-01-01T00:00:00Z') },
    ]);
    expect(states.coaching_agreement.outdated).toBe(true);
    expect(consentChangeProblem(states.coaching_agreement, 'given')).toBeNull();
  });

  it('refuses to withdraw what was not given and to give twice for the same text', () => {
    const none = consentStates([]).coaching_agreement;
    expect(consentChangeProblem(none, 'withdrawn')).toBe('consents.errors.notGiven');
    expect(consentChangeProblem(none, 'given')).toBeNull();
    const given = consentStates([
      { kind: 'coaching_agreement', action: 'given', textVersion: current, createdAt: new Date() },
    ]).coaching_agreement;
    expect(consentChangeProblem(given, 'given')).toBe('consents.errors.alreadyGiven');
    expect(consentChangeProblem(given, 'withdrawn')).toBeNull();
  });

  it('marks a sharing consent given to the earlier sharing text as outdated, and reads its words from the earlier text', () => {
    const [earlier] = EARLIER_CONSENT_TEXT_VERSIONS.employer_sharing;
    expect(earlier).toBe('2026-01');
    const states = consentStates([
      { kind: 'employer_sharing', action: 'given', textVersion: earlier!, createdAt: at('2026-02-01T10:00:00Z') },
    ]);
    expect(states.employer_sharing).toMatchObject({ status: 'given', outdated: true });
    expect(consentTextKey('employer_sharing', earlier!)).toBe('earlierText.employer_sharing.2026-01');
    expect(consentTextKey('employer_sharing', CONSENT_TEXT_VERSIONS.employer_sharing)).toBe('text.employer_sharing');
    expect(consentTextKey('employer_sharing', '2020-01')).toBeNull();
    expect(consentTextKey('coaching_agreement', CONSENT_TEXT_VERSIONS.coaching_agreement)).toBe('text.coaching_agreement');
  });
});

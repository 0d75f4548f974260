import { CONSENT_KINDS, type ConsentKind } from './constants';

export type { ConsentKind };
export { CONSENT_KINDS };
export type ConsentAction = 'given' | 'withdrawn';

/**
 * The version of the text a client agrees to; the words live in the messages (consents.text.<kind>).
 * Change the wording only together with a new version, so every record names the text it refers to: move the
 * replaced words to consents.earlierText.<kind>.<version> and list that version below, so a consent given to them
 * can still be read.
 */
export const CONSENT_TEXT_VERSIONS: Record<ConsentKind, string> = {
  coaching_agreement: '2026-01',
  // 2026-12: "data en aanwezigheid" became "datums en aanwezigheid" (data read as gegevens); the English is unchanged.
  // 2026-12b: says what the employer view shows (who does what by when, three-way meetings, initials, coach and
  // practice) instead of "attendance", which nothing shares.
  employer_sharing: '2026-12b',
};

/** The versions a text had before its current one, each kept in the messages under consents.earlierText.<kind>.<version>. */
export const EARLIER_CONSENT_TEXT_VERSIONS: Record<ConsentKind, readonly string[]> = {
  coaching_agreement: [],
  employer_sharing: ['2026-01', '2026-12'],
};

/** The message key (in the consents namespace) of the words of this version, or null for a version without a kept text. */
export function consentTextKey(kind: ConsentKind, version: string): string | null {
  if (version === CONSENT_TEXT_VERSIONS[kind]) return `text.${kind}`;
  return EARLIER_CONSENT_TEXT_VERSIONS[kind].includes(version) ? `earlierText.${kind}.${version}` : null;
}

export type ConsentRecord = { kind: ConsentKind; action: ConsentAction; textVersion: string; createdAt: Date };
export type ConsentStatus = 'given' | 'withdrawn' | 'none';
export type ConsentState = { kind: ConsentKind; status: ConsentStatus; textVersion: string | null; since: Date | null; outdated: boolean };

/** The current state per kind: the latest record wins; the history itself is never rewritten. */
export function consentStates(history: readonly ConsentRecord[]): Record<ConsentKind, ConsentState> {
  const sorted = [...history].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const out = {} as Record<ConsentKind, ConsentState>;
  for (const kind of CONSENT_KINDS) {
    const latest = sorted.filter((r) => r.kind === kind).at(-1);
    out[kind] = latest
      ? {
          kind,
          status: latest.action,
          textVersion: latest.textVersion,
          since: latest.createdAt,
          outdated: latest.action === 'given' && latest.textVersion !== CONSENT_TEXT_VERSIONS[kind],
        }
      : { kind, status: 'none', textVersion: null, since: null, outdated: false };
  }
  return out;
}

/** Why this change cannot be recorded (a message key), or null. Agreeing again is fine when the text changed. */
export function consentChangeProblem(state: ConsentState, action: ConsentAction): string | null {
  if (action === 'withdrawn' && state.status !== 'given') return 'consents.errors.notGiven';
  if (action === 'given' && state.status === 'given' && !state.outdated) return 'consents.errors.alreadyGiven';
  return null;
}

export function isConsentGiven(history: readonly ConsentRecord[], kind: ConsentKind): boolean {
  return consentStates(history)[kind].status === 'given';
}

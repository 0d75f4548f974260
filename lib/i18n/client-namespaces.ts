import type { MessageTree } from './messages';

/**
 * The message namespaces each part of the app sends to the browser. Without a list, every page carried the whole
 * dictionary (about 95 kB) in its HTML; client components only need their own texts and the keys a server action
 * can send back. `client-namespaces.test.ts` reads the code of each area and fails when a namespace is missing.
 */
const SHELL = ['common', 'errors', 'validation'] as const;

/**
 * Keys the measurement services can send back to a form whose action reaches them (an intake answer, a session's or a
 * homework's measurement): the questionnaire's checks, an answer's refusals, the scoring's reference and signal texts.
 */
const MEASUREMENT_KEYS = [
  'instrument',
  'intake.measurementCompleted',
  'intake.nothingToSave',
  'intake.textNotAllowed',
  'intake.unknownItem',
  'intake.valueNotAllowed',
  'intake.valueOutOfScale',
  'measurements.unknownInstrument',
  'reference',
  'signal',
] as const;
/** Homework's refusals, which a measurement's actions can send too ('homework.reopened': the scan cannot tell that text from the audit entry of the same name). */
const HOMEWORK_KEYS = ['homework.errors', 'homework.reopened'] as const;
/** A client's details as the caseload's services refuse them. */
const CLIENT_REFUSALS = ['clients.errors', 'clients.validation'] as const;

/**
 * Entries are namespaces or branches of one ('clients.lifecycle'): an area sends what its client components name in
 * `useTranslations` and the keys its actions can send back, not whole namespaces of texts the server renders.
 */
export const CLIENT_NAMESPACES = {
  /** The root layout: its error page. */
  shell: SHELL,
  auth: [...SHELL, 'auth'],
  /** The coach area's frame (navigation) and the pages without a list of their own: dashboard, outbox. */
  coach: [...SHELL, 'nav'],
  agenda: [...SHELL, 'calendar', 'homework.copy', 'sessions.errors', ...HOMEWORK_KEYS, ...MEASUREMENT_KEYS],
  /** The client form: a new client, and a client's details edited (the client list itself sends none). */
  clients: [
    ...SHELL,
    'autosave',
    'clients.form',
    ...CLIENT_REFUSALS,
    'consents.errors',
    'employers.roles',
    'gdpr.erase.nameMismatch',
    'gdpr.erase.closeFirst',
  ],
  employers: [
    ...SHELL,
    'autosave',
    'clients.validation',
    'employers.contacts',
    'employers.form',
    'employers.roles',
    'employers.validation',
  ],
  settings: [...SHELL, 'clients.settings', ...CLIENT_REFUSALS, 'scoringSettings', 'security', 'settings'],
  /** A client's record, per section (each section's layout or page gives its own; the record's layout none). */
  recordOverview: [
    ...SHELL,
    'clients.closeReasons',
    'clients.lifecycle',
    'clients.portal',
    'clients.status',
    ...CLIENT_REFUSALS,
    'consents',
    'gdpr.erase',
  ],
  recordSessions: [...SHELL, 'autosave', 'sessions', ...HOMEWORK_KEYS, ...MEASUREMENT_KEYS],
  recordHomework: [...SHELL, 'autosave', 'homework', ...MEASUREMENT_KEYS],
  recordPlan: [...SHELL, 'autosave', 'homework.copy', 'plan'],
  /** A client's measurements and results: the record's heaviest page carries only these. */
  measurements: [...SHELL, 'measurements', ...HOMEWORK_KEYS, ...MEASUREMENT_KEYS],
  instruments: [...SHELL, 'autosave', 'instrument', 'instruments', 'intake.unknownItem', 'intake.valueOutOfScale'],
  intake: [...SHELL, 'autosave', 'intake', ...HOMEWORK_KEYS, ...MEASUREMENT_KEYS],
  portal: [
    ...SHELL,
    'autosave',
    'intake',
    'plan.errors',
    'planPortal',
    'portal.homework',
    'portal.login',
    ...HOMEWORK_KEYS,
    ...MEASUREMENT_KEYS,
  ],
  /**
   * The employer's page: its own texts and the error texts its actions can send, never the coach's plan screens
   * (part of a namespace: 'plan.errors', not 'plan').
   */
  share: [...SHELL, 'autosave', 'share', 'plan.errors'],
} as const satisfies Record<string, readonly string[]>;

export type MessageArea = keyof typeof CLIENT_NAMESPACES;

type Tree = Record<string, unknown>;

/** Copies the branch at `path` ('plan.errors') from `from` into `to`, creating its parents; a missing branch is skipped. */
function copyBranch(from: Tree, to: Tree, path: string[]): void {
  const [head, ...rest] = path as [string, ...string[]];
  if (!(head in from)) return;
  if (rest.length === 0) {
    to[head] = from[head];
    return;
  }
  const next = from[head];
  if (typeof next !== 'object' || next === null) return;
  if (!(head in to)) to[head] = {};
  copyBranch(next as Tree, to[head] as Tree, rest);
}

/** The namespaces (or parts of one, 'plan.errors') of `messages` that `area` needs (precompiled messages keep the same shape). */
export function pickNamespaces<T extends MessageTree | Record<string, unknown>>(messages: T, area: MessageArea): Partial<T> {
  const out: Tree = {};
  const paths: readonly string[] = CLIENT_NAMESPACES[area];
  // A branch inside a namespace the area sends whole ('intake.unknownItem' beside 'intake') is in it already.
  for (const path of paths) if (!paths.some((other) => path.startsWith(`${other}.`))) copyBranch(messages as Tree, out, path.split('.'));
  return out as Partial<T>;
}

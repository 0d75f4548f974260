import type { MessageTree } from './messages';

/**
 * The message namespaces each part of the app sends to the browser. Without a list, every page carried the whole
 * dictionary (about 95 kB) in its HTML; client components only need their own texts and the keys a server action
 * can send back. `client-namespaces.test.ts` reads the code of each area and fails when a namespace is missing.
 */
const SHELL = ['common', 'errors', 'validation'] as const;

export const CLIENT_NAMESPACES = {
  /** The root layout: its error page. */
  shell: SHELL,
  auth: [...SHELL, 'auth'],
  /** The coach area's frame (navigation) and the pages without a list of their own: dashboard, outbox. */
  coach: [...SHELL, 'nav'],
  agenda: [...SHELL, 'calendar', 'homework', 'instrument', 'intake', 'measurements', 'reference', 'sessions', 'signal'],
  /** The new-client form (the client list itself sends none; a client's record has its own). */
  clients: [...SHELL, 'autosave', 'clients', 'consents', 'employers', 'gdpr'],
  employers: [...SHELL, 'autosave', 'clients', 'employers'],
  settings: [...SHELL, 'clients', 'scoringSettings', 'security', 'settings'],
  /** A client's record, per section (each section's layout or page gives its own; the record's layout none). */
  recordOverview: [...SHELL, 'autosave', 'clients', 'consents', 'employers', 'gdpr'],
  recordSessions: [...SHELL, 'autosave', 'homework', 'instrument', 'intake', 'measurements', 'reference', 'sessions', 'signal'],
  recordHomework: [...SHELL, 'autosave', 'homework', 'instrument', 'intake', 'measurements', 'reference', 'signal'],
  recordPlan: [...SHELL, 'autosave', 'homework', 'plan'],
  /** A client's measurements and results: the record's heaviest page carries only these. */
  measurements: [...SHELL, 'homework', 'instrument', 'intake', 'measurements', 'reference', 'results', 'signal'],
  instruments: [...SHELL, 'autosave', 'instrument', 'instruments', 'intake'],
  intake: [...SHELL, 'autosave', 'homework', 'instrument', 'intake', 'measurements', 'reference', 'signal'],
  portal: [...SHELL, 'autosave', 'homework', 'instrument', 'intake', 'measurements', 'plan', 'planPortal', 'portal', 'reference', 'signal'],
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
  for (const path of CLIENT_NAMESPACES[area]) copyBranch(messages as Tree, out, path.split('.'));
  return out as Partial<T>;
}

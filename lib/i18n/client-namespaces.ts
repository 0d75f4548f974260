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
  clients: [...SHELL, 'clients', 'consents', 'employers', 'gdpr'],
  employers: [...SHELL, 'clients', 'employers'],
  settings: [...SHELL, 'clients', 'scoringSettings', 'security', 'settings'],
  /** A client's record, per section (each section's layout or page gives its own; the record's layout none). */
  recordOverview: [...SHELL, 'clients', 'consents', 'employers', 'gdpr'],
  recordSessions: [...SHELL, 'homework', 'instrument', 'intake', 'measurements', 'reference', 'sessions', 'signal'],
  recordHomework: [...SHELL, 'homework', 'instrument', 'intake', 'measurements', 'reference', 'signal'],
  recordPlan: [...SHELL, 'homework', 'mail', 'plan'],
  /** A client's measurements and results: the record's heaviest page carries only these. */
  measurements: [...SHELL, 'homework', 'instrument', 'intake', 'measurements', 'reference', 'results', 'signal'],
  instruments: [...SHELL, 'instrument', 'instruments', 'intake'],
  intake: [...SHELL, 'autosave', 'homework', 'instrument', 'intake', 'measurements', 'reference', 'signal'],
  portal: [
    ...SHELL,
    'autosave',
    'homework',
    'instrument',
    'intake',
    'mail',
    'measurements',
    'plan',
    'planPortal',
    'portal',
    'reference',
    'signal',
  ],
  share: [...SHELL, 'mail', 'plan', 'share'],
} as const satisfies Record<string, readonly string[]>;

export type MessageArea = keyof typeof CLIENT_NAMESPACES;

/** The top-level namespaces of `messages` that `area` needs (precompiled messages keep the same top level). */
export function pickNamespaces<T extends MessageTree | Record<string, unknown>>(messages: T, area: MessageArea): Partial<T> {
  const out: Partial<T> = {};
  for (const ns of CLIENT_NAMESPACES[area]) if (ns in messages) out[ns as keyof T] = messages[ns as keyof T];
  return out;
}

/**
 * The machine-readable copy of everything the practice holds about one client (GDPR art. 15 and 20).
 * Plain JSON: dates as ISO strings, answers nested under the measurement or homework they belong to,
 * and no internal keys (practice id, repeated client id) that mean nothing outside the app.
 */
export const EXPORT_FORMAT = 'balanspunt.client-export';
// 2: the action plan and the access log of the client's records. 3: with whom each share link was shared, and the mails
// kept about the client. 4: of the manager only who they are (as a share link's recipient), not their phone or language.
// 5: the mails still in the job queue, and the portal's sign-in links and sessions.
export const EXPORT_FORMAT_VERSION = 5;

type Row = Record<string, unknown>;
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * Who a share link went to, as stored: the contact and the employer they work for (not necessarily the client's current
 * one). Null only if a row were missing, which the foreign keys do not allow. The client's manager is given the same way.
 */
export type ShareRecipient = { name: string | null; role: string | null; email: string | null; employerName: string | null };

export type ClientExportInput = {
  exportedAt: Date;
  practice: { name: string; address: string; kvkNumber: string };
  client: Row & { id: string };
  coach: { name: string; email: string } | null;
  /** Only what concerns the client: never the employer's notes (coach-internal, shared by all its clients). */
  employer: { id: string; name: string; address: string } | null;
  /** Who the manager is, nothing else of the contact's row (their phone number is a third party's data). */
  manager: ShareRecipient | null;
  consents: Row[];
  timeline: Row[];
  sessions: Row[];
  measurements: (Row & { id: string })[];
  measurementAnswers: (Row & { measurementId: string })[];
  homework: (Row & { id: string })[];
  homeworkAnswers: (Row & { homeworkId: string })[];
  /** The action plan: items (with the coach's rationale), what the client released to the employer and when, suggestions
   * dismissed, the share links (never their token) with their openings and what the employer did through them. */
  plan: {
    items: (Row & { id: string })[];
    releases: (Row & { itemId: string })[];
    dismissed: Row[];
    shares: (Row & { id: string; sharedWith: ShareRecipient })[];
    openings: (Row & { shareId: string })[];
    employerActions: (Row & { shareId: string })[];
  };
  accessLog: Row[];
  /** The mails kept about the client (the outbox, when no mail server is configured): never their HTML. */
  mails: { to: string; subject: string; text: string; createdAt: Date }[];
  /**
   * The mails about the client still in the job queue (with a mail server: waiting, being retried, or failed for good):
   * to whom, what and how far; never their text, which may carry a live link.
   */
  queuedMails: QueuedMailRecord[];
  /** The portal's sign-in links (where each led) and sessions: times only, never a token's hash. */
  portal: { links: PortalLinkRecord[]; sessions: PortalSessionRecord[] };
};

export type QueuedMailRecord = {
  to: string;
  subject: string;
  status: 'queued' | 'retrying' | 'failed';
  attempts: number;
  createdAt: Date;
};
export type PortalLinkRecord = { redirectTo: string; createdAt: Date; expiresAt: Date; usedAt: Date | null };
export type PortalSessionRecord = { createdAt: Date; lastSeenAt: Date; expiresAt: Date };

const INTERNAL = new Set(['practiceId', 'clientId', 'version']);

function toJson(value: unknown): Json {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return null;
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Row).map(([k, v]) => [k, toJson(v)]));
  }
  return value as Json;
}

function clean(row: Row, drop: readonly string[] = []): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(row)) {
    if (INTERNAL.has(key) || drop.includes(key)) continue;
    out[key] = toJson(value);
  }
  return out;
}

/** Longer than any id in a link (a uuid is 36): a token is 32 random bytes in base64url, 43 characters. */
const LINK_TOKEN = /[A-Za-z0-9_-]{40,}/g;

/**
 * A mail's text with the tokens cut from its links: a share, portal sign-in or invitation link may still work, and its
 * token is a credential, not data about the client. Only the path and query are touched, never the host.
 */
export function withoutLinkTokens(text: string): string {
  return text.replace(/https?:\/\/\S+/g, (url) => {
    const pathStart = url.indexOf('/', url.indexOf('//') + 2);
    return pathStart < 0 ? url : url.slice(0, pathStart) + url.slice(pathStart).replace(LINK_TOKEN, '…');
  });
}

function groupBy<T extends Row>(rows: T[], key: keyof T): Map<unknown, T[]> {
  const map = new Map<unknown, T[]>();
  for (const row of rows) map.set(row[key], [...(map.get(row[key]) ?? []), row]);
  return map;
}

/** Picked, not cleaned: a contact's phone number or language stays out even if a caller passes their whole row. */
function recipient(contact: ShareRecipient): ShareRecipient {
  return { name: contact.name, role: contact.role, email: contact.email, employerName: contact.employerName };
}

export function buildClientExport(input: ClientExportInput) {
  const measurementAnswers = groupBy(input.measurementAnswers, 'measurementId');
  const homeworkAnswers = groupBy(input.homeworkAnswers, 'homeworkId');
  const releases = groupBy(input.plan.releases, 'itemId');
  const openings = groupBy(input.plan.openings, 'shareId');
  const employerActions = groupBy(input.plan.employerActions, 'shareId');
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: input.exportedAt.toISOString(),
    controller: clean(input.practice),
    client: { ...clean(input.client), coach: input.coach ? clean(input.coach) : null },
    // Picked, not cleaned: whatever else an employer row holds (the coach's notes) stays out even if a caller passes it.
    employer: input.employer ? { id: input.employer.id, name: input.employer.name, address: input.employer.address } : null,
    manager: input.manager ? recipient(input.manager) : null,
    consents: input.consents.map((r) => clean(r)),
    timeline: input.timeline.map((r) => clean(r)),
    sessions: input.sessions.map((r) => clean(r)),
    measurements: input.measurements.map((m) => ({
      ...clean(m),
      answers: (measurementAnswers.get(m.id) ?? []).map((a) => clean(a, ['measurementId'])),
    })),
    homework: input.homework.map((h) => ({
      ...clean(h),
      answers: (homeworkAnswers.get(h.id) ?? []).map((a) => clean(a, ['homeworkId'])),
    })),
    plan: {
      items: input.plan.items.map((item) => ({
        ...clean(item),
        releases: (releases.get(item.id) ?? []).map((r) => clean(r, ['itemId'])),
      })),
      dismissedSuggestions: input.plan.dismissed.map((r) => clean(r)),
      shares: input.plan.shares.map((share) => ({
        ...clean(share, ['sharedWith']),
        // Picked: who the link went to (GDPR art. 15(1)(c)), nothing else of the contact's row.
        sharedWith: recipient(share.sharedWith),
        openings: (openings.get(share.id) ?? []).map((r) => clean(r, ['shareId'])),
        employerActions: (employerActions.get(share.id) ?? []).map((r) => clean(r, ['shareId'])),
      })),
    },
    accessLog: input.accessLog.map((r) => clean(r)),
    mails: input.mails.map((m) => ({
      to: m.to,
      subject: m.subject,
      text: withoutLinkTokens(m.text),
      createdAt: m.createdAt.toISOString(),
    })),
    // Picked, not cleaned: a job's text or a link's token hash stays out even if a caller passes the whole row.
    queuedMails: input.queuedMails.map((m) => ({
      to: m.to,
      subject: m.subject,
      status: m.status,
      attempts: m.attempts,
      createdAt: m.createdAt.toISOString(),
    })),
    portal: {
      signInLinks: input.portal.links.map((l) => ({
        redirectTo: l.redirectTo,
        createdAt: l.createdAt.toISOString(),
        expiresAt: l.expiresAt.toISOString(),
        usedAt: l.usedAt?.toISOString() ?? null,
      })),
      sessions: input.portal.sessions.map((p) => ({
        createdAt: p.createdAt.toISOString(),
        lastSeenAt: p.lastSeenAt.toISOString(),
        expiresAt: p.expiresAt.toISOString(),
      })),
    },
  };
}

export type ClientExport = ReturnType<typeof buildClientExport>;

/** `balanspunt-client-<id>-<yyyy-mm-dd>.json`: no name in the file name, so it leaks nothing in a downloads folder. */
export function exportFileName(clientId: string, exportedOn: string): string {
  return `balanspunt-client-${clientId}-${exportedOn}.json`;
}

/**
 * The machine-readable copy of everything the practice holds about one client (GDPR art. 15 and 20).
 * Plain JSON: dates as ISO strings, answers nested under the measurement or homework they belong to,
 * and no internal keys (practice id, repeated client id) that mean nothing outside the app.
 */
export const EXPORT_FORMAT = 'balanspunt.client-export';
// 2: the action plan and the access log of the client's records.
export const EXPORT_FORMAT_VERSION = 2;

type Row = Record<string, unknown>;
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export type ClientExportInput = {
  exportedAt: Date;
  practice: { name: string; address: string; kvkNumber: string };
  client: Row & { id: string };
  coach: { name: string; email: string } | null;
  /** Only what concerns the client: never the employer's notes (coach-internal, shared by all its clients). */
  employer: { id: string; name: string; address: string } | null;
  manager: Row | null;
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
    shares: (Row & { id: string })[];
    openings: (Row & { shareId: string })[];
    employerActions: (Row & { shareId: string })[];
  };
  accessLog: Row[];
};

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

function groupBy<T extends Row>(rows: T[], key: keyof T): Map<unknown, T[]> {
  const map = new Map<unknown, T[]>();
  for (const row of rows) map.set(row[key], [...(map.get(row[key]) ?? []), row]);
  return map;
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
    manager: input.manager ? clean(input.manager, ['employerId']) : null,
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
        ...clean(share),
        openings: (openings.get(share.id) ?? []).map((r) => clean(r, ['shareId'])),
        employerActions: (employerActions.get(share.id) ?? []).map((r) => clean(r, ['shareId'])),
      })),
    },
    accessLog: input.accessLog.map((r) => clean(r)),
  };
}

export type ClientExport = ReturnType<typeof buildClientExport>;

/** `balanspunt-client-<id>-<yyyy-mm-dd>.json`: no name in the file name, so it leaks nothing in a downloads folder. */
export function exportFileName(clientId: string, exportedOn: string): string {
  return `balanspunt-client-${clientId}-${exportedOn}.json`;
}

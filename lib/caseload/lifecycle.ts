import { CLIENT_STATUSES, type ClientStatus } from './constants';
import { daysBetween, type IsoDate } from './dates';

export type { ClientStatus };
export { CLIENT_STATUSES };

/** The statuses a coach sets directly; `closed` is only reached by closing, with a date and a reason. */
export const OPEN_STATUSES = ['new', 'intake', 'active', 'paused'] as const satisfies readonly ClientStatus[];
export type OpenStatus = (typeof OPEN_STATUSES)[number];

export const CLOSE_REASONS = ['completed', 'returned_to_work', 'referred', 'stopped_by_client', 'stopped_by_employer', 'other'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** A reopened trajectory continues as active. */
export const REOPEN_STATUS: OpenStatus = 'active';

type Lifecycle = { status: ClientStatus; archivedAt: Date | null };

export function isOpen(status: ClientStatus): status is OpenStatus {
  return status !== 'closed';
}

export function canChangeStatus(from: ClientStatus, to: ClientStatus): boolean {
  return isOpen(from) && isOpen(to) && from !== to;
}

export function canClose(client: Lifecycle): boolean {
  return isOpen(client.status);
}

export function canReopen(client: Lifecycle): boolean {
  return client.status === 'closed';
}

export function canArchive(client: Lifecycle): boolean {
  return client.status === 'closed' && client.archivedAt === null;
}

/** The usual next step, offered first: new → intake → active ⇄ paused. */
const NEXT_STATUS: Record<OpenStatus, OpenStatus> = { new: 'intake', intake: 'active', active: 'paused', paused: 'active' };

/** What the overview offers for a client in this state; the usual next status comes first. */
export function lifecycleActions(client: Lifecycle) {
  const next = isOpen(client.status) ? NEXT_STATUS[client.status] : null;
  return {
    statuses: next ? [next, ...OPEN_STATUSES.filter((s) => s !== client.status && s !== next)] : [],
    close: canClose(client),
    reopen: canReopen(client),
    archive: canArchive(client),
  };
}

/** The message key for an impossible closing date, or null. */
export function closeDateProblem(closedOn: IsoDate, startDate: IsoDate | null, today: IsoDate): string | null {
  if (startDate && daysBetween(startDate, closedOn) < 0) return 'clients.errors.closeBeforeStart';
  if (daysBetween(today, closedOn) > 0) return 'clients.errors.closeInFuture';
  return null;
}

/** Sort order for the list: the way a trajectory runs, closed last. */
export function statusRank(status: ClientStatus): number {
  return CLIENT_STATUSES.indexOf(status);
}

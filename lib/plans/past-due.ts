import type { PlanStatus } from './types';

/**
 * An item is past its date while it is still open (planned or in progress) on a day after its due date: the coach, the
 * client and the employer see it marked, as the client's report says "was due" (lib/reports/client-report-data.ts).
 * `today`: the local date in Amsterdam (lib/sessions/zoned-time.ts todayIn), the day the due date is counted in.
 */
export function isPastDue(item: { dueDate: string | null; status: PlanStatus }, today: string): boolean {
  return Boolean(item.dueDate) && (item.status === 'planned' || item.status === 'in_progress') && (item.dueDate as string) < today;
}

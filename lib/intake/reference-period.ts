/**
 * Which period the questions are about. Normally the instrument's own wording ("the past three months").
 * A client on sick leave has not worked in that period: questions about workload or the manager would
 * then measure the sick leave, not the work. So the intake says to answer about the last period they worked.
 */
export type ReferencePeriodNotice = { key: 'referencePeriod.sickLeave' | 'referencePeriod.sickLeaveSince'; params: Record<string, string> };

export function referencePeriodNotice(
  client: { onSickLeave: boolean; sickLeaveSince: string | null } | null,
): ReferencePeriodNotice | null {
  if (!client?.onSickLeave) return null;
  return client.sickLeaveSince
    ? { key: 'referencePeriod.sickLeaveSince', params: { since: client.sickLeaveSince } }
    : { key: 'referencePeriod.sickLeave', params: {} };
}

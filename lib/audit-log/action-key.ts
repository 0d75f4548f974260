/**
 * The message key (under `auditLog.actions`) of one entry's action. A report download is one action for both reports;
 * its metadata says which, and the owner reads which report left the practice (a client's report is health data).
 */
export function actionMessageKey(action: string, metadata: Record<string, unknown> | null | undefined): string {
  const kind = metadata?.kind;
  if (action === 'report.downloaded' && (kind === 'client' || kind === 'manager')) return `report.downloaded_${kind}`;
  return action;
}

/**
 * Whether a share link still shows the plan, apart from its date: not revoked, the trajectory neither closed nor
 * archived, the client's consent to share with the employer given, and the contact still a manager or HR of the client's
 * employer. The guard (lib/share/guard.ts) answers "not found" otherwise; the update notice sends nothing. Pure.
 */
export type ShareLivenessFacts = {
  revokedAt: Date | null;
  clientArchivedAt: Date | null;
  clientStatus: string;
  sharingConsent: boolean | null;
  clientEmployerId: string | null;
  employerId: string;
  contactRole: string;
};

export function shareStillShows(row: ShareLivenessFacts): boolean {
  return (
    !row.revokedAt &&
    clientShares(row) &&
    row.clientEmployerId === row.employerId &&
    (row.contactRole === 'manager' || row.contactRole === 'hr')
  );
}

/**
 * Whether anything of the client's plan may reach the employer at all: the consent to share given and the trajectory
 * neither closed nor archived. Every link needs it; so does the coach's copy of the manager report.
 */
export function clientShares(row: Pick<ShareLivenessFacts, 'clientArchivedAt' | 'clientStatus' | 'sharingConsent'>): boolean {
  return !row.clientArchivedAt && row.clientStatus !== 'closed' && Boolean(row.sharingConsent);
}

/**
 * The link the coach just made, shown once (only its hash is kept) with a copy button. Once that link is revoked (on
 * this page, or in another tab: the refreshed list of shares says so) it no longer works: it is not shown any more, or
 * the coach might still send a dead link.
 */
export function createdLinkToShow<L extends { shareId: string }>(
  created: L | null,
  shares: ReadonlyArray<{ id: string; revoked: boolean }>,
): L | null {
  if (!created) return null;
  return shares.some((s) => s.id === created.shareId && s.revoked) ? null : created;
}

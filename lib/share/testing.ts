import { employerViewData, findShareByTokenHash } from '@/db/queries/shares';
import { hashToken } from '@/lib/auth/tokens';
import { releasedStamp } from '@/lib/plans/employer-view';

/**
 * For tests: the stamp the share page for `token` would send with "confirm" now (what is released), without opening
 * the page (an opening is audited and put on the client's timeline). An unknown token has an empty stamp.
 */
export async function seenOnSharePage(token: string): Promise<string> {
  const share = await findShareByTokenHash(hashToken(token));
  if (!share) return '';
  const { items } = await employerViewData(share.practiceId, share.clientId, new Date(), share.id);
  return releasedStamp(items);
}

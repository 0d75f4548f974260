import 'server-only';
import { consume, refund } from '@/lib/security/rate-limit';
import { renderReportInPool } from './pool';
import type { ReportRequest } from './types';
import { ReportsBusyError } from './worker-pool';

/** Why no file: nothing to report on, this reader's report limit, or every worker busy with a full line. */
export type ReportRefusal = 'not_found' | 'rate_limited' | 'busy';

/**
 * A report for one reader (`reader`: the key of their limit: a share link, a portal client, a coach). Each spends a
 * point of that reader's limit first: renders run in workers every practice shares, so no one reader may fill them.
 */
export async function renderForReader(reader: string, request: () => Promise<ReportRequest | null>): Promise<Uint8Array | ReportRefusal> {
  if (!(await consume('reportDownload', reader)).ok) return 'rate_limited';
  const made = await request();
  // A download that made no file does not count against the reader (retrying after "busy" may not use up the limit).
  if (!made) {
    await refund('reportDownload', reader);
    return 'not_found';
  }
  try {
    return await renderReportInPool(made);
  } catch (error) {
    if (!(error instanceof ReportsBusyError)) throw error;
    await refund('reportDownload', reader);
    return 'busy';
  }
}

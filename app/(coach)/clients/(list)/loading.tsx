import { PageLoading } from '@/app/_components/status/page-loading';

/**
 * The list waits on the database: show that it is coming (next-intl texts, see PageLoading). In this route group, not
 * in `clients/`, so that it does not wrap a client's record: the record's layout decides "not found" before anything
 * is sent, and an unknown or another practice's client then answers 404 instead of a streamed 200.
 */
export default function Loading() {
  return <PageLoading />;
}

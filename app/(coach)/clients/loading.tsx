import { PageLoading } from '@/app/_components/status/page-loading';

/** This page waits on the database: show that it is coming (next-intl texts, see PageLoading). */
export default function Loading() {
  return <PageLoading />;
}

import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { EmptyList } from '@/app/_components/status/empty-list';
import { pageTimeline } from '@/db/queries/timeline';
import { listCoaches } from '@/db/queries/users';
import { auditEntry } from '@/lib/audit';
import { requireClientPage } from '@/lib/auth/client-access';
import { requireCoachPage } from '@/lib/auth/guards';
import { pageCount } from '@/lib/caseload/list-params';
import { TIMELINE_PAGE_SIZE, timelineHref } from '@/lib/caseload/timeline-pages';
import { pageOffset, parsePageNumber } from '@/lib/list-page';
import { Pagination } from '../../_components/pagination';
import { ClientTimeline } from '../_components/client-timeline';

type Props = {
  params: Promise<{ clientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata() {
  return { title: (await getTranslations('clients.timeline'))('title') };
}

/** A client's whole timeline, newest first, a page at a time; the overview shows the latest events and links here. */
export default async function ClientTimelinePage({ params, searchParams }: Props) {
  const actor = await requireCoachPage();
  const { clientId } = await params;
  const client = await requireClientPage(actor, clientId);
  const page = parsePageNumber(await searchParams);
  // Who looked at the client's history, in the audit log, as the overview logs it: written by the timeline's statement.
  const viewed = auditEntry({
    practiceId: actor.practiceId,
    actorUserId: actor.userId,
    action: 'client.viewed',
    entityType: 'client',
    entityId: client.id,
  });
  const [t, { events, total }, coaches] = await Promise.all([
    getTranslations('clients.timeline'),
    pageTimeline(actor.practiceId, client.id, { limit: TIMELINE_PAGE_SIZE, offset: pageOffset(page, TIMELINE_PAGE_SIZE) }, viewed),
    listCoaches(actor.practiceId),
  ]);

  return (
    <div className="flex flex-col gap-4">
      <Link href={`/clients/${client.id}`} className="self-start text-sm">
        ← {t('backToOverview')}
      </Link>
      {events.length === 0 && page > 1 ? (
        <EmptyList title={t('pageEmptyTitle')} body={t('pageEmptyBody')} href={timelineHref(client.id)} label={t('toFirstPage')} />
      ) : (
        <>
          <ClientTimeline
            events={events}
            coachNames={new Map(coaches.map((c) => [c.id, c.name]))}
            clientName={`${client.firstName} ${client.lastName}`}
            intro={total > 0 ? t('count', { count: total }) : undefined}
          />
          <Pagination page={page} pages={pageCount(total, TIMELINE_PAGE_SIZE)} href={(p) => timelineHref(client.id, p)} />
        </>
      )}
    </div>
  );
}

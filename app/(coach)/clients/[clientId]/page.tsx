import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/app/_components/client-messages';
import { loadClientOverview } from '@/db/queries/client-overview';
import { listConsents } from '@/db/queries/consents';
import { pageTimeline } from '@/db/queries/timeline';
import { auditEntry } from '@/lib/audit';
import { requireClientPage } from '@/lib/auth/client-access';
import { requireCoachPage } from '@/lib/auth/guards';
import { consentStates } from '@/lib/caseload/consent-state';
import { todayIn } from '@/lib/caseload/dates';
import { erasureDueOn, isDueForErasure } from '@/lib/caseload/retention';
import { TIMELINE_ON_OVERVIEW } from '@/lib/caseload/timeline-pages';
import { clientShares } from '@/lib/share/liveness';
import { ClientTimeline } from './_components/client-timeline';
import { ConsentsPanel } from './_components/consents-panel';
import { KeyFacts } from './_components/key-facts';
import { PoortwachterStepButton } from './_components/lazy-forms';
import { LifecyclePanel } from './_components/lifecycle-panel';
import { NextSessionCard } from './_components/next-session-card';
import { PoortwachterPanel } from './_components/poortwachter-panel';
import { PortalCard } from './_components/portal-card';
import { PrivacyPanel } from './_components/privacy-panel';
import { ReportsCard } from './_components/reports-card';

export default async function ClientOverviewPage({ params }: { params: Promise<{ clientId: string }> }) {
  const actor = await requireCoachPage();
  const { clientId } = await params;
  await requireClientPage(actor, clientId);
  // Three statements after the access check: the overview (with next session, coaches, sick-leave events and the
  // "viewed" audit entry), the consents, the timeline.
  const viewed = auditEntry({
    practiceId: actor.practiceId,
    actorUserId: actor.userId,
    action: 'client.viewed',
    entityType: 'client',
    entityId: clientId,
  });
  const [t, tt, loaded, consents, timeline] = await Promise.all([
    getTranslations('clients.overview'),
    getTranslations('clients.timeline'),
    loadClientOverview(actor.practiceId, clientId, viewed),
    listConsents(actor.practiceId, clientId),
    pageTimeline(actor.practiceId, clientId, { limit: TIMELINE_ON_OVERVIEW, offset: 0 }),
  ]);
  if (!loaded) notFound();
  const { overview, next, coaches, sickLeaveEvents } = loaded;
  const { client } = overview;
  const name = `${client.firstName} ${client.lastName}`;
  const due =
    isDueForErasure(client, overview.retentionYears, todayIn()) && client.closedOn
      ? erasureDueOn(client.closedOn, overview.retentionYears)
      : null;

  // On a phone the two columns dissolve (display: contents) and `order` puts the timeline last. The record's texts for
  // client components come with each section (here, and in the sections' layouts), not with the record's layout.
  return (
    <ClientMessages area="recordOverview">
      <div className="flex flex-col gap-6 lg:grid lg:grid-cols-3 lg:items-start">
        <h2 className="sr-only">{t('title')}</h2>
        <div className="contents lg:col-span-2 lg:flex lg:min-w-0 lg:flex-col lg:gap-6">
          <div className="order-1 lg:order-none">
            <KeyFacts overview={overview} />
          </div>
          {client.onSickLeave && client.sickLeaveSince && (
            <div className="order-2 lg:order-none">
              <PoortwachterPanel
                StepControl={PoortwachterStepButton}
                practiceId={actor.practiceId}
                client={{
                  id: client.id,
                  onSickLeave: true,
                  sickLeaveSince: client.sickLeaveSince,
                  status: client.status,
                  closedOn: client.closedOn,
                }}
                events={sickLeaveEvents}
              />
            </div>
          )}
          <div className="order-7 lg:order-none">
            <ClientTimeline
              events={timeline.events}
              coachNames={new Map(coaches.map((c) => [c.id, c.name]))}
              clientName={name}
              // The latest events here; all of them, a page at a time, on the timeline's own page.
              footer={
                timeline.total > timeline.events.length
                  ? { href: `/clients/${client.id}/timeline`, label: tt('all', { count: timeline.total }) }
                  : undefined
              }
            />
          </div>
        </div>
        <div className="contents lg:flex lg:min-w-0 lg:flex-col lg:gap-6">
          <div className="order-3 lg:order-none">
            <NextSessionCard clientId={client.id} session={next} />
          </div>
          <div className="order-3 lg:order-none">
            <PortalCard client={client} />
          </div>
          <div className="order-4 lg:order-none">
            <ReportsCard
              clientId={client.id}
              managerReport={clientShares({
                clientArchivedAt: client.archivedAt,
                clientStatus: client.status,
                sharingConsent: consentStates(consents).employer_sharing.status === 'given',
              })}
            />
          </div>
          <div className="order-4 lg:order-none">
            <LifecyclePanel client={client} />
          </div>
          <div className="order-5 lg:order-none">
            <ConsentsPanel clientId={client.id} history={consents} />
          </div>
          <div className="order-6 lg:order-none">
            <PrivacyPanel
              clientId={client.id}
              name={name}
              isOwner={actor.role === 'owner'}
              closed={client.status === 'closed'}
              erasureDueOn={due}
              retentionYears={overview.retentionYears}
            />
          </div>
        </div>
      </div>
    </ClientMessages>
  );
}

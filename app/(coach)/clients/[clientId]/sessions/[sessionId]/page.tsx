import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { FocusOnArrival } from '@/app/_components/focus-on-arrival';
import { findMeasurement } from '@/db/queries/measurements';
import { requireCoachPage } from '@/lib/auth/guards';
import { requireSessionPage } from '@/lib/auth/record-access';
import { recordSessionViewed } from '@/lib/sessions/service';
import { awaitsOutcome, takesCheckin } from '@/lib/sessions/status';
import { utcToZoned } from '@/lib/sessions/zoned-time';
import { AgreementRequired } from '../../_components/agreement-required';
import { SessionActions } from '../session-actions';
import { SessionWhen } from '../session-when';
import { SessionStatusBadge } from '../status-badge';
import { SessionCheckin, SessionRecordForm } from './lazy-forms';

export async function generateMetadata() {
  return { title: (await getTranslations('sessions'))('recordTitle') };
}

export default async function SessionRecordPage({ params }: { params: Promise<{ clientId: string; sessionId: string }> }) {
  const { clientId, sessionId } = await params;
  const actor = await requireCoachPage();
  const { session, client } = await requireSessionPage(actor, sessionId, clientId);
  // A cancelled session or a no-show never took place: no check-in (the service refuses one) and no summary for the
  // client, who only ever sees held sessions. The coach's private notes stay.
  const tookPlace = takesCheckin(session.status);
  const [t, checkin] = await Promise.all([
    getTranslations('sessions'),
    tookPlace && session.checkinMeasurementId ? findMeasurement(actor.practiceId, session.checkinMeasurementId) : null,
  ]);
  await recordSessionViewed(actor, session.id);
  const now = new Date();
  // Without a given coaching agreement nothing may be written into the record (lib/sessions/service.ts): said before the
  // coach types, not after. A record written before the agreement was withdrawn stays, to be emptied.
  const agreed = client.coachingAgreement;
  const recorded =
    [session.privateNotes, session.clientSummary, session.agreedHomework].some((v) => v !== '') || session.checkinEnergy !== null;
  const start = utcToZoned(session.startsAt);
  const end = utcToZoned(new Date(session.startsAt.getTime() + session.durationMinutes * 60_000));

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Link href={`/clients/${client.id}/sessions`} className="text-sm">
          ← {t('backToSessions')}
        </Link>
        {/* After "held", a move or a cancellation the pressed button is gone: the focus comes here, with the new status. */}
        <div id={`session-${session.id}`} tabIndex={-1} className="flex flex-wrap items-center gap-3">
          <FocusOnArrival key={session.version} id={`session-${session.id}`} />
          <h2>{t(`kinds.${session.kind}`)}</h2>
          <SessionStatusBadge status={session.status} overdue={awaitsOutcome(session, now)} />
        </div>
        <p className="text-slate-700 first-letter:uppercase">
          <SessionWhen startsAt={session.startsAt} durationMinutes={session.durationMinutes} weekday="long" /> ·{' '}
          {t(`locations.${session.location}`)}
        </p>
        <SessionActions
          sessionId={session.id}
          version={session.version}
          status={session.status}
          started={session.startsAt <= now}
          trajectoryEnded={client.status === 'closed' || client.archivedAt !== null}
          date={start.date}
          startTime={start.time}
          endTime={end.time}
          meeting={session.kind === 'tripartite'}
        />
      </div>
      {!agreed && <AgreementRequired clientId={client.id} />}
      {!tookPlace ? (
        <p className="card text-slate-700" data-testid="session-not-taken-place">
          {t('notTakenPlace', { status: session.status })}
        </p>
      ) : (
        agreed && (
          <section className="card flex flex-col gap-2" aria-labelledby="checkin-title">
            <h3 id="checkin-title" className="font-semibold">
              {t('checkin.title')}
            </h3>
            <p className="text-sm text-slate-600">{t('checkin.intro')}</p>
            <SessionCheckin
              clientId={client.id}
              sessionId={session.id}
              checkin={checkin ? { measurementId: checkin.id, status: checkin.status } : null}
            />
          </section>
        )
      )}
      {(agreed || recorded) && (
        <SessionRecordForm
          clientId={client.id}
          forClient={tookPlace}
          record={{
            sessionId: session.id,
            // The record's own version: "held" or a move (the session's version) never makes its save stale.
            version: session.recordVersion,
            privateNotes: session.privateNotes,
            clientSummary: session.clientSummary,
            agreedHomework: session.agreedHomework,
            checkinEnergy: session.checkinEnergy === null ? '' : String(session.checkinEnergy),
          }}
        />
      )}
    </div>
  );
}

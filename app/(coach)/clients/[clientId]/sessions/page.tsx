import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { FocusOnArrival } from '@/app/_components/focus-on-arrival';
import { listClientSessions } from '@/db/queries/sessions';
import { findUser } from '@/db/queries/users';
import { requireClientPage } from '@/lib/auth/client-access';
import { requireCoachPage } from '@/lib/auth/guards';
import { agendaCoachId } from '@/lib/sessions/agenda-coach';
import { todayIn, utcToZoned } from '@/lib/sessions/zoned-time';
import { TrajectoryEndedNote } from '../_components/trajectory-ended-note';
import { PlanSessionForm, SessionActions } from './lazy-forms';
import { SessionWhen } from './session-when';
import { SessionStatusBadge } from './status-badge';

export async function generateMetadata() {
  return { title: (await getTranslations('sessions'))('title') };
}

type Row = Awaited<ReturnType<typeof listClientSessions>>[number];

/** The row's time, which describes its buttons and link: every row has the same ones. */
const whenId = (row: Row) => `when-${row.id}`;

function actionProps(row: Row, now: Date, trajectoryEnded: boolean, laterInSeries: number) {
  const start = utcToZoned(row.startsAt);
  const end = utcToZoned(new Date(row.startsAt.getTime() + row.durationMinutes * 60_000));
  return {
    sessionId: row.id,
    version: row.version,
    status: row.status,
    started: row.startsAt.getTime() <= now.getTime(),
    trajectoryEnded,
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    laterInSeries,
    describedBy: whenId(row),
    meeting: row.kind === 'tripartite',
  };
}

export default async function ClientSessionsPage({ params }: { params: Promise<{ clientId: string }> }) {
  const actor = await requireCoachPage();
  const client = await requireClientPage(actor, (await params).clientId);
  const [t, rows, clientCoach] = await Promise.all([
    getTranslations('sessions'),
    listClientSessions(actor.practiceId, client.id),
    // Only when someone else plans: in whose agenda the sessions go (the service's rule, lib/sessions/agenda-coach.ts).
    client.coachId === actor.userId ? null : findUser(actor.practiceId, client.coachId),
  ]);
  const agendaNote = !clientCoach
    ? null
    : agendaCoachId(clientCoach, actor.userId) === clientCoach.id
      ? t('planInAgenda', { coach: clientCoach.name, name: client.firstName })
      : t('planCoachLeft', { coach: clientCoach.name, name: client.firstName });
  const now = new Date();
  const planned = rows.filter((r) => r.status === 'planned').reverse();
  // Per planned session: how many of its series' planned sessions come after it ("cancel the rest of the series").
  const laterInSeries = (row: Row) =>
    planned.filter((r) => r.seriesId !== null && r.seriesId === row.seriesId && r.startsAt > row.startsAt).length;
  const history = rows.filter((r) => r.status !== 'planned');
  // Closing cancels the sessions to come; one that had started stays planned until marked. The service refuses to move
  // it (sessions.errors.trajectoryEnded), so no Move; marking it and cancelling it stay.
  const trajectoryEnded = client.status === 'closed' || client.archivedAt !== null;

  return (
    <div className="flex flex-col gap-6">
      <section className="card flex flex-col gap-4" aria-labelledby="plan-title">
        <div>
          <h2 id="plan-title">{t('planTitle')}</h2>
          <p className="text-sm text-slate-600">{t('planIntro', { name: client.firstName })}</p>
          {agendaNote && !trajectoryEnded && (
            <p className="mt-1 text-sm text-slate-600" data-testid="plan-agenda">
              {agendaNote}
            </p>
          )}
        </div>
        {/* The service refuses sessions for an ended trajectory (lib/sessions/service.ts): say so before the form. */}
        <TrajectoryEndedNote
          client={client}
          closed={t('planClosed', { name: client.firstName })}
          archived={t('planArchived', { name: client.firstName })}
          testId="plan-blocked"
        >
          <PlanSessionForm clientId={client.id} today={todayIn(now)} />
        </TrajectoryEndedNote>
      </section>

      <section className="flex flex-col gap-3" aria-labelledby="planned-title">
        <h2 id="planned-title">{t('plannedTitle')}</h2>
        {planned.length === 0 ? (
          <p className="empty-state text-slate-600">{t('plannedEmpty')}</p>
        ) : (
          <ul className="card divide-y divide-slate-100 p-0" data-testid="planned-sessions">
            {planned.map((row) => (
              <li key={row.id} id={`session-${row.id}`} tabIndex={-1} className="flex flex-col gap-2 px-5 py-3">
                <FocusOnArrival key={row.version} id={`session-${row.id}`} />
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                    <span id={whenId(row)} className="font-medium">
                      <SessionWhen startsAt={row.startsAt} durationMinutes={row.durationMinutes} />
                    </span>
                    <span className="text-sm text-slate-600">
                      {t(`kinds.${row.kind}`)} · {t(`locations.${row.location}`)}
                    </span>
                    {row.startsAt.getTime() <= now.getTime() && <SessionStatusBadge status={row.status} overdue />}
                  </div>
                  <Link href={`/clients/${client.id}/sessions/${row.id}`} className="text-sm" aria-describedby={whenId(row)}>
                    {t('openRecord')}
                  </Link>
                </div>
                <SessionActions {...actionProps(row, now, trajectoryEnded, laterInSeries(row))} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="flex flex-col gap-3" aria-labelledby="history-title">
        <h2 id="history-title">{t('historyTitle')}</h2>
        {history.length === 0 ? (
          <p className="empty-state text-slate-600">{t('historyEmpty')}</p>
        ) : (
          <ul className="card divide-y divide-slate-100 p-0">
            {history.map((row) => (
              <li
                key={row.id}
                id={`session-${row.id}`}
                tabIndex={-1}
                className="flex flex-wrap items-center justify-between gap-2 px-5 py-3"
              >
                <FocusOnArrival key={row.version} id={`session-${row.id}`} />
                <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <span id={whenId(row)} className={row.status === 'cancelled' ? 'text-slate-500 line-through' : 'font-medium'}>
                    <SessionWhen startsAt={row.startsAt} durationMinutes={row.durationMinutes} />
                  </span>
                  <span className="text-sm text-slate-600">{t(`kinds.${row.kind}`)}</span>
                  <SessionStatusBadge status={row.status} />
                  {row.hasSummary && <span className="text-xs text-slate-500">{t('hasSummary')}</span>}
                </div>
                <Link href={`/clients/${client.id}/sessions/${row.id}`} className="text-sm" aria-describedby={whenId(row)}>
                  {row.status === 'held' ? t('openRecord') : t('openDetails')}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { SessionKind, SessionStatus } from '@/lib/sessions/kinds';
import { awaitsOutcome } from '@/lib/sessions/status';
import { SessionStatusBadge } from '../clients/[clientId]/sessions/status-badge';

type Session = {
  id: string;
  clientId: string;
  startsAt: Date;
  durationMinutes: number;
  kind: SessionKind;
  status: SessionStatus;
  /** Initials only, and not `reachable`, once the client went to another coach (listCoachSessions). */
  clientName: string;
  reachable: boolean;
};

export function SessionList({
  id,
  title,
  empty,
  sessions,
  now,
  timeOnly = false,
  agendaLink,
  limit,
}: {
  id: string;
  title: string;
  empty: string;
  sessions: Session[];
  /** The page's "now": a planned session that started before it is "to be marked". */
  now: Date;
  timeOnly?: boolean;
  /** The agenda over the same days, linked under the list. */
  agendaLink?: string;
  /** At most this many, the soonest; the rest are counted under a link to the agenda (which lists them all). */
  limit?: number;
}) {
  const t = useTranslations('sessions');
  const format = useFormatter();
  const shown = limit === undefined ? sessions : sessions.slice(0, limit);
  const rest = sessions.length - shown.length;
  return (
    <section className="card flex flex-col gap-2" aria-labelledby={`${id}-title`} data-testid={`dashboard-${id}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {sessions.length === 0 ? (
        <p className="text-sm text-slate-500">{empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {shown.map((s) => (
            <li key={s.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2">
              <span className={`${timeOnly ? 'w-14' : 'w-36'} text-sm font-medium tabular-nums text-slate-700`}>
                {timeOnly
                  ? format.dateTime(s.startsAt, { hour: '2-digit', minute: '2-digit' })
                  : format.dateTime(s.startsAt, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })}
              </span>
              {/* Not prefetched, like the dashboard's other lists: a prefetched session record pulled its forms' chunks onto the dashboard. */}
              {s.reachable ? (
                <Link
                  href={`/clients/${s.clientId}/sessions/${s.id}`}
                  prefetch={false}
                  className={`font-medium ${s.status === 'cancelled' ? 'line-through' : ''}`}
                >
                  {s.clientName}
                </Link>
              ) : (
                <span className={`font-medium ${s.status === 'cancelled' ? 'line-through' : ''}`}>{s.clientName}</span>
              )}
              <span className="text-sm text-slate-600">{t(`kinds.${s.kind}`)}</span>
              {!s.reachable && <span className="text-sm text-slate-600">{t('handedOver')}</span>}
              {awaitsOutcome(s, now) ? (
                <SessionStatusBadge status={s.status} overdue />
              ) : (
                s.status !== 'planned' && <SessionStatusBadge status={s.status} />
              )}
            </li>
          ))}
        </ul>
      )}
      {agendaLink && (
        <p className="mt-auto pt-1 text-sm">
          <Link href={agendaLink} data-testid={rest > 0 ? `dashboard-${id}-more` : undefined}>
            {rest > 0 ? t('moreInAgenda', { count: rest }) : t('toAgenda')}
          </Link>
        </p>
      )}
    </section>
  );
}

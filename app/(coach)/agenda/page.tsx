import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { findCalendarFeed } from '@/db/queries/calendar';
import { listCoachSessions } from '@/db/queries/sessions';
import { visibleCoachFilter } from '@/lib/auth/client-access';
import { requireCoachPage } from '@/lib/auth/guards';
import { agendaWindow, groupByDay } from '@/lib/sessions/agenda';
import { awaitsOutcome } from '@/lib/sessions/status';
import { startOfDay, todayIn } from '@/lib/sessions/zoned-time';
import { SessionStatusBadge } from '../clients/[clientId]/sessions/status-badge';
import { CalendarFeed } from './calendar-feed';

export async function generateMetadata() {
  return { title: (await getTranslations('agenda'))('title') };
}

const noon = (date: string) => new Date(`${date}T12:00:00Z`);

export default async function AgendaPage({ searchParams }: { searchParams: Promise<{ from?: string }> }) {
  const actor = await requireCoachPage();
  // One "now" for the page: today's date, and which planned sessions have started (to be marked).
  const now = new Date();
  const today = todayIn(now);
  const window = agendaWindow((await searchParams).from, today);
  const [t, ts, format, sessions, feed] = await Promise.all([
    getTranslations('agenda'),
    getTranslations('sessions'),
    getFormatter(),
    visibleCoachFilter(actor).then((visibleTo) =>
      listCoachSessions(actor.practiceId, actor.userId, visibleTo, { from: startOfDay(window.from), until: startOfDay(window.until) }),
    ),
    findCalendarFeed(actor.practiceId, actor.userId),
  ]);
  const days = groupByDay(sessions, window.days);
  const range = format.dateTimeRange(noon(window.days[0]!), noon(window.days.at(-1)!), { day: 'numeric', month: 'long', year: 'numeric' });

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1>{t('title')}</h1>
          <p className="text-slate-600">{range}</p>
        </div>
        <nav aria-label={t('weekNav')} className="flex flex-wrap gap-2">
          <Link href={`/agenda?from=${window.previous}`} className="btn btn-secondary btn-sm">
            ← {t('previousWeek')}
          </Link>
          {window.from !== today && (
            <Link href="/agenda" className="btn btn-secondary btn-sm">
              {t('today')}
            </Link>
          )}
          <Link href={`/agenda?from=${window.next}`} className="btn btn-secondary btn-sm">
            {t('nextWeek')} →
          </Link>
        </nav>
      </div>

      {sessions.length === 0 && (
        <div className="empty-state">
          <h2>{t('emptyTitle')}</h2>
          <p className="text-slate-600">{t('emptyBody')}</p>
          {/* Sessions are planned on a client's record: the way there. */}
          <Link href="/clients" className="btn btn-primary">
            {t('emptyAction')}
          </Link>
        </div>
      )}

      {/* An empty week is said once, above: seven "no sessions" lines below it would say it again. */}
      {sessions.length > 0 && (
        <ol className="card divide-y divide-slate-100 p-0" data-testid="agenda-days">
          {days.map((day) => (
            <li
              key={day.date}
              className={`grid gap-x-4 gap-y-1 px-5 py-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,5fr)] ${day.date === today ? 'bg-brand-50' : ''}`}
            >
              <h2 className="flex flex-wrap items-center gap-x-2 text-base">
                <span className="first-letter:uppercase">
                  {format.dateTime(noon(day.date), { weekday: 'long', day: 'numeric', month: 'long' })}
                </span>
                {day.date === today && (
                  <span className="rounded bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white">{t('todayBadge')}</span>
                )}
              </h2>
              {day.items.length === 0 ? (
                <p className="text-sm leading-7 text-slate-500">{t('noSessions')}</p>
              ) : (
                <ul className="flex flex-col gap-2">
                  {day.items.map((s) => (
                    <li key={s.id} className="flex flex-wrap items-center gap-x-4 gap-y-1">
                      <span className="w-28 font-medium tabular-nums">
                        {format.dateTime(s.startsAt, { hour: '2-digit', minute: '2-digit' })}–
                        {format.dateTime(new Date(s.startsAt.getTime() + s.durationMinutes * 60_000), {
                          hour: '2-digit',
                          minute: '2-digit',
                        })}
                      </span>
                      {s.reachable ? (
                        <Link href={`/clients/${s.clientId}`} className={`font-medium ${s.status === 'cancelled' ? 'line-through' : ''}`}>
                          {s.clientName}
                        </Link>
                      ) : (
                        <span className={`font-medium ${s.status === 'cancelled' ? 'line-through' : ''}`}>{s.clientName}</span>
                      )}
                      <span className="text-sm text-slate-600">
                        {ts(`kinds.${s.kind}`)} · {ts(`locations.${s.location}`)}
                      </span>
                      {/* A planned session that has started still needs an outcome: "to be marked", as on the client's Sessions tab. */}
                      {awaitsOutcome(s, now) ? (
                        <SessionStatusBadge status={s.status} overdue />
                      ) : (
                        s.status !== 'planned' && <SessionStatusBadge status={s.status} />
                      )}
                      {s.reachable ? (
                        <Link href={`/clients/${s.clientId}/sessions/${s.id}`} className="ml-auto text-sm">
                          {t('openSession')}
                        </Link>
                      ) : (
                        <span className="ml-auto text-sm text-slate-600">{ts('handedOver')}</span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}

      <section className="card flex flex-col gap-3" aria-labelledby="feed-title">
        <div>
          <h2 id="feed-title">{t('feedTitle')}</h2>
          <p className="max-w-prose text-sm text-slate-600">{t('feedIntro')}</p>
        </div>
        <CalendarFeed activeSince={feed ? feed.createdAt.toISOString() : null} />
      </section>
    </div>
  );
}

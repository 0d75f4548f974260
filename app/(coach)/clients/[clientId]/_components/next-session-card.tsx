import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { withYearIfOther } from '@/lib/i18n/date-options';
import { todayIn, utcToZoned } from '@/lib/sessions/zoned-time';

type Session = { id: string; startsAt: Date; durationMinutes: number; kind: string; location: string } | null;

export function NextSessionCard({ clientId, session }: { clientId: string; session: Session }) {
  const t = useTranslations('clients.nextSession');
  const format = useFormatter();
  return (
    <section className="card flex flex-col gap-2" aria-labelledby="next-session-title">
      <h2 id="next-session-title">{t('title')}</h2>
      {session ? (
        <>
          {/* A line of its own starts with a capital, as in the agenda ("Donderdag 10 december"); a session in another year
              says which ("Maandag 4 januari 2027" read in December is no day gone by, nor one next week). */}
          <p className="text-lg font-medium first-letter:uppercase">
            {format.dateTime(
              session.startsAt,
              withYearIfOther(
                { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' },
                utcToZoned(session.startsAt).date,
                todayIn(),
              ),
            )}
          </p>
          <p className="text-sm text-slate-600">
            {t.has(`kinds.${session.kind}`) ? t(`kinds.${session.kind}`) : session.kind} ·{' '}
            {t.has(`locations.${session.location}`) ? t(`locations.${session.location}`) : session.location} ·{' '}
            {t('minutes', { minutes: session.durationMinutes })}
          </p>
        </>
      ) : (
        <p className="text-slate-600">{t('none')}</p>
      )}
      <Link href={`/clients/${clientId}/sessions`} className="self-start text-sm">
        {t('toSessions')}
      </Link>
    </section>
  );
}

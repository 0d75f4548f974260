import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';

type Session = { id: string; startsAt: Date; durationMinutes: number; kind: string; location: string } | null;

export function NextSessionCard({ clientId, session }: { clientId: string; session: Session }) {
  const t = useTranslations('clients.nextSession');
  const format = useFormatter();
  return (
    <section className="card flex flex-col gap-2" aria-labelledby="next-session-title">
      <h2 id="next-session-title">{t('title')}</h2>
      {session ? (
        <>
          {/* A line of its own starts with a capital, as in the agenda ("Donderdag 10 december"). */}
          <p className="text-lg font-medium first-letter:uppercase">
            {format.dateTime(session.startsAt, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' })}
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

import { useFormatter } from 'next-intl';

/** "ma 2 mrt 2026 · 10:00–11:00" in the app's zone (Europe/Amsterdam). */
export function SessionWhen({
  startsAt,
  durationMinutes,
  weekday = 'short',
}: {
  startsAt: Date;
  durationMinutes: number;
  weekday?: 'short' | 'long';
}) {
  const format = useFormatter();
  const endsAt = new Date(startsAt.getTime() + durationMinutes * 60_000);
  return (
    <span>
      <time dateTime={startsAt.toISOString()}>
        {format.dateTime(startsAt, { weekday, day: 'numeric', month: weekday === 'long' ? 'long' : 'short', year: 'numeric' })}
      </time>
      {' · '}
      {format.dateTime(startsAt, { hour: '2-digit', minute: '2-digit' })}–{format.dateTime(endsAt, { hour: '2-digit', minute: '2-digit' })}
    </span>
  );
}

import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { TimelineEvent } from '@/db/schema';
import { dateForDisplay } from '@/lib/caseload/dates';

type Props = {
  events: TimelineEvent[];
  coachNames: Map<string, string>;
  clientName: string;
  /** A line under the title (the full timeline's count). */
  intro?: string;
  /** A closing link (the overview's latest events: to the whole timeline). */
  footer?: { href: string; label: string };
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Every feature adds its own events; each is shown with the message `timeline.<kind>` and its data as
 * values (ISO dates in the data arrive formatted), or a generic label when no message exists yet.
 */
export function ClientTimeline({ events, coachNames, clientName, intro, footer }: Props) {
  const t = useTranslations();
  const format = useFormatter();
  const values = (data: TimelineEvent['data']) =>
    Object.fromEntries(
      Object.entries(data).map(([key, value]) => {
        if (typeof value === 'string' && ISO_DATE.test(value))
          return [key, format.dateTime(dateForDisplay(value), { dateStyle: 'medium' })];
        if (typeof value === 'string' && ISO_DATE_TIME.test(value))
          return [key, format.dateTime(new Date(value), { dateStyle: 'medium', timeStyle: 'short' })];
        return [key, typeof value === 'boolean' || value === null ? String(value) : value];
      }),
    );
  const who = (e: TimelineEvent) => {
    if (e.actorKind === 'client') return clientName;
    if (e.actorKind === 'coach') return (e.actorUserId && coachNames.get(e.actorUserId)) || t('clients.timeline.actors.coach');
    return t(`clients.timeline.actors.${e.actorKind}`);
  };
  return (
    <section className="card flex flex-col gap-3" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('clients.timeline.title')}</h2>
      {intro && (
        <p className="text-sm text-slate-600" data-testid="timeline-count">
          {intro}
        </p>
      )}
      {events.length === 0 ? (
        <p className="text-slate-600">{t('clients.timeline.empty')}</p>
      ) : (
        <ol className="relative flex flex-col gap-4 border-l border-slate-200 pl-5" data-testid="timeline">
          {events.map((e) => {
            const key = `timeline.${e.kind}`;
            return (
              <li key={e.id} className="relative">
                <span aria-hidden className="absolute -left-[1.65rem] top-1.5 h-2.5 w-2.5 rounded-full bg-brand-600 ring-4 ring-white" />
                <p>{t.has(key) ? t(key, values(e.data)) : t('clients.timeline.generic')}</p>
                <p className="text-sm text-slate-600">
                  {who(e)} ·{' '}
                  <time dateTime={e.occurredAt.toISOString()}>
                    {format.dateTime(e.occurredAt, { dateStyle: 'medium', timeStyle: 'short' })}
                  </time>
                </p>
              </li>
            );
          })}
        </ol>
      )}
      {footer && (
        <p className="text-sm">
          <Link href={footer.href} prefetch={false} data-testid="timeline-all">
            {footer.label}
          </Link>
        </p>
      )}
    </section>
  );
}

import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { ClientOverview } from '@/db/queries/client-overview';
import { dateForDisplay } from '@/lib/caseload/dates';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 sm:grid sm:grid-cols-[11rem_1fr] sm:gap-3">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

export function KeyFacts({ overview }: { overview: ClientOverview }) {
  const t = useTranslations('clients.overview');
  const tf = useTranslations('clients.form');
  const tl = useTranslations('common.languageNames');
  const tr = useTranslations('clients.closeReasons');
  const format = useFormatter();
  const { client, manager } = overview;
  const date = (d: string | null) => (d ? format.dateTime(dateForDisplay(d), { dateStyle: 'long' }) : '—');
  return (
    <section className="card flex flex-col gap-4" aria-labelledby="facts-title">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="facts-title">{t('factsTitle')}</h2>
        <Link href={`/clients/${client.id}/edit`} className="btn btn-secondary btn-sm">
          {t('edit')}
        </Link>
      </div>
      <dl className="flex flex-col gap-3">
        <Row label={tf('email')}>
          <a href={`mailto:${client.email}`}>{client.email}</a>
        </Row>
        <Row label={tf('phone')}>{client.phone ? <a href={`tel:${client.phone.replace(/[^\d+]/g, '')}`}>{client.phone}</a> : '—'}</Row>
        <Row label={tf('jobTitle')}>{client.jobTitle || '—'}</Row>
        <Row label={tf('employer')}>
          {client.employerId && overview.employerName ? <Link href={`/employers/${client.employerId}`}>{overview.employerName}</Link> : '—'}
        </Row>
        <Row label={tf('manager')}>
          {manager ? (
            <span>
              {manager.name}
              {manager.email && (
                <>
                  {' · '}
                  <a href={`mailto:${manager.email}`}>{manager.email}</a>
                </>
              )}
              {manager.phone && ` · ${manager.phone.replace(/ /g, '\u00a0')}`}
            </span>
          ) : (
            '—'
          )}
        </Row>
        <Row label={tf('coach')}>{overview.coachName ?? '—'}</Row>
        <Row label={tf('referralRoute')}>{tf(`referral.${client.referralRoute}`)}</Row>
        <Row label={tf('locale')}>{tl(client.locale)}</Row>
        <Row label={tf('startDate')}>{date(client.startDate)}</Row>
        {client.closedOn && (
          <Row label={t('closedOn')}>
            {date(client.closedOn)}
            {client.closeReason && ` · ${tr.has(client.closeReason) ? tr(client.closeReason) : client.closeReason}`}
          </Row>
        )}
        <Row label={t('createdAt')}>{format.dateTime(client.createdAt, { dateStyle: 'long' })}</Row>
      </dl>
      {client.notes && (
        <div className="rounded-md bg-slate-50 p-3">
          <h3 className="text-sm font-medium text-slate-600">{tf('notes')}</h3>
          <p className="whitespace-pre-line">{client.notes}</p>
        </div>
      )}
    </section>
  );
}

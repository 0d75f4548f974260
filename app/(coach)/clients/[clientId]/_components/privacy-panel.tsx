import { useFormatter, useTranslations } from 'next-intl';
import { dateForDisplay } from '@/lib/caseload/dates';
import { EraseFold } from './lazy-forms';

type Props = { clientId: string; name: string; isOwner: boolean; erasureDueOn: string | null; retentionYears: number };

/** Export (art. 15/20) for every coach with access; erasure (art. 17) for the owner only. */
export function PrivacyPanel({ clientId, name, isOwner, erasureDueOn, retentionYears }: Props) {
  const t = useTranslations('gdpr');
  const format = useFormatter();
  return (
    <section className="card flex flex-col gap-3" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('title')}</h2>
      {erasureDueOn && (
        <p className="alert alert-error">
          {t('due', { date: format.dateTime(dateForDisplay(erasureDueOn), { dateStyle: 'long' }), years: retentionYears })}
        </p>
      )}
      <div className="flex flex-col gap-1">
        <p className="text-sm text-slate-600">{t('exportIntro')}</p>
        <a href={`/clients/${clientId}/export`} download className="btn btn-secondary self-start">
          {t('export')}
        </a>
      </div>
      {isOwner ? <EraseFold clientId={clientId} name={name} /> : <p className="text-sm text-slate-600">{t('erase.ownerOnly')}</p>}
    </section>
  );
}

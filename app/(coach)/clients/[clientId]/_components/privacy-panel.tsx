import { useFormatter, useTranslations } from 'next-intl';
import { dateForDisplay } from '@/lib/caseload/dates';
import { EraseFold } from './lazy-forms';

type Props = {
  clientId: string;
  name: string;
  isOwner: boolean;
  /** Erasure follows closing (lib/caseload/service.ts eraseClient): before that the panel says so instead of the form. */
  closed: boolean;
  erasureDueOn: string | null;
  retentionYears: number;
};

/** Export (art. 15/20) for every coach with access; erasure (art. 17) for the owner only. */
export function PrivacyPanel({ clientId, name, isOwner, closed, erasureDueOn, retentionYears }: Props) {
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
      {!isOwner ? (
        <p className="text-sm text-slate-600">{t('erase.ownerOnly')}</p>
      ) : closed ? (
        <EraseFold clientId={clientId} name={name} />
      ) : (
        <div className="flex flex-col gap-1" data-testid="erase-close-first">
          <h3 className="text-base font-medium text-slate-800">{t('erase.title')}</h3>
          <p className="text-sm text-slate-600">{t('erase.closeFirst')}</p>
        </div>
      )}
    </section>
  );
}

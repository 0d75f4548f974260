import { useFormatter, useTranslations } from 'next-intl';

/** A link that ends within a week is flagged: a tripartite meeting or a review often falls later. */
export const SHARE_EXPIRY_WARNING_DAYS = 7;

export type ShareFacts = {
  contactName: string;
  contactRole: string;
  state: 'active' | 'expired' | 'revoked';
  expiresAt: Date;
  /** Active, and ends within SHARE_EXPIRY_WARNING_DAYS: said in amber, so the coach renews it before the contact finds it dead. */
  expiresSoon: boolean;
  confirmedAt: Date | null;
  openings: number;
  lastOpenedAt: Date | null;
};

/** A share's contact, state, expiry and openings, rendered on the server; the shares panel adds its buttons beside it. */
export function ShareSummary({ share: s }: { share: ShareFacts }) {
  const t = useTranslations('plan');
  const format = useFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="text-sm">
      <p className="font-medium">
        {s.contactName} ({t(`shares.roles.${s.contactRole}`)}) · <span data-testid="share-state">{t(`shares.states.${s.state}`)}</span>
      </p>
      <p className="text-slate-600">
        {s.state !== 'revoked' && (
          <>
            {s.expiresSoon ? (
              <span className="font-medium text-amber-800" data-testid="share-expires-soon">
                {t('shares.expiresSoon', { date: when(s.expiresAt) })}
              </span>
            ) : (
              t('shares.expires', { date: when(s.expiresAt) })
            )}
            {' · '}
          </>
        )}
        {s.openings > 0 && s.lastOpenedAt ? t('shares.openings', { count: s.openings, date: when(s.lastOpenedAt) }) : t('shares.notOpened')}
        {s.confirmedAt && <> · {t('shares.confirmed', { date: when(s.confirmedAt) })}</>}
      </p>
    </div>
  );
}

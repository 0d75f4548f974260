import { useTranslations } from 'next-intl';
import type { ClientOverview } from '@/db/queries/client-overview';
import { portalClosedFor } from '@/lib/portal/rules';
import { portalSignInUrl } from '@/lib/urls';
import { MailPortalLinkButton } from './mail-portal-link-button';

type Client = Pick<ClientOverview['client'], 'id' | 'firstName' | 'email' | 'status' | 'archivedAt' | 'locale'>;

/**
 * The client portal for this client: its address (the sign-in page, where the client asks for a link themselves) and
 * the coach's "Email a sign-in link", or why the portal is not open to them. Whether they signed in is not shown: the
 * app keeps that only in the audit log, which has no index to find one client's entries by.
 */
export function PortalCard({ client }: { client: Client }) {
  const t = useTranslations('clients.portal');
  const closed = portalClosedFor(client);
  // In the client's language, so that the address passed on opens in it.
  const address = portalSignInUrl(client.locale);
  const name = client.firstName;
  return (
    <section className="card flex flex-col gap-3" aria-labelledby="portal-title" data-testid="portal-card">
      <h2 id="portal-title">{t('title')}</h2>
      <p className="text-sm text-slate-600">{t('intro', { name })}</p>
      <dl className="flex flex-col gap-0.5">
        <dt className="text-sm font-medium text-slate-600">{t('address')}</dt>
        <dd className="break-all font-medium" data-testid="portal-address">
          {address}
        </dd>
        <dd className="text-sm text-slate-600">{t('addressHint', { name })}</dd>
      </dl>
      {closed === 'archived' || closed === 'closed' ? (
        <p className="text-sm text-slate-700">{t(closed, { name })}</p>
      ) : closed === 'no_email' ? (
        <p className="text-sm text-slate-700">{t('errors.noEmail')}</p>
      ) : (
        <MailPortalLinkButton clientId={client.id} email={client.email} />
      )}
    </section>
  );
}

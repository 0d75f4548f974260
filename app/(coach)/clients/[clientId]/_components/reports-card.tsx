import { getTranslations } from 'next-intl/server';

/**
 * The coach's downloads: plain links to the report routes, which answer with the PDF as an attachment (the browser saves
 * it). No `download` attribute, like the portal's report link: the route can also answer with a page (the sign-in page
 * after the session ended, a rate limit, a withdrawn consent, all report workers busy), and with `download` the browser
 * saved that page as a file instead of showing it. The manager report only
 * while something may reach the employer (the consent to share given, the trajectory open): the route refuses otherwise.
 */
export async function ReportsCard({ clientId, managerReport }: { clientId: string; managerReport: boolean }) {
  const t = await getTranslations('reports.downloads');
  return (
    <section className="card flex flex-col gap-3" aria-labelledby="reports-title" data-testid="reports-card">
      <h2 id="reports-title">{t('title')}</h2>
      <p className="text-sm text-slate-600">{t('intro')}</p>
      <div className="flex flex-wrap gap-2">
        <a href={`/clients/${clientId}/reports/client`} className="btn btn-secondary">
          {t('client')}
        </a>
        {managerReport && (
          <a href={`/clients/${clientId}/reports/manager`} className="btn btn-secondary">
            {t('manager')}
          </a>
        )}
      </div>
      {!managerReport && <p className="text-sm text-slate-600">{t('managerUnavailable')}</p>}
    </section>
  );
}

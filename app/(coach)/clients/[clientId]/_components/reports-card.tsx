import { getTranslations } from 'next-intl/server';

/**
 * The coach's downloads: plain links to the report routes (the browser saves the attachment). The manager report only
 * while something may reach the employer (the consent to share given, the trajectory open): the route refuses otherwise.
 */
export async function ReportsCard({ clientId, managerReport }: { clientId: string; managerReport: boolean }) {
  const t = await getTranslations('reports.downloads');
  return (
    <section className="card flex flex-col gap-3" aria-labelledby="reports-title" data-testid="reports-card">
      <h2 id="reports-title">{t('title')}</h2>
      <p className="text-sm text-slate-600">{t('intro')}</p>
      <div className="flex flex-wrap gap-2">
        <a href={`/clients/${clientId}/reports/client`} className="btn btn-secondary" download>
          {t('client')}
        </a>
        {managerReport && (
          <a href={`/clients/${clientId}/reports/manager`} className="btn btn-secondary" download>
            {t('manager')}
          </a>
        )}
      </div>
      {!managerReport && <p className="text-sm text-slate-600">{t('managerUnavailable')}</p>}
    </section>
  );
}

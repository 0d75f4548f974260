import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/**
 * Only while the coach sees no clients yet: the practice's, or their own under "only assigned clients". The whole way
 * to a first shared plan; inviting colleagues only for an owner, the one who can.
 */
export async function GettingStarted({ owner }: { owner: boolean }) {
  const t = await getTranslations('dashboard');
  return (
    <section className="card flex flex-col gap-3" aria-labelledby="start-title">
      <h2 id="start-title">{t('startTitle')}</h2>
      <ol className="list-decimal space-y-2 pl-5">
        <li>
          {t('stepEmployer')} <Link href="/employers">{t('toEmployers')}</Link>
        </li>
        <li>
          {t('stepClient')} <Link href="/clients">{t('toClients')}</Link>
        </li>
        <li>{t('stepIntake')}</li>
        <li>{t('stepPlan')}</li>
        <li>{t('stepPortal')}</li>
        {owner && (
          <li>
            {t('stepTeam')} <Link href="/settings">{t('toSettings')}</Link>
          </li>
        )}
      </ol>
    </section>
  );
}

import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { requireCoachPage } from '@/lib/auth/guards';

export async function generateMetadata() {
  return { title: (await getTranslations('dashboard'))('title') };
}

export default async function DashboardPage() {
  const actor = await requireCoachPage();
  const [t, format] = await Promise.all([getTranslations('dashboard'), getFormatter()]);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1>{t('greeting', { name: actor.name })}</h1>
        <p className="text-slate-600">{t('today', { date: format.dateTime(new Date(), { dateStyle: 'full' }) })}</p>
      </div>
      <section className="card flex flex-col gap-3" aria-labelledby="start-title">
        <h2 id="start-title">{t('startTitle')}</h2>
        <ol className="list-decimal space-y-2 pl-5">
          <li>
            {t('stepEmployer')} <Link href="/employers">{t('toEmployers')}</Link>
          </li>
          <li>
            {t('stepClient')} <Link href="/clients">{t('toClients')}</Link>
          </li>
          <li>
            {t('stepTeam')} <Link href="/settings">{t('toSettings')}</Link>
          </li>
        </ol>
      </section>
    </div>
  );
}

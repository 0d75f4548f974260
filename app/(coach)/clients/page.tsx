import { getTranslations } from 'next-intl/server';
import { requireCoachPage } from '@/lib/auth/guards';

export async function generateMetadata() {
  return { title: (await getTranslations('clients'))('title') };
}

export default async function Page() {
  await requireCoachPage();
  const t = await getTranslations('clients');
  return (
    <div className="flex flex-col gap-4">
      <h1>{t('title')}</h1>
      <div className="empty-state">
        <h2>{t('emptyTitle')}</h2>
        <p className="text-slate-600">{t('emptyBody')}</p>
      </div>
    </div>
  );
}

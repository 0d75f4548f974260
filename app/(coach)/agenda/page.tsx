import { getTranslations } from 'next-intl/server';
import { requireCoachPage } from '@/lib/auth/guards';

export async function generateMetadata() {
  return { title: (await getTranslations('agenda'))('title') };
}

export default async function AgendaPage() {
  await requireCoachPage();
  const t = await getTranslations('agenda');
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

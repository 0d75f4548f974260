import { getTranslations } from 'next-intl/server';
import { requireCoachPage } from '@/lib/auth/guards';
import { NewEmployerForm } from '../_components/employer-forms';

export async function generateMetadata() {
  return { title: (await getTranslations('employers'))('new') };
}

export default async function NewEmployerPage() {
  await requireCoachPage();
  const t = await getTranslations('employers');
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1>{t('new')}</h1>
      <p className="text-slate-600">{t('newIntro')}</p>
      <NewEmployerForm />
    </div>
  );
}

import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <main className="mx-auto flex max-w-lg flex-col gap-4 p-8">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
      <Link href="/dashboard" className="btn btn-secondary self-start">
        {t('toDashboard')}
      </Link>
    </main>
  );
}

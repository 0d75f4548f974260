import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <main className="mx-auto flex max-w-lg flex-col gap-4 p-8">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
      {/* A plain link: the root not-found boundary is part of every page, and next/link here put its code (about 3 kB
          gzip) on pages that have no link of their own, such as the portal's and the employer's. */}
      <a href="/dashboard" className="btn btn-secondary self-start">
        {t('toDashboard')}
      </a>
    </main>
  );
}

import { getTranslations } from 'next-intl/server';

/** An address under /share that is no employer's page: what an unknown link says, and no way into the coaches' app. */
export default async function ShareNotFound() {
  const t = await getTranslations('share.notFound');
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-3 px-4 py-10">
      <h1 data-testid="share-state">{t('title')}</h1>
      <p className="text-slate-700">{t('body')}</p>
    </main>
  );
}

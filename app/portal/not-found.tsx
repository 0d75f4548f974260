import { getTranslations } from 'next-intl/server';

/** A homework that does not exist, or is someone else's, looks exactly the same: not found. */
export default async function PortalNotFound() {
  const t = await getTranslations('portal');
  return (
    <div className="flex flex-col gap-4">
      <h1>{t('notFoundTitle')}</h1>
      <p className="text-slate-700">{t('notFoundBody')}</p>
      <div>
        <a href="/portal" className="btn btn-primary w-full sm:w-auto">
          {t('toHome')}
        </a>
      </div>
    </div>
  );
}

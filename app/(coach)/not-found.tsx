import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** A record that does not exist, or belongs to another practice, looks the same: not found, inside the coach's frame. */
export default async function CoachNotFound() {
  const t = await getTranslations('errors');
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-4 py-8" data-testid="not-found">
      <h1>{t('notFoundTitle')}</h1>
      <p className="text-slate-700">{t('notFoundBody')}</p>
      <Link href="/dashboard" className="btn btn-secondary self-start">
        {t('toDashboard')}
      </Link>
    </div>
  );
}

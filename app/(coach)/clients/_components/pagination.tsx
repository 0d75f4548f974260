import Link from 'next/link';
import { useTranslations } from 'next-intl';

type Props = { page: number; pages: number; href: (page: number) => string };

export function Pagination({ page, pages, href }: Props) {
  const t = useTranslations('clients.list');
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('pagination')} className="flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} className="btn btn-secondary" rel="prev">
          {t('previous')}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-600" aria-current="page">
        {t('pageOf', { page, pages })}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} className="btn btn-secondary" rel="next">
          {t('next')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

import { useTranslations } from 'next-intl';
import type { SessionStatus } from '@/lib/sessions/kinds';

const TONES: Record<SessionStatus, string> = {
  planned: 'bg-sky-50 text-sky-800 ring-sky-200',
  held: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  no_show: 'bg-amber-50 text-amber-900 ring-amber-200',
  cancelled: 'bg-slate-100 text-slate-600 ring-slate-200',
};

export function SessionStatusBadge({ status, overdue = false }: { status: SessionStatus; overdue?: boolean }) {
  const t = useTranslations('sessions');
  const tone = overdue ? 'bg-amber-50 text-amber-900 ring-amber-200' : TONES[status];
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tone}`}>
      {overdue ? t('status.toMark') : t(`status.${status}`)}
    </span>
  );
}

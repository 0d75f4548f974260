import { useTranslations } from 'next-intl';
import type { ClientStatus } from '@/lib/caseload/constants';

const TONE: Record<ClientStatus, string> = {
  new: 'bg-sky-50 text-sky-800 ring-sky-200',
  intake: 'bg-violet-50 text-violet-800 ring-violet-200',
  active: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  paused: 'bg-amber-50 text-amber-900 ring-amber-200',
  closed: 'bg-slate-100 text-slate-700 ring-slate-300',
};

export function Badge({ tone, children }: { tone: string; children: React.ReactNode }) {
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tone}`}>
      {children}
    </span>
  );
}

export function StatusBadge({ status }: { status: ClientStatus }) {
  const t = useTranslations('clients.status');
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}

export function SickLeaveBadge() {
  const t = useTranslations('clients');
  return <Badge tone="bg-rose-50 text-rose-800 ring-rose-200">{t('sickLeaveBadge')}</Badge>;
}

export function ArchivedBadge() {
  const t = useTranslations('clients');
  return <Badge tone="bg-slate-700 text-white ring-slate-700">{t('archivedBadge')}</Badge>;
}

import { useTranslations } from 'next-intl';
import type { HomeworkState } from '@/lib/homework/state';

const TONES: Record<HomeworkState, string> = {
  open: 'bg-sky-50 text-sky-800 ring-sky-200',
  reopened: 'bg-violet-50 text-violet-800 ring-violet-200',
  overdue: 'bg-amber-50 text-amber-900 ring-amber-300',
  new: 'bg-emerald-100 text-emerald-900 ring-emerald-300',
  submitted: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
};

export function HomeworkBadge({ state }: { state: HomeworkState }) {
  const t = useTranslations('homework');
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[state]}`}>
      {t(`state.${state}`)}
    </span>
  );
}

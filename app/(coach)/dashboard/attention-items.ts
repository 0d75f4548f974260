import type { getTranslations } from 'next-intl/server';
import type { AttentionClient } from '@/db/queries/dashboard';
import { attentionReasons } from '@/lib/caseload/attention-list';
import type { DashboardItem } from './dashboard-list';

type Translator = Awaited<ReturnType<typeof getTranslations<'coachDashboard'>>>;

/** "Needs attention" rows, on the dashboard and on /attention: the name to the sessions (to plan one), the reasons. */
export function attentionItems(clients: AttentionClient[], t: Translator): DashboardItem[] {
  return clients.map((c) => ({
    key: c.id,
    href: `/clients/${c.id}/sessions`,
    primary: `${c.firstName} ${c.lastName}`,
    secondary: attentionReasons(c)
      .map((r) => t(r.key, r.values))
      .join(' · '),
    meta: t('riskAction'),
  }));
}

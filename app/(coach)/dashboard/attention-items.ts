import type { getTranslations } from 'next-intl/server';
import type { AttentionClient } from '@/db/queries/dashboard';
import { attentionReasons } from '@/lib/caseload/attention-list';
import type { DashboardItem } from './dashboard-list';

type Translator = Awaited<ReturnType<typeof getTranslations<'coachDashboard'>>>;

/**
 * "Needs attention" rows, on the dashboard and on /attention: the name to the client's record, the reasons, and the
 * next step as a link of its own to the client's sessions, where the plan form is (as grey text it read as a button
 * that did nothing).
 */
export function attentionItems(clients: AttentionClient[], t: Translator): DashboardItem[] {
  return clients.map((c) => {
    const name = `${c.firstName} ${c.lastName}`;
    return {
      key: c.id,
      href: `/clients/${c.id}`,
      primary: name,
      secondary: attentionReasons(c)
        .map((r) => t(r.key, r.values))
        .join(' · '),
      action: { href: `/clients/${c.id}/sessions`, label: t('riskAction'), name: t('riskActionFor', { name }) },
    };
  });
}

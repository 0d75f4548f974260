import { getDb } from '@/db/client';
import { planItems, planReleases } from '@/db/schema';
import type { PlanStatus } from '@/lib/plans/types';
import { addDays, todayIn } from '@/lib/sessions/zoned-time';

/**
 * For tests: three released items of the client's plan, each with its date: one still planned whose date passed
 * yesterday (the one to mark), one done whose date also passed, one planned for tomorrow. Titles and employer wordings
 * say which is which.
 */
export async function datedPlanItems(practiceId: string, clientId: string) {
  const today = todayIn();
  const items: Array<{ key: string; status: PlanStatus; dueDate: string }> = [
    { key: 'Open-verlopen', status: 'planned', dueDate: addDays(today, -1) },
    { key: 'Klaar-verlopen', status: 'done', dueDate: addDays(today, -1) },
    { key: 'Open-morgen', status: 'in_progress', dueDate: addDays(today, 1) },
  ];
  for (const [position, { key, status, dueDate }] of items.entries()) {
    const [item] = await getDb()
      .insert(planItems)
      .values({
        practiceId,
        clientId,
        title: `Titel ${key}`,
        employerWording: `Afspraak ${key}`,
        category: 'structural_resources',
        level: 'person',
        owner: 'manager',
        status,
        dueDate,
        position,
      })
      .returning();
    await getDb()
      .insert(planReleases)
      .values({ practiceId, clientId, itemId: item!.id, employerWording: `Afspraak ${key}`, releasedBy: 'client' });
  }
  return { yesterday: addDays(today, -1) };
}

const KEYS = ['Open-verlopen', 'Klaar-verlopen', 'Open-morgen'];

/**
 * Which of the three items a rendered page marks as past its date, and the marks' texts: an item's part of the page runs
 * from its title or wording (`label`: "Titel " or "Afspraak ") to the next item's.
 */
export function pastDueMarks(html: string, label: 'Titel ' | 'Afspraak ') {
  const starts = KEYS.map((key) => ({ key, at: html.indexOf(`${label}${key}`) })).sort((a, b) => a.at - b.at);
  if (starts.some((s) => s.at < 0)) throw new Error('an item is missing from the page');
  const marked = starts
    .filter((s, i) => html.slice(s.at, starts[i + 1]?.at ?? html.length).includes('data-testid="past-due"'))
    .map((s) => s.key);
  const texts = [...html.matchAll(/data-testid="past-due"[^>]*>([^<]*)</g)].map((m) => m[1]);
  return { marked, texts };
}

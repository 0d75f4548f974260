import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { homework, homeworkAnswers } from '@/db/schema';
import { actAs, createPractice } from '@/lib/testing/fixtures';
import { renderPageHtml } from '@/lib/testing/render-page';
import HomeworkDetailPage from './page';

vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ refresh() {}, push() {}, replace() {}, prefetch() {} }),
}));

describe('a submitted energy diary on the coach’s side', () => {
  it('says on which weekday each day was filled in, and nothing of the kind for a day left empty', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId, { status: 'active' });
    actAs(owner);
    const [item] = await getDb()
      .insert(homework)
      .values({
        practiceId: owner.practiceId,
        clientId: client.id,
        template: 'energy_diary',
        dueDate: '2026-12-10',
        assignedBy: owner.userId,
      })
      .returning();
    const answer = (fieldKey: string, value: string, updatedAt: string) => ({
      practiceId: owner.practiceId,
      homeworkId: item!.id,
      fieldKey,
      value,
      updatedAt: new Date(updatedAt),
    });
    await getDb()
      .insert(homeworkAnswers)
      .values([
        // Tuesday evening in Amsterdam, changed on Wednesday morning; day 2 at 00:30 on Friday there (still Thursday in UTC).
        answer('day1.energy', '4', '2026-12-01T19:00:00Z'),
        answer('day1.drained', 'Drie vergaderingen achter elkaar', '2026-12-02T07:30:00Z'),
        answer('day2.energy', '7', '2026-12-03T23:30:00Z'),
      ]);
    const html = (
      await renderPageHtml(await HomeworkDetailPage({ params: Promise.resolve({ clientId: client.id, homeworkId: item!.id }) }))
    )
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(html).toContain('Dag 1 Laatst ingevuld op woensdag 2 december');
    expect(html).toContain('Dag 2 Laatst ingevuld op vrijdag 4 december');
    expect(html.match(/Laatst ingevuld op/g)).toHaveLength(2);
  });
});

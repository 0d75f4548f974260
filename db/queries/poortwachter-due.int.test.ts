import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { listClients } from '@/db/queries/client-list';
import { parseClientListParams } from '@/lib/caseload/list-params';
import { addCoach, createPractice } from '@/lib/testing/fixtures';
import { timelineEvents } from '../schema';
import { seedClient } from './client-test-fixtures';
import { clientPoortwachterTimeline, listPoortwachterDue } from './poortwachter-due';

async function addEvent(practiceId: string, clientId: string, kind: string, at: string, data: Record<string, string> = {}) {
  await getDb()
    .insert(timelineEvents)
    .values({ practiceId, clientId, kind, data, occurredAt: new Date(`${at}T10:00:00Z`) });
}

describe('poortwachter steps due', () => {
  it('lists what is due in the next two weeks for the coach’s own clients on sick leave only', async () => {
    const owner = await createPractice();
    const colleague = await addCoach(owner.practiceId);
    // Day 42 of a sick leave from 5 January is 15 February; on 10 February the problem analysis is due.
    const sick = await seedClient(owner.practiceId, owner.userId, { firstName: 'Ziek', onSickLeave: true, sickLeaveSince: '2026-01-05' });
    await seedClient(owner.practiceId, owner.userId, { firstName: 'Later', onSickLeave: true, sickLeaveSince: '2026-02-09' });
    await seedClient(owner.practiceId, owner.userId, { firstName: 'Fit', onSickLeave: false, sickLeaveSince: null });
    await seedClient(owner.practiceId, owner.userId, {
      firstName: 'Dicht',
      onSickLeave: true,
      sickLeaveSince: '2026-01-05',
      status: 'closed',
    });
    await seedClient(owner.practiceId, colleague.userId, { firstName: 'Ander', onSickLeave: true, sickLeaveSince: '2026-01-05' });
    const other = await createPractice();
    await seedClient(other.practiceId, other.userId, { onSickLeave: true, sickLeaveSince: '2026-01-05' });

    const rows = await listPoortwachterDue(owner.practiceId, owner.userId, '2026-02-10');
    expect(rows.map((r) => [r.clientId, r.milestone.kind, r.milestone.due, r.week])).toEqual([
      [sick.id, 'problem_analysis', '2026-02-15', 6],
    ]);
  });

  it('counts an earlier spell that ended less than four weeks before, from the timeline', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId, { onSickLeave: true, sickLeaveSince: '2026-01-29' });
    await addEvent(owner.practiceId, client.id, 'client.sick_leave_started', '2026-01-05', { since: '2026-01-05' });
    await addEvent(owner.practiceId, client.id, 'client.sick_leave_ended', '2026-01-19');
    await addEvent(owner.practiceId, client.id, 'client.sick_leave_started', '2026-01-29', { since: '2026-01-29' });

    const timeline = await clientPoortwachterTimeline(owner.practiceId, client, '2026-02-01');
    expect(timeline?.since).toBe('2026-01-05');
    // 14 sick days in the first spell: day 42 is day 28 of the second, 25 February.
    expect(timeline?.milestones.find((m) => m.kind === 'problem_analysis')?.due).toBe('2026-02-25');
    const rows = await listPoortwachterDue(owner.practiceId, owner.userId, '2026-02-12');
    expect(rows.map((r) => r.milestone.kind)).toEqual(['problem_analysis']);
  });

  it('lists clients with a step due on the same day as the client list sorts them by name', async () => {
    const owner = await createPractice();
    for (const [firstName, lastName] of [
      ['Wim', 'de Vries'],
      ['Anna', 'van Aalst'],
      ['Élise', 'Öztürk'],
      ['Ruud', 'den Ouden'],
      ['Ömer', 'Bakker'],
      ['Bas', 'Bakker'],
      ['Pim', 'Zwart'],
    ]) {
      await seedClient(owner.practiceId, owner.userId, { firstName, lastName, onSickLeave: true, sickLeaveSince: '2026-01-05' });
    }
    const rows = await listPoortwachterDue(owner.practiceId, owner.userId, '2026-02-10');
    const names = rows.map((r) => `${r.firstName} ${r.lastName}`);
    // All due on 15 February: "van Aalst" under A and "de Vries" under V, as everywhere else.
    expect(new Set(rows.map((r) => r.milestone.due))).toEqual(new Set(['2026-02-15']));
    expect(names).toEqual(['Anna van Aalst', 'Bas Bakker', 'Ömer Bakker', 'Ruud den Ouden', 'Élise Öztürk', 'Wim de Vries', 'Pim Zwart']);
    const list = (await listClients(owner.practiceId, parseClientListParams({}), null)).rows;
    expect(names).toEqual(list.map((c) => `${c.firstName} ${c.lastName}`));
  });
});

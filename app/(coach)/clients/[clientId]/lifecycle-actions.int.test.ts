import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { clientRow, seedClient, timelineKinds } from '@/db/queries/client-test-fixtures';
import { practices } from '@/db/schema';
import { addDays, todayIn } from '@/lib/caseload/dates';
import { actAs, addCoach, auditFor, createPractice } from '@/lib/testing/fixtures';
import { archiveClientAction, changeStatusAction, closeClientAction, reopenClientAction } from './lifecycle-actions';

beforeEach(() => actAs(null));

async function setup() {
  const owner = await createPractice();
  const client = await seedClient(owner.practiceId, owner.userId, { status: 'intake', startDate: '2026-01-12' });
  actAs(owner);
  return { owner, client };
}

describe('status changes', () => {
  it('moves an open client on and records from and to', async () => {
    const { owner, client } = await setup();
    expect(await changeStatusAction({ clientId: client.id, version: 1, status: 'active' })).toEqual({ ok: true, data: { version: 2 } });
    expect(await clientRow(owner.practiceId, client.id)).toMatchObject({ status: 'active', version: 2 });
    expect(await timelineKinds(owner.practiceId, client.id)).toEqual([
      { kind: 'client.status_changed', data: { from: 'intake', to: 'active' } },
    ]);
  });

  it('refuses a stale version and a status a coach cannot set directly', async () => {
    const { owner, client } = await setup();
    await changeStatusAction({ clientId: client.id, version: 1, status: 'active' });
    expect(await changeStatusAction({ clientId: client.id, version: 1, status: 'paused' })).toEqual({ ok: false, error: 'stale' });
    expect(await changeStatusAction({ clientId: client.id, version: 2, status: 'closed' as never })).toMatchObject({ error: 'validation' });
    expect((await clientRow(owner.practiceId, client.id))!.status).toBe('active');
  });
});

describe('close, reopen, archive', () => {
  it('closes with a date and reason, reopens as active, and archives only when closed', async () => {
    const { owner, client } = await setup();
    expect(await archiveClientAction({ clientId: client.id, version: 1 })).toMatchObject({ ok: false, error: 'validation' });
    const closedOn = todayIn();
    expect((await closeClientAction({ clientId: client.id, version: 1, closedOn, reason: 'returned_to_work' })).ok).toBe(true);
    expect(await clientRow(owner.practiceId, client.id)).toMatchObject({
      status: 'closed',
      closedOn,
      closeReason: 'returned_to_work',
      version: 2,
    });

    expect((await reopenClientAction({ clientId: client.id, version: 2 })).ok).toBe(true);
    expect(await clientRow(owner.practiceId, client.id)).toMatchObject({ status: 'active', closedOn: null, closeReason: null, version: 3 });

    await closeClientAction({ clientId: client.id, version: 3, closedOn, reason: 'completed' });
    expect((await archiveClientAction({ clientId: client.id, version: 4 })).ok).toBe(true);
    expect((await clientRow(owner.practiceId, client.id))!.archivedAt).toBeInstanceOf(Date);
    expect((await timelineKinds(owner.practiceId, client.id)).map((e) => e.kind)).toEqual([
      'client.closed',
      'client.reopened',
      'client.closed',
      'client.archived',
    ]);
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).toEqual([
      'client.closed',
      'client.reopened',
      'client.closed',
      'client.archived',
    ]);
  });

  it('refuses a closing date before the start or in the future, and writes nothing', async () => {
    const { owner, client } = await setup();
    expect(await closeClientAction({ clientId: client.id, version: 1, closedOn: '2026-01-11', reason: 'completed' })).toMatchObject({
      fieldErrors: { closedOn: 'clients.errors.closeBeforeStart' },
    });
    expect(
      await closeClientAction({ clientId: client.id, version: 1, closedOn: addDays(todayIn(), 1), reason: 'completed' }),
    ).toMatchObject({
      fieldErrors: { closedOn: 'clients.errors.closeInFuture' },
    });
    expect(await closeClientAction({ clientId: client.id, version: 1, closedOn: '2026-02-30', reason: 'completed' })).toMatchObject({
      fieldErrors: { closedOn: 'clients.validation.date' },
    });
    expect(await clientRow(owner.practiceId, client.id)).toMatchObject({ status: 'intake', version: 1 });
    expect(await timelineKinds(owner.practiceId, client.id)).toEqual([]);
  });

  it('is not found for another practice and for an unassigned coach when the owner chose so', async () => {
    const { owner, client } = await setup();
    actAs(await createPractice());
    expect(await closeClientAction({ clientId: client.id, version: 1, closedOn: todayIn(), reason: 'completed' })).toEqual({
      ok: false,
      error: 'not_found',
    });
    await getDb().update(practices).set({ coachVisibility: 'assigned' }).where(eq(practices.id, owner.practiceId));
    actAs(await addCoach(owner.practiceId));
    expect(await changeStatusAction({ clientId: client.id, version: 1, status: 'active' })).toEqual({ ok: false, error: 'not_found' });
    expect(await reopenClientAction({ clientId: client.id, version: 1 })).toEqual({ ok: false, error: 'not_found' });
    expect((await clientRow(owner.practiceId, client.id))!.version).toBe(1);
  });
});

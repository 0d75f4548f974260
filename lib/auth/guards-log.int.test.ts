import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { clients } from '@/db/schema';
import { createPractice } from '@/lib/testing/fixtures';
import { actAs } from '@/lib/testing/session-mock';
import { withPublic } from './guards';
import { withOwnerRoute } from './route-guards';

const MARKER = 'marker-7c1f@example.test';

afterEach(() => vi.restoreAllMocks());

/** A real unique violation from PostgreSQL: its detail repeats the email ("Key (practice_id, email)=(..., marker)"). */
async function duplicateClient(practiceId: string, coachId: string) {
  const row = { practiceId, coachId, firstName: 'Noor', lastName: 'Geheim', email: MARKER };
  await getDb().insert(clients).values(row);
  await getDb().insert(clients).values(row);
}

describe('actions and routes log database errors without row values', () => {
  it('an action that hits a constraint answers "server" and logs code and constraint only', async () => {
    const owner = await createPractice();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const action = withPublic(z.object({}), async () => {
      await duplicateClient(owner.practiceId, owner.userId);
      throw new Error('unreachable');
    });
    expect(await action({})).toEqual({ ok: false, error: 'server' });
    const logged = JSON.stringify(spy.mock.calls);
    expect(logged).toContain('23505');
    expect(logged).toContain('clients_practice_email');
    expect(logged).not.toContain(MARKER);
    expect(logged).not.toContain('Geheim');
  });

  it('a route handler does the same', async () => {
    const owner = await createPractice();
    actAs(owner);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const route = withOwnerRoute(async () => {
      await duplicateClient(owner.practiceId, owner.userId);
      return new Response('unreachable');
    });
    expect((await route(new Request('http://localhost/x'), {})).status).toBe(500);
    const logged = JSON.stringify(spy.mock.calls);
    expect(logged).toContain('clients_practice_email');
    expect(logged).not.toContain(MARKER);
  });

  it('a number too large for its column is the input’s fault: "validation", nothing logged as a server error', async () => {
    const owner = await createPractice();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const action = withPublic(z.object({}), async () => {
      // A version past 2^31 - 1 reaching an integer column (the schemas refuse one; this is the backstop).
      await getDb()
        .update(clients)
        .set({ version: 2 ** 31 })
        .where(eq(clients.practiceId, owner.practiceId));
      throw new Error('unreachable');
    });
    expect(await action({})).toEqual({ ok: false, error: 'validation' });
    expect(spy).not.toHaveBeenCalled();
  });
});

import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { recordCoachingAgreement } from '@/db/queries/client-test-fixtures';
import { clients, practices } from '@/db/schema';
import { allItems, type Instrument } from '../instruments/types';

/**
 * A client of `coachId` in the practice, inserted directly (the caseload pages are not under test here),
 * with the coaching agreement on record unless `agreement: false` (measurements need it).
 */
export async function createTestClient(
  practiceId: string,
  coachId: string,
  name = 'Anna de Vries',
  { agreement = true }: { agreement?: boolean } = {},
) {
  const [firstName = 'Anna', ...rest] = name.split(' ');
  const [client] = await getDb()
    .insert(clients)
    .values({
      practiceId,
      coachId,
      firstName,
      lastName: rest.join(' ') || 'Client',
      email: `client-${randomBytes(4).toString('hex')}@example.test`,
    })
    .returning({ id: clients.id });
  if (!client) throw new Error('insert failed');
  if (agreement) await recordCoachingAgreement(practiceId, client.id, coachId);
  return client.id;
}

export async function setCoachVisibility(practiceId: string, visibility: 'all' | 'assigned') {
  await getDb().update(practices).set({ coachVisibility: visibility }).where(eq(practices.id, practiceId));
}

/** Item values that make the given groups score 100 and the others 0 (reverse-scored items accounted for). */
export function valuesWhereHigh(instrument: Instrument, highGroups: readonly string[]): Record<string, number> {
  const groupOf = new Map(instrument.dimensions.map((d) => [d.key, d.group]));
  const { min, max } = instrument.scale;
  return Object.fromEntries(
    allItems(instrument).map((item) => {
      const high = highGroups.includes(groupOf.get(item.dimension) ?? '');
      return [item.key, high !== item.reverse ? max : min];
    }),
  );
}

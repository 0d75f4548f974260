import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { listClients } from '@/db/queries/client-list';
import { seedClient, seedEmployer } from '@/db/queries/client-test-fixtures';
import { listEmployerClients, listEmployerOptions, pageEmployers } from '@/db/queries/employers';
import { practices } from '@/db/schema';
import { parseClientListParams } from '@/lib/caseload/list-params';
import { addCoach, createPractice } from '@/lib/testing/fixtures';

const names = (rows: { firstName: string; lastName: string }[]) => rows.map((c) => `${c.firstName} ${c.lastName}`);

describe('an employer’s page agrees with its card in the employers list', () => {
  it('lists the clients the card counts: archived clients left out, for the owner and for a restricted coach', async () => {
    const owner = await createPractice();
    await getDb().update(practices).set({ coachVisibility: 'assigned' }).where(eq(practices.id, owner.practiceId));
    const coach = await addCoach(owner.practiceId);
    const { employer } = await seedEmployer(owner.practiceId, 'Gemeente Voorbeeld');
    const add = (coachId: string, firstName: string, lastName: string, archived = false) =>
      seedClient(owner.practiceId, coachId, {
        firstName,
        lastName,
        employerId: employer.id,
        ...(archived ? { archivedAt: new Date(), status: 'closed' as const } : {}),
      });
    await add(owner.userId, 'Anouk', 'de Groot');
    await add(owner.userId, 'Cor', 'Archief', true);
    await add(coach.userId, 'Bram', 'Visser');
    await add(coach.userId, 'Dirk', 'Weg', true);

    for (const [coachId, expected] of [
      [null, ['Anouk de Groot', 'Bram Visser']],
      [coach.userId, ['Bram Visser']],
    ] as const) {
      const [card] = (await pageEmployers(owner.practiceId, { coachId }, { limit: 10, offset: 0 })).rows;
      const page = (await listEmployerClients(owner.practiceId, employer.id, coachId)).rows;
      expect(names(page)).toEqual(expected);
      expect(card!.clients).toBe(page.length);
    }
  });

  it('sorts its clients as the client list sorts them by name', async () => {
    const owner = await createPractice();
    const { employer } = await seedEmployer(owner.practiceId);
    for (const [firstName, lastName] of [
      ['Wim', 'de Vries'],
      ['Anna', 'van Aalst'],
      ['Élise', 'Öztürk'],
      ['Émile', 'Émond'],
      ['Ruud', 'den Ouden'],
      ['Bas', 'Bakker'],
      ['Ömer', 'Bakker'],
      ['Pim', 'Zwart'],
    ]) {
      await seedClient(owner.practiceId, owner.userId, { firstName, lastName, employerId: employer.id });
    }
    const page = names((await listEmployerClients(owner.practiceId, employer.id, null)).rows);
    // "van Aalst" under A, "den Ouden" under O, "Öztürk" after it and "Émond" among the E's: not under V, D, or after Z.
    expect(page).toEqual([
      'Anna van Aalst',
      'Bas Bakker',
      'Ömer Bakker',
      'Émile Émond',
      'Ruud den Ouden',
      'Élise Öztürk',
      'Wim de Vries',
      'Pim Zwart',
    ]);
    expect(page).toEqual(names((await listClients(owner.practiceId, parseClientListParams({}), null)).rows));
  });
});

describe('employers list, whatever the case and accents', () => {
  it('finds an employer by its name in capitals, small letters or without accents, and sorts it among its letter', async () => {
    const owner = await createPractice();
    for (const name of ['Zorggroep Zuid', 'Özdemir Bouw', 'Bakkerij Ünal', 'Noord BV', 'Pieters & Zn', 'Émaillerie Oost']) {
      await seedEmployer(owner.practiceId, name);
    }
    const find = async (q: string) => (await pageEmployers(owner.practiceId, { q }, { limit: 10, offset: 0 })).rows.map((e) => e.name);
    for (const q of ['Özdemir', 'özdemir', 'ÖZDEMIR', 'ozdemir']) expect(await find(q), q).toEqual(['Özdemir Bouw']);
    for (const q of ['Ünal', 'ünal', 'UNAL']) expect(await find(q), q).toEqual(['Bakkerij Ünal']);
    expect(await find('émail')).toEqual(['Émaillerie Oost']);
    const sorted = ['Bakkerij Ünal', 'Émaillerie Oost', 'Noord BV', 'Özdemir Bouw', 'Pieters & Zn', 'Zorggroep Zuid'];
    expect(await find('')).toEqual(sorted);
    // The client form's employer select lists them in the same order.
    expect((await listEmployerOptions(owner.practiceId)).map((e) => e.name)).toEqual(sorted);
  });
});

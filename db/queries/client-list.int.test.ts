import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { listClients } from '@/db/queries/client-list';
import { seedClient, seedEmployer } from '@/db/queries/client-test-fixtures';
import { parseClientListParams } from '@/lib/caseload/list-params';
import { createPractice } from '@/lib/testing/fixtures';

/**
 * The test cluster is initdb'd with the C locale, like every embedded one: there lower() and ILIKE fold only ASCII
 * (lower('ÖZTÜRK') is 'ÖzTÜrk'). Search and name order must not depend on that.
 */
async function practiceWithAccents() {
  const owner = await createPractice();
  const { employer } = await seedEmployer(owner.practiceId, 'Bakkerij Ünal');
  const add = (firstName: string, lastName: string, extra: Parameters<typeof seedClient>[2] = {}) =>
    seedClient(owner.practiceId, owner.userId, { firstName, lastName, ...extra });
  await add('Élise', 'Öztürk');
  await add('Şeyma', 'Özdemir');
  await add('Jan', 'de Vries', { employerId: employer.id });
  await add('Søren', 'Łukasiewicz');
  await add('Ömer', 'Çelik');
  return owner;
}

describe('client list search, whatever the case and accents', () => {
  it('finds a name typed as stored, in capitals, in small letters and without accents', async () => {
    const owner = await practiceWithAccents();
    const find = async (q: string) =>
      (await listClients(owner.practiceId, parseClientListParams({ q }), null)).rows.map((c) => `${c.firstName} ${c.lastName}`);
    for (const q of ['Élise', 'élise', 'ÉLISE', 'elise', 'Öztürk', 'öztürk', 'ÖZTÜRK', 'ozturk', 'OZTURK', 'Élise Öztürk', 'elise oz']) {
      expect(await find(q), q).toEqual(['Élise Öztürk']);
    }
    expect(await find('Özdemir')).toEqual(['Şeyma Özdemir']);
    expect(await find('seyma')).toEqual(['Şeyma Özdemir']);
    expect(await find('ŞEYMA')).toEqual(['Şeyma Özdemir']);
    expect(await find('soren lukasiewicz')).toEqual(['Søren Łukasiewicz']);
    expect(await find('ŁUKASIEWICZ')).toEqual(['Søren Łukasiewicz']);
    expect(await find('çelik')).toEqual(['Ömer Çelik']);
    expect(await find('OMER')).toEqual(['Ömer Çelik']);
    // A two-letter search (no trigram) takes the other way through the planner: the same answer.
    expect(await find('Öz')).toEqual(['Şeyma Özdemir', 'Élise Öztürk']);
    // The employer's name too, and still nothing for what is not there.
    expect(await find('ÜNAL')).toEqual(['Jan de Vries']);
    expect(await find('unal')).toEqual(['Jan de Vries']);
    expect(await find('Ørsted')).toEqual([]);
  });

  it('sorts "Émile" and "Öztürk" among the E’s and O’s, in both directions', async () => {
    const owner = await createPractice();
    const names: [string, string][] = [
      ['Pieter', 'Zwart'],
      ['Émile', 'Émond'],
      ['Kees', 'Evers'],
      ['Anna', 'van Aalst'],
      ['Élise', 'Öztürk'],
      ['Ruud', 'den Ouden'],
      ['Ömer', 'Bakker'],
      ['Bas', 'Bakker'],
      ['Pim', 'Bakker'],
      ['Sara', 'Pater'],
    ];
    for (const [firstName, lastName] of names) await seedClient(owner.practiceId, owner.userId, { firstName, lastName });
    const order = async (sp: Record<string, string>) =>
      (await listClients(owner.practiceId, parseClientListParams(sp), null)).rows.map((c) => `${c.firstName} ${c.lastName}`);
    const expected = [
      'Anna van Aalst',
      'Bas Bakker',
      'Ömer Bakker',
      'Pim Bakker',
      'Émile Émond',
      'Kees Evers',
      'Ruud den Ouden',
      'Élise Öztürk',
      'Sara Pater',
      'Pieter Zwart',
    ];
    expect(await order({})).toEqual(expected);
    expect(await order({ dir: 'desc' })).toEqual([...expected].reverse());
  });

  it('folds the same way on a database whose locale folds every letter (an external PostgreSQL)', async () => {
    // pg_c_utf8 (PostgreSQL 17+, so the embedded 18) lowers all of Unicode, as a database initialised with a
    // language's locale does: the folded text is the same as under the C locale.
    const names = ['ÉLISE ÖZTÜRK', 'Şeyma Özdemir', 'İlknur Işık', 'SØREN ŁUKASIEWICZ', 'Æsa Straße', 'Jan de Vries', 'ＡＢＣ'];
    const rows: { c: string; unicode: string }[] = [];
    for (const n of names) {
      const [row] = await getDb().execute<{ c: string; unicode: string }>(
        sql`select search_fold(${n}::text) as c, search_fold(${n}::text collate pg_c_utf8) as unicode`,
      );
      rows.push(row!);
    }
    expect(rows.map((r) => r.c)).toEqual([
      'elise ozturk',
      'seyma ozdemir',
      'ilknur isik',
      'soren lukasiewicz',
      'aesa strasse',
      'jan de vries',
      'abc',
    ]);
    expect(rows.map((r) => r.unicode)).toEqual(rows.map((r) => r.c));
  });
});

describe('client list: the apostrophe a phone types is the straight one', () => {
  /** ’ (U+2019) is what phones and iPads type; ‘ (U+2018) what smart punctuation makes of one at a word's start. */
  async function practiceWithApostrophes() {
    const owner = await createPractice();
    const names: [string, string][] = [
      ['Sanne', '’t Hart'],
      ['Kees', "'t Hooft"],
      ['Lotte', '‘t Hoen'],
      ['Hedy', 'd’ Ancona'],
      ['Fenna', "d'Ancona"],
      ['Joris', 'Jansen'],
      ['Bas', 'Bakker'],
      ['Wim', 'ʼt Zand'],
      ['Ans', 'Groot'],
    ];
    for (const [firstName, lastName] of names) await seedClient(owner.practiceId, owner.userId, { firstName, lastName });
    return owner;
  }

  it('finds "’t Hart" by "\'t hart" and "’t hart", and "\'t Hooft" by "’t hooft"', async () => {
    const owner = await practiceWithApostrophes();
    const find = async (q: string) =>
      (await listClients(owner.practiceId, parseClientListParams({ q }), null)).rows.map((c) => `${c.firstName} ${c.lastName}`);
    for (const q of ["'t hart", '’t hart', '‘t Hart', 'ʼT HART', '′t hart', "Sanne 't Hart"])
      expect(await find(q), q).toEqual(['Sanne ’t Hart']);
    for (const q of ["'t hooft", '’t hooft', '‘t Hooft']) expect(await find(q), q).toEqual(["Kees 't Hooft"]);
    expect(await find("d' ancona")).toEqual(['Hedy d’ Ancona']);
    expect(await find("'t zand")).toEqual(['Wim ʼt Zand']);
  });

  it('sorts "’t Hart" under H, whichever apostrophe, and "d\'Ancona" under A, in both directions', async () => {
    const owner = await practiceWithApostrophes();
    const order = async (sp: Record<string, string>) =>
      (await listClients(owner.practiceId, parseClientListParams(sp), null)).rows.map((c) => c.lastName);
    // "d'Ancona" with or without a space after d': under A, then by first name (Fenna, Hedy).
    const expected = ["d'Ancona", 'd’ Ancona', 'Bakker', 'Groot', '’t Hart', '‘t Hoen', "'t Hooft", 'Jansen', 'ʼt Zand'];
    expect(await order({})).toEqual(expected);
    expect(await order({ dir: 'desc' })).toEqual([...expected].reverse());
    // The search and the order together.
    expect(await order({ q: "'t h" })).toEqual(['’t Hart', '‘t Hoen', "'t Hooft"]);
  });

  it('folds each of them to the straight apostrophe', async () => {
    const [row] = await getDb().execute<{ folded: string[] }>(
      sql`select array[search_fold(${'’t Hart'}::text), search_fold(${'‘T HART'}::text), search_fold(${'ʼt Hart'}::text),
        search_fold(${'′t Hart'}::text), search_fold(${"'t Hart"}::text), search_fold(${'Hedy d’Öztürk'}::text)] as folded`,
    );
    expect(row!.folded).toEqual(["'t hart", "'t hart", "'t hart", "'t hart", "'t hart", "hedy d'ozturk"]);
  });
});

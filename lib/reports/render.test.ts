import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { clientReportFixture, managerReportFixture } from '@/lib/testing/report-fixtures';
import { renderReport } from './render';

async function pdf(bytes: Uint8Array) {
  const doc = await getDocumentProxy(bytes.slice());
  const { text, totalPages } = await extractText(doc, { mergePages: true });
  const { info } = await getMeta(doc);
  // Hyphenation may break a word over two lines: compare without soft breaks and line ends.
  const flat = text.replace(/-\s*\n\s*/g, '').replace(/\s+/g, ' ');
  return { text: flat, totalPages, info: info as Record<string, unknown> };
}

/**
 * The document's running text: each page without what every page repeats (`furniture`: the running header and footer,
 * a table's head), pages joined, words broken by hyphenation joined again, white space as single spaces.
 */
async function runningText(bytes: Uint8Array, furniture: ReadonlyArray<string | RegExp>): Promise<string> {
  const { text: pages } = await extractText(await getDocumentProxy(bytes.slice()), { mergePages: false });
  const strip = (page: string) =>
    furniture.reduce<string>((acc, f) => acc.replaceAll(f instanceof RegExp ? new RegExp(f, 'g') : f, ' '), page);
  return pages
    .map((page) => strip(page).trim())
    .join('\n')
    .replace(/-\s*\n\s*/g, '')
    .replace(/\s+/g, ' ');
}

/** About `length` characters of numbered sentences, in paragraphs of two sentences, as a coach may write them. */
function longText(word: string, length: number): string {
  let text = '';
  for (let i = 1; text.length < length; i++) {
    text += `${word} ${i} gaat over je week en wat je daarin merkte van je energie, je slaap en je werk.${i % 2 ? ' ' : '\n\n'}`;
  }
  return text.trim();
}

describe('client report', { timeout: 60_000 }, () => {
  it('holds the scores, flags, plan items and session summaries, with page numbers and metadata', async () => {
    const { text, totalPages, info } = await pdf(await renderReport({ kind: 'client', data: clientReportFixture('nl') }));
    expect(totalPages).toBeGreaterThan(2);
    expect(text).toContain('Persoonlijk rapport');
    expect(text).toContain('Werkdruk: 92');
    expect(text).toContain('Afspraak 12: prioriteiten herzien');
    expect(text).toContain('Samenvatting van gesprek 20');
    expect(text).toContain('De mailstroom ’s avonds.');
    expect(text).toContain(`Pagina 1 van ${totalPages}`);
    expect(text).toContain('2 november 2026');
    expect(info.Title).toBe('Persoonlijk rapport');
    expect(info.Author).toBe('Praktijk Evenwicht');
  });

  it("says a questionnaire's scores count each answer on the range it is scored on (the 4DKL counts 3 and 4 as 2)", async () => {
    for (const locale of ['nl', 'en'] as const) {
      const fixture = clientReportFixture(locale);
      const fourDkl = {
        instrumentName: '4DKL',
        date: '2026-11-02T10:00:00.000Z',
        role: 'later' as const,
        ownScale: { min: 0, max: 2, scoring: 'mean' as const, bands: false },
        rows: [{ key: 'distress', label: 'Distress', value: 1.5, band: null }],
      };
      const { text } = await pdf(await renderReport({ kind: 'client', data: { ...fixture, questionnaires: [fourDkl] } }));
      expect(text).toContain(locale === 'nl' ? '(elk antwoord telt van 0 tot 2)' : '(each answer counting from 0 to 2)');
    }
  });

  it('is in English for an English client', async () => {
    const { text, info } = await pdf(await renderReport({ kind: 'client', data: clientReportFixture('en') }));
    expect(text).toContain('Personal report');
    expect(text).toContain('2 November 2026');
    expect(info.Title).toBe('Personal report');
  });

  it('renders empty sections, markup, very long words, URLs and emoji without breaking', async () => {
    const long = 'arbeidsongeschiktheidsverzekeringsmaatschappijbeleidsmedewerkersoverleg';
    const data = clientReportFixture('nl', {
      measurement: null,
      profile: null,
      groups: [],
      outcomes: [],
      flags: [],
      trends: [],
      plan: [],
      sessions: [
        {
          date: '2026-11-01',
          kind: 'Intake',
          summary: `<b>vet</b> ${long} https://example.org/${'x'.repeat(120)} 😀👍🏽 klaar`,
          homework: [],
        },
      ],
      nextSteps: [],
      summary: [],
    });
    const { text } = await pdf(await renderReport({ kind: 'client', data }));
    expect(text).toContain('<b>vet</b>');
    expect(text).toContain('klaar');
    // Said once (the cover names no measurement then), with no note on scores the document does not hold, and no
    // section on their course.
    expect(text.split('Er is nog geen afgeronde meting.')).toHaveLength(2);
    expect(text).not.toMatch(/Scores lopen|scores lopen|Verloop over de metingen/);
    expect(text).toContain('Er staan nog geen afspraken in je plan.');
    // No measurement at all is not "only one measurement so far".
    expect(text).not.toContain('Er is nog maar één meting');
  });

  it('says the trend follows after the next measurement when there is exactly one', async () => {
    const { text } = await pdf(await renderReport({ kind: 'client', data: clientReportFixture('nl', { trends: [] }) }));
    expect(text).toContain('Er is nog maar één meting: het verloop volgt na een volgende meting.');
  });
});

describe('client report: the profile’s figures', { timeout: 60_000 }, () => {
  it('are printed as precisely as the split, in the reader’s notation, with the edge rule', async () => {
    const base = clientReportFixture('nl');
    const profile = { ...base.profile!, demands: 50.3, resources: 42, profileKey: 'high_demands_low_resources' as const };
    const nl = await pdf(await renderReport({ kind: 'client', data: { ...base, profile } }));
    expect(nl.text).toContain('Taakeisen 50,3 · hulpbronnen 42 (0–100)');
    expect(nl.text).toContain('Een score van precies 50 telt als laag.');
    // The four fields are named in the chart (two lines each), as on the results page.
    for (const field of [
      'Hoge eisen weinig hulpbronnen',
      'Hoge eisen veel hulpbronnen',
      'Lage eisen weinig hulpbronnen',
      'Lage eisen veel hulpbronnen',
    ])
      expect(nl.text).toContain(field);
    const enBase = clientReportFixture('en');
    const enProfile = { ...enBase.profile!, demands: 50.3, resources: 42, profileKey: 'high_demands_low_resources' as const };
    const en = await pdf(await renderReport({ kind: 'client', data: { ...enBase, profile: enProfile } }));
    expect(en.text).toContain('Job demands 50.3 · resources 42 (0–100)');
    expect(en.text).toContain('A score of exactly 50 counts as low.');
    expect(en.text).toContain('High demands few resources');
  });
});

describe('letters beyond Western European ones', { timeout: 60_000 }, () => {
  it('are printed in the client’s name, the running header and the manager report', async () => {
    const names = 'Şükrü Doğan, Ayşe Yılmaz, Łukasz Wróbel, Tomáš Čapek, Zoltán Erdős, Agnieszka Ząbek, Nguyễn Thị Hương';
    const client = await pdf(
      await renderReport({ kind: 'client', data: clientReportFixture('nl', { client: { name: names, initials: 'ŞD' } }) }),
    );
    expect(client.text).toContain(`Voor ${names}`);
    expect(client.text).toContain('rapport voor ŞD');
    const manager = await pdf(await renderReport({ kind: 'manager', data: managerReportFixture('nl', { clientLabel: 'ŞD' }) }));
    expect(manager.text).toContain('Afspraken over het werk van ŞD');
  });

  it('are printed in the charts’ labels', async () => {
    const base = clientReportFixture('nl');
    const groups = [{ ...base.groups[0]!, rows: [{ ...base.groups[0]!.rows[0]!, label: 'Şğİłčőą-belasting' }] }];
    const { text } = await pdf(await renderReport({ kind: 'client', data: { ...base, groups } }));
    expect(text).toContain('Şğİłčőą-belasting');
  });
});

describe('client report: long texts', { timeout: 60_000 }, () => {
  it('prints the whole of a long session summary, own-words answer and plan item, over as many pages as they need', async () => {
    const base = clientReportFixture('nl');
    const first = longText('Alfa', 4500);
    const middle = longText('Bravo', 4500);
    const answer = longText('Charlie', 4500);
    const description = longText('Delta', 1900);
    const data = {
      ...base,
      ownWords: [{ question: 'Wat kost je energie?', answer }, ...base.ownWords],
      plan: [base.plan[0]!, { ...base.plan[1]!, description }, ...base.plan.slice(2)],
      // The first session opens its section; the other one starts somewhere down a page.
      sessions: [{ ...base.sessions[0]!, summary: first }, ...base.sessions.slice(1, 4), { ...base.sessions[4]!, summary: middle }],
    };
    const text = await runningText(await renderReport({ kind: 'client', data }), [
      'Praktijk Evenwicht · rapport voor SJ',
      'Vertrouwelijk',
      'Gemaakt op 30 november 2026',
      /Pagina \d+ van \d+/,
      // The plan table's head on every page it runs onto, and the other cells of a row that runs on.
      /Afspraak\s+Wie\s+Uiterlijk\s+Status/,
      /Samen\s+15 januari 2027\s+Gepland/,
    ]);
    for (const long of [first, middle, answer, description]) expect(text).toContain(long.replace(/\s+/g, ' '));
  });
});

describe('client report: headings', { timeout: 60_000 }, () => {
  it('never close a page: a session’s heading and its homework’s label go with the start of their text', async () => {
    const base = clientReportFixture('nl');
    // Summaries of one to about nine lines, so that page breaks fall at many places in and around the sessions.
    const sessions = Array.from({ length: 40 }, (_, i) => ({
      ...base.sessions[i % base.sessions.length]!,
      summary: longText('Echo', 60 + ((i * 157) % 800)),
      homework: i % 3 === 0 ? ['Energiedagboek bijhouden'] : [],
    }));
    const doc = await getDocumentProxy((await renderReport({ kind: 'client', data: { ...base, sessions } })).slice());
    const { text: pages } = await extractText(doc, { mergePages: false });
    const ends = pages.map((page) => page.trim().split('\n').at(-1)?.trim() ?? '');
    expect(pages.length).toBeGreaterThan(8);
    for (const end of ends) {
      expect(end).not.toMatch(/· Coachgesprek$/);
      expect(end).not.toMatch(/^(Afgesproken huiswerk|Sessies)$/);
    }
  });
});

describe('client report: a plan over several pages', { timeout: 60_000 }, () => {
  it('repeats the plan table’s header on every page the table runs onto, and on no other page', async () => {
    const base = clientReportFixture('nl');
    const plan = Array.from({ length: 30 }, (_, i) => ({ ...base.plan[0]!, title: `Punt ${i + 1} van het plan` }));
    const doc = await getDocumentProxy((await renderReport({ kind: 'client', data: { ...base, plan } })).slice());
    const { text: pages } = await extractText(doc, { mergePages: false });
    const withRows = pages.flatMap((page, i) => (/Punt \d+ van het plan/.test(page) ? [i] : []));
    const withHeader = pages.flatMap((page, i) => (/Afspraak\s+Wie\s+Uiterlijk\s+Status/.test(page) ? [i] : []));
    expect(withRows.length).toBeGreaterThan(1);
    expect(withHeader).toEqual(withRows);
  });
});

describe('manager report', { timeout: 60_000 }, () => {
  it('shows the released wording, the meetings and the privacy sentence in the contact’s language', async () => {
    const { text, info } = await pdf(await renderReport({ kind: 'manager', data: managerReportFixture('nl') }));
    expect(text).toContain('Wekelijks overleg over prioriteiten');
    expect(text).toContain('10 december 2026 om 14:00');
    expect(text).toContain('Dit overzicht bevat alleen afspraken over het werk die');
    // Nothing hints that there is health information to leave out (from a review: the employer reads it as a hint).
    expect(text).not.toMatch(/gezondheid/i);
    expect(info.Title).toBe('Gedeeld actieplan');
    const en = await pdf(await renderReport({ kind: 'manager', data: managerReportFixture('en') }));
    expect(en.text).toContain('This overview contains only agreements about the work that');
    expect(en.text).not.toMatch(/health/i);
  });

  it('says whether the employer confirmed the plan: confirmed, confirmed before something was shared since, or not yet', async () => {
    const base = managerReportFixture('en');
    const said = async (confirmedAt: string | null, confirmationLapsedSince: string | null) =>
      (await pdf(await renderReport({ kind: 'manager', data: { ...base, confirmedAt, confirmationLapsedSince } }))).text;
    expect(await said('2026-12-01T10:00:00Z', null)).toContain('Confirmed by the employer on 1 December 2026.');
    const lapsed = await said(null, '2026-12-01T10:00:00Z');
    expect(lapsed).toContain('Confirmed by the employer on 1 December 2026. Your employee has shared something new since');
    expect(lapsed).not.toContain('Not yet confirmed');
    expect(await said(null, null)).toContain('Not yet confirmed by the employer.');
  });

  it('repeats its table’s header on every page the agreements run onto', async () => {
    const base = managerReportFixture('nl');
    const items = Array.from({ length: 60 }, (_, i) => ({ ...base.items[0]!, employerWording: `Werkafspraak ${i + 1}` }));
    const doc = await getDocumentProxy((await renderReport({ kind: 'manager', data: { ...base, items } })).slice());
    const { text: pages } = await extractText(doc, { mergePages: false });
    const withRows = pages.flatMap((page, i) => (/Werkafspraak \d+/.test(page) ? [i] : []));
    const withHeader = pages.flatMap((page, i) => (/Afspraak\s+Wie\s+Uiterlijk\s+Status/.test(page) ? [i] : []));
    expect(withRows.length).toBeGreaterThan(1);
    expect(withHeader).toEqual(withRows);
  });
});

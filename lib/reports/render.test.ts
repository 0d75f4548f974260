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

describe('client report', { timeout: 60_000 }, () => {
  it('holds the scores, flags, plan items and session summaries, with page numbers and metadata', async () => {
    const { text, totalPages, info } = await pdf(await renderReport({ kind: 'client', data: clientReportFixture('nl') }));
    expect(totalPages).toBeGreaterThan(2);
    expect(text).toContain('Persoonlijke rapportage');
    expect(text).toContain('Werkdruk: 92');
    expect(text).toContain('Afspraak 12: prioriteiten herzien');
    expect(text).toContain('Samenvatting van gesprek 20');
    expect(text).toContain('De mailstroom ’s avonds.');
    expect(text).toContain(`Pagina 1 van ${totalPages}`);
    expect(text).toContain('2 november 2026');
    expect(info.Title).toBe('Persoonlijke rapportage');
    expect(info.Author).toBe('Praktijk Evenwicht');
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
    expect(text).toContain('Er is nog geen afgeronde meting.');
    expect(text).toContain('Er staan nog geen afspraken in je plan.');
    // No measurement at all is not "only one measurement so far".
    expect(text).not.toContain('Er is nog maar één meting');
  });

  it('says the trend follows after the next measurement when there is exactly one', async () => {
    const { text } = await pdf(await renderReport({ kind: 'client', data: clientReportFixture('nl', { trends: [] }) }));
    expect(text).toContain('Er is nog maar één meting: het verloop volgt na een volgende meting.');
  });
});

describe('client report: a plan over several pages', { timeout: 60_000 }, () => {
  it('repeats the plan table’s header on every page the table runs onto, and on no other page', async () => {
    const base = clientReportFixture('nl');
    const plan = Array.from({ length: 30 }, (_, i) => ({ ...base.plan[0]!, title: `Punt ${i + 1} van het plan` }));
    const doc = await getDocumentProxy((await renderReport({ kind: 'client', data: { ...base, plan } })).slice());
    const { text: pages } = await extractText(doc, { mergePages: false });
    const withRows = pages.flatMap((page, i) => (/Punt \d+ van het plan/.test(page) ? [i] : []));
    const withHeader = pages.flatMap((page, i) => (/Actieplan\s+Wie\s+Uiterlijk\s+Status/.test(page) ? [i] : []));
    expect(withRows.length).toBeGreaterThan(1);
    expect(withHeader).toEqual(withRows);
  });
});

describe('manager report', { timeout: 60_000 }, () => {
  it('shows the released wording, the meetings and the privacy sentence in the contact’s language', async () => {
    const { text, info } = await pdf(await renderReport({ kind: 'manager', data: managerReportFixture('nl') }));
    expect(text).toContain('Wekelijks overleg over prioriteiten');
    expect(text).toContain('10 december 2026 om 14:00');
    expect(text).toContain('Gezondheidsinformatie staat bewust niet in dit overzicht');
    expect(info.Title).toBe('Gedeeld actieplan');
    const en = await pdf(await renderReport({ kind: 'manager', data: managerReportFixture('en') }));
    expect(en.text).toContain('Health information is left out of this overview by design');
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

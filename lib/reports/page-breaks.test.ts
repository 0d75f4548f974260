import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { firstClientReportFixture, firstManagerReportFixture } from '@/lib/testing/first-report-fixtures';
import { clientReportFixture } from '@/lib/testing/report-fixtures';
import { renderReport } from './render';
import type { ClientReportData, ManagerReportData, ReportRequest } from './types';

/** Each page's text, words broken by hyphenation joined again, white space as single spaces. */
async function pages(request: ReportRequest): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy((await renderReport(request)).slice()), { mergePages: false });
  return text.map((page) => page.replace(/-\s*\n\s*/g, '').replace(/\s+/g, ' '));
}
const client = (data: ClientReportData) => pages({ kind: 'client', data });
const manager = (data: ManagerReportData) => pages({ kind: 'manager', data });

/** The (0-based) page a text is on; -1 when it is on none. */
const pageOf = (doc: string[], needle: string) => doc.findIndex((page) => page.includes(needle));

/** `count` one-line sentences, to move what follows down the page a line at a time. */
const lines = (count: number, nl: boolean) =>
  Array.from({ length: count }, (_, i) => (nl ? `Extra regel ${i + 1} van de samenvatting.` : `Extra line ${i + 1} of the summary.`));

/** An intake summary of `count` sentences, to move the end of the report down a page a line or two at a time. */
const intake = (count: number, nl: boolean) =>
  Array.from({ length: count }, (_, i) =>
    nl
      ? `We bespraken punt ${i + 1} van je uitslag en wat je het eerst wilt aanpakken: de werkdruk en het gesprek met je leidinggevende.`
      : `We went through point ${i + 1} of your results and what you want to tackle first: the workload and the talk with your manager.`,
  ).join(' ');

const TEXT = {
  nl: {
    axes: 'Verticaal: taakeisen. Horizontaal: hulpbronnen in het werk.',
    path: 'Eerdere metingen zijn met een lijn verbonden.',
    flags: 'Opvallende onderdelen',
    nextSteps: 'Volgende stappen',
    contact: 'Contact met je coach',
  },
  en: {
    axes: 'Vertical: job demands. Horizontal: resources at work.',
    path: 'Earlier measurements are joined by a line.',
    flags: 'Dimensions that stand out',
    nextSteps: 'Next steps',
    contact: 'Contact your coach',
  },
} as const;

describe('client report: the profile plot’s note', { timeout: 60_000 }, () => {
  for (const locale of ['nl', 'en'] as const) {
    it(`speaks of a line through earlier measurements only when there are any (${locale})`, async () => {
      const one = (await client(firstClientReportFixture(locale))).join(' ');
      expect(firstClientReportFixture(locale).profile?.path).toHaveLength(1);
      expect(one).toContain(TEXT[locale].axes);
      expect(one).not.toContain(TEXT[locale].path);
      const several = (await client(clientReportFixture(locale))).join(' ');
      expect(clientReportFixture(locale).profile?.path.length).toBeGreaterThan(1);
      expect(several).toContain(`${TEXT[locale].axes} ${TEXT[locale].path}`);
    });
  }
});

describe('client report: a short list stays with its heading', { timeout: 120_000 }, () => {
  for (const locale of ['nl', 'en'] as const) {
    it(`puts the heading of five notable items on the page of all five, wherever the page breaks (${locale})`, async () => {
      const base = firstClientReportFixture(locale);
      expect(base.flags).toHaveLength(5);
      // The first report as a new practice's client gets it (the heading at the foot of page 1), then a summary of one
      // line and more, so that the page break falls before, in and after the list.
      const summaries = [base.summary, ...Array.from({ length: 9 }, (_, extra) => [base.summary[0]!, ...lines(extra, locale === 'nl')])];
      for (const [extra, summary] of summaries.entries()) {
        const doc = await client({ ...base, summary });
        const heading = pageOf(doc, TEXT[locale].flags);
        expect(heading, `summary variant ${extra}`).toBeGreaterThanOrEqual(0);
        for (const flag of base.flags)
          expect(pageOf(doc, `${flag.label}: ${flag.score}`), `${flag.label}, summary variant ${extra}`).toBe(heading);
      }
    });
  }

  it('puts the label of a session’s homework on the page of all its points, wherever the page breaks', async () => {
    const base = firstClientReportFixture('nl');
    const homework = [
      'Elke avond drie dingen noteren die energie gaven',
      'Na 18.00 uur de mail van je telefoon halen',
      'Een wandeling in de lunchpauze',
    ];
    let before = 0;
    for (let sentences = 8; sentences <= 20; sentences++) {
      const doc = await client({ ...base, sessions: [{ ...base.sessions[0]!, summary: intake(sentences, true), homework }] });
      const label = pageOf(doc, 'Afgesproken huiswerk');
      for (const point of homework) expect(pageOf(doc, point), `${sentences} sentences`).toBe(label);
      if (label > pageOf(doc, 'We bespraken punt 1 ')) before++;
    }
    // Some of the summaries end at the foot of a page, the homework starting the next.
    expect(before).toBeGreaterThan(0);
  });

  it('lets a long list run on over the page break, its heading with its first items', async () => {
    const base = firstClientReportFixture('nl');
    const flags = Array.from({ length: 14 }, (_, i) => ({ label: `Onderdeel ${i + 1}`, score: 80 + i, kind: 'high_demand' as const }));
    let split = 0;
    for (let extra = 0; extra <= 6; extra++) {
      const doc = await client({ ...base, flags, summary: [base.summary[0]!, ...lines(extra, true)] });
      const heading = pageOf(doc, TEXT.nl.flags);
      const onPages = flags.map((f) => pageOf(doc, `${f.label}: ${f.score}`));
      expect(onPages.slice(0, 2), `summary variant ${extra}`).toEqual([heading, heading]);
      if (onPages.at(-1) !== heading) split++;
    }
    // Not moved whole to the next page each time: the list starts where its heading fits.
    expect(split).toBeGreaterThan(0);
  });
});

describe('client report: the plan’s table starts with a row, not with its heading row alone', { timeout: 120_000 }, () => {
  it('puts the plan’s title, intro and heading row on the page of its first row, wherever the page breaks', async () => {
    const base = clientReportFixture('en');
    // A first agreement as the plan library words it: nine lines in the table's first column, one block.
    const plan = [
      {
        ...base.plan[0]!,
        title: 'Recovery first, then rebuild',
        description:
          'While your energy is this low, recovery comes before everything else. You take on no new tasks, projects or courses for now. With your coach you look at what recharges you each day and what you can leave for the time being. Only when you notice your energy coming back do you build up again, in small steps agreed in advance.',
      },
      ...base.plan.slice(1, 4),
    ];
    const intro = 'Every agreement in your plan, including those you do not share with your employer.';
    const introPages = new Set<number>();
    // No trend chart (a block that jumps pages whole): the client's own words (none, then a sentence longer each time)
    // move the plan down the page a line at a time, from where it fits below the charts to the next page.
    const words = base.ownWords[0]!;
    for (let extra = 0; extra <= 16; extra++) {
      const more = Array.from({ length: extra }, (_, i) => `And one more thing, number ${i + 1}, that matters to me in my work.`);
      const ownWords = extra === 0 ? [] : [{ ...words, answer: more.join(' ') }];
      const doc = await client({ ...base, plan, trends: [], ownWords, summary: base.summary.slice(0, 1) });
      const page = pageOf(doc, intro);
      expect(page, `variant ${extra}`).toBeGreaterThanOrEqual(0);
      expect(pageOf(doc, 'Recovery first, then rebuild'), `variant ${extra}`).toBe(page);
      introPages.add(page);
    }
    // The variants moved the plan across a page break.
    expect(introPages.size).toBeGreaterThan(1);
  });
});

describe('client report: the coach’s contact at the end', { timeout: 120_000 }, () => {
  for (const locale of ['nl', 'en'] as const) {
    it(`is never alone on the last page: the next steps go with it (${locale})`, async () => {
      const base = firstClientReportFixture(locale);
      // The fixture's own report first (its contact fell alone on page 4), then intake summaries of more and more
      // sentences, so that the page break falls before, in and after the next steps and the contact.
      const variants = [
        base.sessions,
        ...Array.from({ length: 19 }, (_, i) => [{ ...base.sessions[0]!, summary: intake(4 + i, locale === 'nl') }]),
      ];
      for (const [i, sessions] of variants.entries()) {
        const doc = await client({ ...base, sessions });
        const last = doc.length - 1;
        expect(pageOf(doc, TEXT[locale].contact), `variant ${i}`).toBe(last);
        expect(pageOf(doc, TEXT[locale].nextSteps), `variant ${i}`).toBe(last);
        for (const step of base.nextSteps) expect(pageOf(doc, step), `variant ${i}`).toBe(last);
      }
    });
  }
});

describe('manager report: the coach’s contact at the end', { timeout: 120_000 }, () => {
  it('is never alone on the last page: the planned meetings go with it', async () => {
    const base = {
      ...firstManagerReportFixture(),
      meetings: [
        { date: '2026-12-10', time: '14:00' },
        { date: '2027-01-14', time: '09:30' },
      ],
    };
    // Agreements enough to fill the first page, one more at a time, so that the page break falls before, in and after
    // the meetings and the contact.
    for (let count = 14; count <= 24; count++) {
      const items = Array.from({ length: count }, (_, i) => ({ ...base.items[0]!, employerWording: `Werkafspraak ${i + 1}` }));
      const doc = await manager({ ...base, items });
      const last = doc.length - 1;
      expect(pageOf(doc, 'Contact met de coach'), `${count} agreements`).toBe(last);
      expect(pageOf(doc, 'Geplande driegesprekken'), `${count} agreements`).toBe(last);
      for (const m of base.meetings) expect(pageOf(doc, `om ${m.time}`), `${count} agreements`).toBe(last);
    }
  });
});

import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { type CustomInstrumentInput, customInstrumentSchema } from '@/lib/instruments';
import { batLikeInput } from '@/lib/instruments/test-fixtures';
import { instrumentIssues } from '@/lib/intake/instrument-issues';
import { instrumentTemplate } from '@/lib/intake/instrument-templates';
import { renderClientHtml } from '@/lib/testing/render-client';
import { InstrumentEditor } from './instrument-editor';

vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ push: () => {}, replace: () => {}, refresh: () => {}, back: () => {}, prefetch: () => {} }),
}));

/** The editor as the browser first gets it, with the problems of `definition` listed at the top (as a stored version's are). */
function render(definition: CustomInstrumentInput, locale: 'nl' | 'en' = 'nl') {
  const parsed = customInstrumentSchema.safeParse(definition);
  const initialIssues = parsed.success ? [] : instrumentIssues(parsed.error);
  return renderClientHtml(createElement(InstrumentEditor, { initial: definition, initialIssues }), locale);
}

/** What a screen reader calls each button: its aria-label, or else its text. */
function buttonNames(html: string) {
  return [...html.matchAll(/<button([^>]*)>(.*?)<\/button>/gs)].map(([, attrs, text]) => {
    const label = attrs!.match(/aria-label="([^"]*)"/)?.[1];
    return label ?? text!.replace(/<[^>]+>/g, '').trim();
  });
}

/** The issue list's links, and whether the page has an element each one leads to. */
function issueLinks(html: string) {
  const list = html.match(/data-testid="instrument-issues".*?<\/ul>/s)?.[0] ?? '';
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  return [...list.matchAll(/href="#([^"]+)"/g)].map((m) => ({ target: m[1]!, exists: ids.has(m[1]) }));
}

const withOpenQuestions = (): CustomInstrumentInput => ({
  ...instrumentTemplate('bat23'),
  openQuestions: [
    { key: 'open_1', text: { nl: 'Wat speelt er?', en: '' } },
    { key: 'open_2', text: { nl: 'Nog iets?', en: '' } },
  ],
});

describe('the questionnaire editor, for a screen reader user', () => {
  it('groups each item’s fields under its number, so "Code" and "Tekst" are said as "Item 3, Code"', () => {
    for (const [locale, legend] of [
      ['nl', 'Item 3'],
      ['en', 'Item 3'],
    ] as const) {
      const html = render(instrumentTemplate('bat23'), locale);
      const item = html.match(/<li data-item="2">(.*?)<\/li>/s)?.[1] ?? '';
      expect(item).toMatch(new RegExp(`^<fieldset[^>]*><legend[^>]*>${legend}</legend>`));
      // The item's own fields sit inside that group, and the group closes after them.
      expect(item).toContain('for="def-items-2-key"');
      expect(item).toContain('for="def-items-2-text"');
      expect(item).toContain('id="def-items-2-subscale"');
      expect(item).toMatch(/<\/fieldset>$/);
      expect([...html.matchAll(/<li data-item="\d+"><fieldset/g)]).toHaveLength(23);
    }
    const open = render(withOpenQuestions()).match(/<legend[^>]*>Open vraag 2<\/legend>.*?<\/fieldset>/s)?.[0] ?? '';
    expect(open).toContain('for="def-openQuestions-1-key"');
  });

  it('groups each scale label, band and recoding under its number, so "Waarde" is said as "Label 2, Waarde"', () => {
    const html = render({ ...instrumentTemplate('bat23'), recode: [{ from: 5, to: 4 }] });
    const group = (legend: string) =>
      html.match(new RegExp(`<fieldset[^>]*><legend[^>]*>${legend}</legend>(.*?)</fieldset>`, 's'))?.[1] ?? '';
    expect(group('Label 2')).toContain('for="def-scale-labels-1-value"');
    expect(group('Label 2')).toContain('for="def-scale-labels-1-en"');
    expect(group('Subschaal 3, band 2')).toContain('for="def-subscales-2-bands-1-upTo"');
    expect(group('Subschaal 3, band 2')).toContain('for="def-subscales-2-bands-1-label-en"');
    expect(group('Totaalscore, band 1')).toContain('for="def-total-bands-0-upTo"');
    expect(group('Omcodering 1')).toContain('for="def-recode-0-to"');
    const english = render({ ...instrumentTemplate('bat23'), recode: [{ from: 5, to: 4 }] }, 'en');
    expect(english).toMatch(/<legend[^>]*>Label 2<\/legend>/);
    expect(english).toMatch(/<legend[^>]*>Total score, band 1<\/legend>/);
    expect(english).toMatch(/<legend[^>]*>Recoding 1<\/legend>/);
  });

  it('says a problem of an English text under that field, and marks it invalid', () => {
    const long = 'x'.repeat(2001);
    const base = batLikeInput();
    const html = render({
      ...base,
      name: { nl: 'BAT', en: long },
      description: { nl: '', en: long },
      items: base.items.map((item, i) => (i === 1 ? { ...item, text: { nl: item.text.nl, en: long } } : item)),
      subscales: base.subscales.map((s, i) =>
        i === 0
          ? {
              ...s,
              name: { nl: s.name.nl, en: long },
              explanation: { nl: long, en: long },
              bands: s.bands?.map((b, n) => (n === 0 ? { ...b, label: { nl: b.label.nl, en: long } } : b)),
            }
          : s,
      ),
      openQuestions: [{ key: 'open_1', text: { nl: 'Wat speelt er?', en: long } }],
      total: { name: { nl: 'Totaal', en: long } },
    });
    for (const id of [
      'def-name-en',
      'def-description-en',
      'def-items-1-text-en',
      'def-subscales-0-name-en',
      'def-subscales-0-explanation-nl',
      'def-subscales-0-explanation-en',
      'def-subscales-0-bands-0-label-en',
      'def-openQuestions-0-text-en',
      'def-total-name-en',
    ]) {
      const field = html.match(new RegExp(`<(?:input|textarea)[^>]*id="${id}"[^>]*>`))?.[0] ?? '';
      expect(field, id).toContain('aria-invalid="true"');
      expect(field, id).toMatch(new RegExp(`aria-describedby="([^"]* )?${id}-error"`));
      expect(html, id).toContain(`<p id="${id}-error" class="field-error">Deze tekst is te lang.</p>`);
    }
  });

  it('names what each remove button removes: no two buttons are called the same', () => {
    for (const locale of ['nl', 'en'] as const) {
      // Scale labels, subscale and total bands, items and open questions.
      const names = buttonNames(render(withOpenQuestions(), locale));
      const repeated = names.filter((n, i) => names.indexOf(n) !== i);
      // "Band toevoegen" is said once per subscale, in the subscale's group: adding, nothing is lost.
      const adding = locale === 'nl' ? /toevoegen$/ : /^Add /;
      expect(repeated.filter((n) => !adding.test(n))).toEqual([]);
    }
    const names = buttonNames(render(withOpenQuestions()));
    expect(names).toContain('Label 2 verwijderen');
    expect(names).toContain('Band verwijderen: subschaal 2, band 3');
    expect(names).toContain('Band verwijderen: totaalscore, band 1');
    expect(names).toContain('Open vraag 2 verwijderen');
    expect(buttonNames(render(withOpenQuestions(), 'en'))).toContain('Remove band: total score, band 2');
  });
});

describe('the editor’s list of problems', () => {
  const base = batLikeInput();
  const tooMany = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));
  const cases: [string, CustomInstrumentInput, string][] = [
    ['no items', { ...base, items: [] }, 'def-items'],
    [
      'a Dutch item text too long',
      { ...base, items: base.items.map((item, i) => (i === 2 ? { ...item, text: { nl: 'x'.repeat(2001), en: '' } } : item)) },
      'def-items-2-text',
    ],
    ['a Dutch name too long', { ...base, name: { nl: 'x'.repeat(2001), en: '' } }, 'def-name'],
    ['instructions too long', { ...base, description: { nl: 'x'.repeat(2001), en: '' } }, 'def-description-nl'],
    ['no subscales', { ...base, subscales: [] }, 'def-subscales'],
    [
      'a subscale without items',
      { ...base, subscales: [...base.subscales, { key: 'leeg', name: { nl: 'Leeg', en: '' }, group: 'burnout' }] },
      'def-subscales-3',
    ],
    ['recoding that leaves one value', { ...base, recode: [1, 2, 4, 5].map((from) => ({ from, to: 3 })) }, 'def-recode'],
    [
      'too many open questions',
      { ...base, openQuestions: tooMany(21, (i) => ({ key: `open_${i}`, text: { nl: 'Vraag', en: '' } })) },
      'def-openQuestions',
    ],
    [
      'too many bands',
      {
        ...base,
        subscales: base.subscales.map((s, i) =>
          i === 0 ? { ...s, bands: tooMany(11, () => ({ upTo: null, label: { nl: 'Band', en: '' }, level: 'neutral' as const })) } : s,
        ),
      },
      'def-subscales-0-bands',
    ],
  ];

  it.each(cases)('leads to the part it is about (%s): every link has its target on the page', (_, definition, target) => {
    const links = issueLinks(render(definition));
    expect(links.map((l) => l.target)).toContain(target);
    expect(links.filter((l) => !l.exists)).toEqual([]);
  });

  it('whose targets can take the focus a link moves there (a section or group, not only an input)', () => {
    const html = render({ ...base, items: [] });
    expect(html).toMatch(/<section id="def-items" tabindex="-1"/);
  });
});

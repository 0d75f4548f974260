import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { pasteIsCut } from '@/app/_components/form-character-count';
import { Field } from '@/app/_components/form-controls';
import { OpenQuestion } from '@/app/_components/intake/open-question';
import type { QuestionHandlers } from '@/app/_components/intake/scale-question';
import type { HomeworkField as FieldDefinition } from '@/lib/homework/templates';
import { renderClientHtml } from '@/lib/testing/render-client';
import { HomeworkField } from './homework-field';

// Client components rendered to HTML on the server (no DOM here): what the phone shows before any typing.
const render = renderClientHtml;

const field = (kind: FieldDefinition['kind']): FieldDefinition => ({
  key: 'day1.gave',
  kind,
  label: { nl: 'Wat gaf je energie?', en: 'What gave you energy?' },
  hint: { nl: 'Een paar woorden is genoeg.', en: 'A few words will do.' },
});

const dateRange = { min: '2025-12-01', max: '2028-12-01' };

const homework = (kind: FieldDefinition['kind'], value: string, locale: 'nl' | 'en' = 'nl') =>
  render(createElement(HomeworkField, { field: field(kind), locale, value, dateRange, onChange: () => {} }), locale);

/** The counter's text (empty when it does not show) and whether the field points to it. */
const counter = (html: string) => ({
  text: /<p id="hw-day1-gave-count"[^>]*>([^<]*)<\/p>/.exec(html)?.[1] ?? null,
  described: /aria-describedby="[^"]*hw-day1-gave-count/.test(html),
});

describe('a homework text box near its limit says so', () => {
  it('shows nothing until 90 % of the limit, so the form does not jump on a phone', () => {
    expect(counter(homework('longText', 'x'.repeat(1799)))).toEqual({ text: '', described: true });
    expect(homework('longText', 'x'.repeat(1799))).toContain('maxLength="2000"');
  });

  it('counts from 90 % on, in both languages, and the field points to the counter', () => {
    expect(counter(homework('longText', 'x'.repeat(1800)))).toEqual({ text: '1.800 van de 2.000 tekens', described: true });
    expect(counter(homework('longText', 'x'.repeat(1999), 'en'))).toEqual({ text: '1,999 of 2,000 characters', described: true });
    expect(counter(homework('text', 'x'.repeat(190))).text).toBe('190 van de 200 tekens');
  });

  it('says when the limit is reached', () => {
    expect(counter(homework('longText', 'x'.repeat(2000))).text).toBe(
      'Maximum bereikt: 2.000 tekens. Wat je meer typt of plakt, valt weg.',
    );
    expect(counter(homework('text', 'x'.repeat(200), 'en')).text).toBe(
      'Limit reached: 200 characters. Anything more you type or paste is left out.',
    );
  });

  it('gives a date no counter', () => {
    const html = homework('date', '2026-11-01');
    expect(counter(html)).toEqual({ text: null, described: false });
    expect(html).not.toContain('maxLength');
    // The date picker offers the range the page computed on the server.
    expect(html).toMatch(/type="date" min="2025-12-01" max="2028-12-01"/);
  });

  it('knows when a paste is cut off at the limit', () => {
    const box = (value: string, start: number | null = value.length, end: number | null = start) => ({
      value,
      selectionStart: start,
      selectionEnd: end,
    });
    expect(pasteIsCut(box(''), 'x'.repeat(2000), 2000)).toBe(false);
    expect(pasteIsCut(box(''), 'x'.repeat(2001), 2000)).toBe(true);
    expect(pasteIsCut(box('abc'), 'x'.repeat(1998), 2000)).toBe(true);
    // Pasting over a selection replaces it.
    expect(pasteIsCut(box('abc', 0, 3), 'x'.repeat(2000), 2000)).toBe(false);
    // Windows line ends count once.
    expect(pasteIsCut(box(''), 'ab\r\n'.repeat(500), 1500)).toBe(false);
  });

  it('counts the open questions of a questionnaire done again in the portal too', () => {
    const handlers = { focus: () => {}, text: () => {}, openKeyDown: () => {} } as unknown as QuestionHandlers;
    const question = { key: 'own', text: 'Wat wil je nog kwijt?' } as never;
    const html = render(
      createElement(OpenQuestion, { question, index: 0, mode: 'client', text: 'x'.repeat(4500), current: true, problem: null, handlers }),
    );
    expect(html).toContain(
      '<p id="open-own-count" class="field-hint empty:hidden" data-testid="character-count">4.500 van de 5.000 tekens</p>',
    );
    expect(html).toMatch(/aria-describedby="open-own-hint open-own-count"/);
  });
});

/** The new client form's first name with the error a too-long name gets (from the schema or the action). */
function FirstName() {
  return Field({
    id: 'first-name',
    label: 'Voornaam',
    error: { type: 'too_big', message: 'validation.tooLongMax?max=100' },
    children: (props) => createElement('input', props),
  });
}

describe('a field error names the limit it broke', () => {
  it('reads the limit a schema or an action sends with the message', () => {
    const html = (locale: 'nl' | 'en') => render(createElement(FirstName), locale);
    expect(html('nl')).toContain('Dit is te lang: hoogstens 100 tekens.');
    expect(html('en')).toContain('Too long: at most 100 characters.');
  });
});

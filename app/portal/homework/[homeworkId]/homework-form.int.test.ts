import { createElement } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formTemplates } from '@/lib/homework/templates';
import { renderClientHtml } from '@/lib/testing/render-client';
import { HomeworkForm } from './homework-form';

// The saves' answers as the autosave hook last heard them: what the form shows next to its fields.
const autosave = vi.hoisted(() => ({ refusals: {} as Record<string, string> }));
vi.mock('@/app/_components/autosave/use-autosave', () => ({
  useAutosave: () => ({
    save: () => {},
    flush: async () => {},
    status: 'saved',
    pendingCount: 0,
    refusals: autosave.refusals,
    lastSavedAt: null,
    pendingValues: () => ({}),
  }),
}));
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ push: () => {}, replace: () => {}, refresh: () => {}, back: () => {}, prefetch: () => {} }),
}));

beforeEach(() => {
  autosave.refusals = {};
});

// The energy diary: seven days, so its parts fold (a <details> per day).
const diary = (locale: 'nl' | 'en' = 'nl') =>
  renderClientHtml(
    createElement(HomeworkForm, {
      homeworkId: '3f0c2b7e-1d2a-4b3c-9d8e-0f1a2b3c4d5e',
      groups: formTemplates.energy_diary.groups,
      locale,
      initialAnswers: { 'day1.gave': 'Een wandeling' },
      dateRange: { min: '2025-12-01', max: '2028-12-01' },
    }),
    locale,
  );

/** The opening tag of the element with this id. */
const tag = (html: string, id: string) => new RegExp(`<[a-z]+ [^>]*\\bid="${id}"[^>]*>`).exec(html)?.[0] ?? '';
/** The text of the element with this id (no nested elements). */
const text = (html: string, id: string) => new RegExp(`\\bid="${id}"[^>]*>([^<]*)<`).exec(html)?.[1] ?? null;

describe('an answer replaced by the one the client gave on another device', () => {
  const replaced =
    'Je hebt dit antwoord intussen op een ander apparaat veranderd. Dat nieuwere antwoord staat er nu; pas het aan als het niet klopt.';

  it('is said next to the field as information, politely, without marking the field as wrong', () => {
    autosave.refusals = { 'day1.gave': 'stale', 'day1.energy': 'stale' };
    const html = diary();
    const box = tag(html, 'hw-day1-gave');
    expect(box).not.toContain('aria-invalid="true"');
    expect(box).toMatch(/aria-describedby="[^"]*hw-day1-gave-notice/);
    expect(tag(html, 'hw-day1-gave-notice')).toContain('role="status"');
    expect(tag(html, 'hw-day1-gave-notice')).not.toContain('field-error');
    expect(text(html, 'hw-day1-gave-notice')).toBe(replaced);
    expect(html).not.toContain('id="hw-day1-gave-error"');
    // The 0–10 scale the same: no radio marked invalid, the notice read with the question.
    expect(html).not.toMatch(/name="hw-day1-energy"[^>]*aria-invalid="true"/);
    expect(text(html, 'hw-day1-energy-notice')).toBe(replaced);
    expect(html).not.toContain('id="hw-day1-energy-error"');
  });

  it('leaves a refusal that is a problem marked as an error', () => {
    autosave.refusals = { 'day1.drained': 'already_submitted' };
    const html = diary();
    expect(tag(html, 'hw-day1-drained')).toContain('aria-invalid="true"');
    expect(tag(html, 'hw-day1-drained-error')).toContain('role="alert"');
    expect(text(html, 'hw-day1-drained-notice')).toBe('');
  });

  it('shows no notice for a field that was saved', () => {
    const html = diary();
    expect(tag(html, 'hw-day1-gave')).toContain('aria-invalid="false"');
    expect(text(html, 'hw-day1-gave-notice')).toBe('');
    expect(tag(html, 'hw-day1-gave')).not.toContain('hw-day1-gave-notice');
  });
});

describe('the folded parts of a long homework form', () => {
  const summaries = (html: string) => [...html.matchAll(/<summary\b[^>]*>([\s\S]*?)<\/summary>/g)];

  it('have no heading inside the summary (a button, where a heading means nothing and is invalid)', () => {
    const found = summaries(diary());
    expect(found).toHaveLength(7);
    for (const [, inside] of found) expect(inside).not.toMatch(/<h[1-6]\b/);
  });

  it('are still found by heading navigation, folded or not: a heading per part, outside its details', () => {
    for (const locale of ['nl', 'en'] as const) {
      const html = diary(locale);
      for (let day = 1; day <= 7; day++) {
        const title = locale === 'nl' ? `Dag ${day}` : `Day ${day}`;
        // The heading just before the part's <details> (inside it, a folded part would hide it too).
        expect(html).toMatch(new RegExp(`<h2 [^>]*>${title}</h2><details\\b`));
      }
    }
  });

  it('render the questions of the open parts only: the part with an answer and the first empty one', () => {
    const html = diary();
    const details = [...html.matchAll(/<details\b([^>]*)>([\s\S]*?)<\/details>/g)];
    expect(details).toHaveLength(7);
    // Day 1 has an answer, day 2 is the first empty day; the others are folded, with their title only.
    expect(details.map(([, attributes]) => /\bopen=""/.test(attributes!))).toEqual([true, true, false, false, false, false, false]);
    for (const day of [1, 2]) expect(html).toContain(`id="hw-day${day}-drained"`);
    for (const day of [3, 4, 5, 6, 7]) {
      expect(html).not.toContain(`hw-day${day}-`);
      expect(details[day - 1]![2]).toMatch(new RegExp(`^<summary\\b[\\s\\S]*Dag ${day}[\\s\\S]*</summary>$`));
    }
  });

  it('keep the title in a whole-width tap target of at least 44 px', () => {
    for (const [whole, inside] of summaries(diary())) {
      expect(whole).toMatch(/<summary class="[^"]*\bmin-h-12\b[^"]*\bjustify-between\b/);
      expect(inside).toMatch(/^<span class="text-base font-semibold">Dag \d<\/span>/);
    }
  });
});

describe('handing in', () => {
  it('is the hand-in button’s own press: the form has no submit button, which Enter or “Go” in a field would press', () => {
    const html = diary();
    expect(html).not.toMatch(/<(button|input)\b[^>]*\btype="submit"/);
    const buttons = [...html.matchAll(/<button\b([^>]*)>([^<]*)<\/button>/g)].filter(([, , label]) => label === 'Inleveren');
    expect(buttons).toHaveLength(1);
    expect(buttons[0]![1]).toMatch(/\btype="button"/);
  });
});

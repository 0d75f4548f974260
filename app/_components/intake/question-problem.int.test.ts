import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { renderClientHtml } from '@/lib/testing/render-client';
import { OpenQuestion } from './open-question';
import { type QuestionHandlers, type QuestionProblem, ScaleQuestion } from './scale-question';

// A question of the intake (or a questionnaire done again in the portal) with a refused save, as the browser first gets it.
const handlers = { focus: () => {}, text: () => {}, openKeyDown: () => {}, itemKeyDown: () => {} } as unknown as QuestionHandlers;
const scale = { min: 0, max: 6, labels: [{ value: 0, label: 'Nooit' }] };

const scaleQuestion = (problem: QuestionProblem | null) =>
  renderClientHtml(
    createElement(ScaleQuestion, {
      item: { key: 'wl1', text: 'Ik heb te veel werk.' },
      index: 0,
      number: 1,
      scale,
      mode: 'coach',
      value: 4,
      note: '',
      noteOpen: false,
      current: true,
      problem,
      handlers,
    }),
  );
const openQuestion = (problem: QuestionProblem | null) =>
  renderClientHtml(
    createElement(OpenQuestion, {
      question: { key: 'own', text: 'Wat wil je nog kwijt?' },
      index: 1,
      mode: 'client',
      text: 'x',
      current: false,
      problem,
      handlers,
    }),
  );

/** The opening tag of the element with this attribute. */
const tag = (html: string, attribute: string) => new RegExp(`<[a-z]+ [^>]*${attribute}[^>]*>`).exec(html)?.[0] ?? '';

describe('a question whose save was refused', () => {
  const replaced = 'Dit antwoord is intussen op een ander apparaat gewijzigd.';

  it('shows a newer answer kept from another device as information, not as a wrong answer', () => {
    const html = scaleQuestion({ text: replaced, tone: 'notice' });
    const group = tag(html, 'role="radiogroup"');
    expect(group).not.toContain('aria-invalid');
    expect(group).toContain('aria-describedby="q-wl1-error"');
    expect(tag(html, 'id="q-wl1-error"')).toContain('role="status"');
    expect(tag(html, 'id="q-wl1-error"')).not.toContain('field-error');
    expect(html).toContain(replaced);

    const open = openQuestion({ text: replaced, tone: 'notice' });
    expect(tag(open, 'id="open-own"')).not.toContain('aria-invalid');
    expect(tag(open, 'id="open-own-error"')).toContain('role="status"');
  });

  it('still marks a real refusal as an error', () => {
    const html = scaleQuestion({ text: 'Dit antwoord kon niet worden opgeslagen.', tone: 'error' });
    expect(tag(html, 'role="radiogroup"')).toContain('aria-invalid="true"');
    expect(tag(html, 'id="q-wl1-error"')).toContain('role="alert"');
    expect(tag(html, 'id="q-wl1-error"')).toContain('field-error');
    expect(tag(openQuestion({ text: 'Niet opgeslagen.', tone: 'error' }), 'id="open-own"')).toContain('aria-invalid="true"');
  });

  it('says nothing when the save went through', () => {
    const html = scaleQuestion(null);
    expect(tag(html, 'role="radiogroup"')).not.toContain('aria-invalid');
    expect(html).not.toContain('q-wl1-error');
  });
});

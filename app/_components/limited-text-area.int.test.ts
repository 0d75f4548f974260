import { createElement } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { recordConsentSchema } from '@/lib/schemas/consent';
import { planItemFields } from '@/lib/schemas/plan';
import { sessionRecordSchema } from '@/lib/schemas/session';
import { renderClientHtml } from '@/lib/testing/render-client';
import { TEXT_LIMITS } from '@/lib/text-limits';
import { LimitedTextArea } from './limited-text-area';

// The coach's free-text boxes (session notes, plan items, client and employer notes), rendered as the browser first
// gets them: the limit is the schema's, and the counter shows near it.

function Notes({ value, max }: { value: string; max: number }) {
  const form = useForm({ defaultValues: { privateNotes: value } });
  return createElement(LimitedTextArea<{ privateNotes: string }>, {
    id: 'notes',
    'aria-describedby': 'notes-hint',
    control: form.control,
    registration: form.register('privateNotes'),
    max,
  });
}

const render = (value: string, max: number, locale: 'nl' | 'en' = 'nl') => renderClientHtml(createElement(Notes, { value, max }), locale);

const counter = (html: string) => /<p id="notes-count"[^>]*>([^<]*)<\/p>/.exec(html)?.[1] ?? null;

describe('a coach text box with a limit', () => {
  it('stops at the limit and points to its counter, next to the field hint', () => {
    const html = render('kort', TEXT_LIMITS.sessionPrivateNotes);
    expect(html).toContain('maxLength="20000"');
    expect(html).toContain('aria-describedby="notes-hint notes-count"');
    expect(html).toContain('name="privateNotes"');
    expect(counter(html)).toBe('');
  });

  it('counts from 90 % of the limit on, in both languages, and says when it is reached', () => {
    expect(counter(render('x'.repeat(18_000), TEXT_LIMITS.sessionPrivateNotes))).toBe('18.000 van de 20.000 tekens');
    expect(counter(render('x'.repeat(450), TEXT_LIMITS.consentNote, 'en'))).toBe('450 of 500 characters');
    expect(counter(render('x'.repeat(2000), TEXT_LIMITS.planDescription))).toBe(
      'Maximum bereikt: 2.000 tekens. Wat je meer typt of plakt, valt weg.',
    );
  });
});

describe('the limits the forms show are the ones the server keeps', () => {
  const id = '00000000-0000-4000-8000-000000000000';
  it.each([
    ['sessionPrivateNotes', (v: string) => sessionRecordSchema.shape.privateNotes.safeParse(v).success],
    ['sessionClientSummary', (v: string) => sessionRecordSchema.shape.clientSummary.safeParse(v).success],
    ['sessionAgreedHomework', (v: string) => sessionRecordSchema.shape.agreedHomework.safeParse(v).success],
    ['planDescription', (v: string) => planItemFields.shape.description.safeParse(v).success],
    ['planEmployerWording', (v: string) => planItemFields.shape.employerWording.safeParse(v).success],
    ['planRationale', (v: string) => planItemFields.shape.rationale.safeParse(v).success],
    [
      'consentNote',
      (v: string) => recordConsentSchema.safeParse({ clientId: id, kind: 'employer_sharing', action: 'given', note: v }).success,
    ],
  ] as const)('%s', (key, accepts) => {
    expect(accepts('x'.repeat(TEXT_LIMITS[key]))).toBe(true);
    expect(accepts('x'.repeat(TEXT_LIMITS[key] + 1))).toBe(false);
  });
});

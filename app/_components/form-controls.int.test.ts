import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { renderClientHtml } from '@/lib/testing/render-client';
import { Field } from './form-controls';

// The forms are noValidate (zod checks them): a required field is told to screen readers with aria-required, not with
// the HTML `required` that would bring the browser's own check back (WCAG 3.3.2, 4.1.2).
const field = (required?: boolean) =>
  renderClientHtml(
    createElement(() => Field({ id: 'email', label: 'E-mailadres', required, children: (props) => createElement('input', props) })),
  );

describe('a form field', () => {
  it('tells assistive technology that a required field is required', () => {
    const html = field(true);
    expect(html).toContain('aria-required="true"');
    expect(html).not.toMatch(/\srequired(=|\s|>)/);
  });

  it('says nothing about an optional field', () => {
    expect(field()).not.toContain('aria-required');
    expect(field(false)).not.toContain('aria-required');
  });
});

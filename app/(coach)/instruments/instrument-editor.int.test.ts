import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { instrumentTemplate } from '@/lib/intake/instrument-templates';
import { renderClientHtml } from '@/lib/testing/render-client';
import { InstrumentEditor } from './instrument-editor';

vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ push: () => {}, replace: () => {}, refresh: () => {}, back: () => {}, prefetch: () => {} }),
}));

describe('the questionnaire editor', () => {
  it('names the languages of the pasted items in the page’s language', () => {
    const english = renderClientHtml(createElement(InstrumentEditor, { initial: instrumentTemplate('blank') }), 'en');
    expect(english).toContain('<option value="nl" selected="">Dutch</option><option value="en">English</option>');
    const dutch = renderClientHtml(createElement(InstrumentEditor, { initial: instrumentTemplate('blank') }));
    expect(dutch).toContain('<option value="nl" selected="">Nederlands</option><option value="en">Engels</option>');
  });

  it('offers each item’s subscales by name in the page’s language, with the code beside it', () => {
    const english = renderClientHtml(createElement(InstrumentEditor, { initial: instrumentTemplate('uwes9') }), 'en');
    expect(english).toContain('<option value="vigour">Vigour (vigour)</option><option value="dedication">Dedication (dedication)</option>');
    const dutch = renderClientHtml(createElement(InstrumentEditor, { initial: instrumentTemplate('uwes9') }));
    expect(dutch).toContain(
      '<option value="vigour">Vitaliteit (vigour)</option><option value="dedication">Toewijding (dedication)</option>',
    );
    // A subscale without a name yet (a new one, half typed) is offered by its code.
    const unnamed = instrumentTemplate('uwes9');
    unnamed.subscales[1]!.name = { nl: '', en: '' };
    expect(renderClientHtml(createElement(InstrumentEditor, { initial: unnamed }))).toContain(
      '<option value="dedication">dedication</option>',
    );
  });
});

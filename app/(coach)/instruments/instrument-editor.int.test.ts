import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { draftDiffers, restoredValues } from '@/lib/autosave/form-draft';
import { batLikeInput } from '@/lib/instruments/test-fixtures';
import { instrumentTemplate } from '@/lib/intake/instrument-templates';
import { renderClientHtml } from '@/lib/testing/render-client';
import { editorValues, InstrumentEditor, saveInput } from './instrument-editor';

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

  it('keeps the request id in its draft: a reload after a lost answer saves with the id the first press sent', () => {
    // A new questionnaire (its draft has no base: use-form-draft.ts) and an edit of version 1 (its draft has one).
    for (const [initial, existing] of [
      [instrumentTemplate('blank'), undefined],
      [batLikeInput(), { key: 'bat-23', version: 1 }],
    ] as const) {
      const opened = editorValues(initial);
      const typed = { ...opened, name: { nl: 'BAT-23', en: '' } };
      // The reload: the form opens with an id of its own, then use-form-draft puts the draft back on top of it.
      const reopened = editorValues(initial);
      expect(reopened.requestId).not.toBe(opened.requestId);
      const base = existing ? opened : undefined;
      const restored = restoredValues(typed, reopened, base);
      expect(draftDiffers(restored, reopened)).toBe(true);
      const sent = saveInput(restored, existing);
      expect(sent).toMatchObject({ requestId: opened.requestId, key: existing?.key, baseVersion: existing?.version });
      // The id goes beside the definition, not in it.
      expect(sent.definition).toEqual(saveInput(typed).definition);
      expect(sent.definition).not.toHaveProperty('requestId');
      // A draft with nothing typed is not put back only for its id.
      expect(draftDiffers(restoredValues(opened, reopened, base), reopened)).toBe(false);
    }
  });
});

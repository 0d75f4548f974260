import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { draftDiffers, restoredValues } from '@/lib/autosave/form-draft';
import { messagesFor } from '@/lib/i18n/messages';
import { batLikeInput } from '@/lib/instruments/test-fixtures';
import { instrumentTemplate } from '@/lib/intake/instrument-templates';
import { renderClientHtml } from '@/lib/testing/render-client';
import { editorValues, InstrumentEditor, refusedIssues, saveInput } from './instrument-editor';

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

  it('gives every problem of a refused save the names it is about, not the first one’s only', () => {
    // Two problems that name different things: a duplicate item code ({key}) and a subscale without items ({subscale}).
    const definition = batLikeInput();
    definition.items.push({ key: 'distance_2', text: { nl: 'Nog een', en: '' }, subscale: 'distance' });
    definition.subscales.push({ key: 'cognitief', name: { nl: 'Cognitief', en: '' }, group: 'burnout' });
    // The server's answer (lib/intake/custom-instruments.ts): every problem, the names of the first.
    const fieldErrors = { 'items.10.key': 'instrument.duplicateItemKey', 'subscales.3': 'instrument.emptySubscale' };
    const issues = refusedIssues(fieldErrors, { key: 'distance_2' }, definition);
    expect(issues).toEqual([
      { path: 'items.10.key', message: 'instrument.duplicateItemKey', params: { key: 'distance_2' } },
      { path: 'subscales.3', message: 'instrument.emptySubscale', params: { subscale: 'cognitief' } },
    ]);
    // Both messages have what they ask for.
    const instrument = messagesFor('nl').instrument as Record<string, string>;
    for (const issue of issues) {
      const asked = [...(instrument[issue.message.replace('instrument.', '')] ?? '').matchAll(/\{(\w+)/g)].map((m) => m[1]);
      expect(asked.length).toBeGreaterThan(0);
      for (const name of asked) expect(issue.params).toHaveProperty(name!);
    }
    // A problem this browser's check does not find (newer rules on the server) keeps the answer's names if it is the first.
    expect(refusedIssues({ 'items.0.key': 'instrument.duplicateItemKey', 'items.1.key': 'x' }, { key: 'k' }, batLikeInput())).toEqual([
      { path: 'items.0.key', message: 'instrument.duplicateItemKey', params: { key: 'k' } },
      { path: 'items.1.key', message: 'x', params: {} },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import en from '../i18n/messages/intake.en.json';
import nl from '../i18n/messages/intake.nl.json';
import { instrumentMessages } from '../instruments/messages';
import { scoringMessages } from '../scoring/messages';

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

describe('intake message files', () => {
  it('hold the instrument and scoring texts exactly as lib/instruments and lib/scoring define them', () => {
    for (const [lang, tree] of [
      ['nl', nl],
      ['en', en],
    ] as const) {
      for (const [key, text] of Object.entries({ ...instrumentMessages[lang], ...scoringMessages[lang] })) {
        expect(lookup(tree, key), `${lang}: ${key}`).toBe(text);
      }
    }
  });

  it('have a refusal text for every field error key the intake service returns', () => {
    for (const key of ['unknownItem', 'valueOutOfScale', 'textNotAllowed', 'valueNotAllowed', 'nothingToSave', 'measurementCompleted']) {
      expect(lookup(nl, `intake.${key}`), key).toBeTruthy();
      expect(lookup(en, `intake.${key}`), key).toBeTruthy();
    }
  });

  it('tell the coach who sees a note as the results page does: every coach of the practice, not only the one writing it', () => {
    for (const tree of [nl, en]) {
      const audience = String(lookup(tree, 'results.notesIntro')).replace(/\.$/, '');
      expect(String(lookup(tree, 'intake.noteHint'))).toContain(audience);
    }
    expect(lookup(nl, 'intake.noteHint')).not.toMatch(/alleen voor jou/i);
    expect(lookup(en, 'intake.noteHint')).not.toMatch(/only visible to you/i);
  });
});

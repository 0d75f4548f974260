import { describe, expect, it } from 'vitest';
import type { FormInstrument } from '@/lib/intake/form-instrument';
import { formSections, formSteps, OWN_WORDS_SECTION } from '@/lib/intake/form-layout';
import { withOwnWordsTitle } from './measure-again';

const instrument: FormInstrument = {
  description: '',
  scale: { min: 1, max: 5, labels: [] },
  sections: [{ key: 'work', title: 'Werk', items: [{ key: 'w1', text: 'Vraag' }] }],
  openQuestions: [
    { key: 'linked', text: 'Bij werk', section: 'work' },
    { key: 'drains', text: 'Wat kost energie?' },
    { key: 'orphan', text: 'Los', section: 'gone' },
  ],
};

describe('the closing open questions in the client’s own title', () => {
  it('gives that section the client’s title, with the same questions, keys and order as before', () => {
    const before = formSections(instrument);
    const after = formSections(withOwnWordsTitle(instrument, 'In your own words'));
    expect(before.at(-1)).toMatchObject({ key: OWN_WORDS_SECTION, title: null });
    expect(after.at(-1)).toMatchObject({ key: OWN_WORDS_SECTION, title: 'In your own words' });
    expect(after.map((s) => [s.key, s.openQuestions.map((q) => q.key)])).toEqual(
      before.map((s) => [s.key, s.openQuestions.map((q) => q.key)]),
    );
    expect(formSteps(after)).toEqual(formSteps(before));
  });

  it('leaves an instrument without such questions as it is', () => {
    const linked = { ...instrument, openQuestions: [instrument.openQuestions[0]!] };
    expect(withOwnWordsTitle(linked, 'In your own words')).toBe(linked);
  });
});

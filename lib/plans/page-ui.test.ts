import { describe, expect, it } from 'vitest';
import { firstNewlyShown, incompleteDateFields, planItemAnchor, repeatedReasons, suggestionAfterDismissal, withEditor } from './page-ui';

describe('withEditor', () => {
  it('keeps the first editor open when a second one opens', () => {
    const one = withEditor(new Set(), 'a', true);
    const two = withEditor(one, 'b', true);
    expect([...two].sort()).toEqual(['a', 'b']);
  });

  it('closes only the editor that was saved or cancelled', () => {
    const open = withEditor(withEditor(new Set(), 'a', true), 'b', true);
    expect([...withEditor(open, 'a', false)]).toEqual(['b']);
  });

  it('returns the same set when nothing changes (no needless render)', () => {
    const open = new Set(['a']);
    expect(withEditor(open, 'a', true)).toBe(open);
    expect(withEditor(open, 'b', false)).toBe(open);
  });
});

describe('planItemAnchor', () => {
  it('names an item card by its id', () => {
    expect(planItemAnchor('0192')).toBe('plan-item-0192');
  });
});

describe('suggestionAfterDismissal', () => {
  it('is the next suggestion, which moves into the dismissed one’s place', () => {
    expect(suggestionAfterDismissal(['a', 'b', 'c'], 'b')).toBe('c');
    expect(suggestionAfterDismissal(['a', 'b', 'c'], 'a')).toBe('b');
  });

  it('is the one before when the last was dismissed', () => {
    expect(suggestionAfterDismissal(['a', 'b', 'c'], 'c')).toBe('b');
  });

  it('is none when the list is empty afterwards (the heading takes the focus)', () => {
    expect(suggestionAfterDismissal(['a'], 'a')).toBeNull();
  });

  it('is the first one when the dismissed suggestion is no longer listed', () => {
    expect(suggestionAfterDismissal(['a', 'b'], 'x')).toBe('a');
    expect(suggestionAfterDismissal([], 'x')).toBeNull();
  });
});

describe('firstNewlyShown', () => {
  it('is the first suggestion past the ones shown', () => {
    expect(firstNewlyShown(['a', 'b', 'c', 'd'], 2)).toBe('c');
  });

  it('is none when all were shown', () => {
    expect(firstNewlyShown(['a', 'b'], 2)).toBeNull();
    expect(firstNewlyShown(['a'], 6)).toBeNull();
  });
});

describe('incompleteDateFields', () => {
  const input = (badInput: boolean) => ({ validity: { badInput } });

  it('finds a half-typed date, which reads as an empty value', () => {
    expect(incompleteDateFields({ dueDate: input(true), reviewDate: input(false) })).toEqual(['dueDate']);
    expect(incompleteDateFields({ dueDate: input(true), reviewDate: input(true) })).toEqual(['dueDate', 'reviewDate']);
  });

  it('passes empty and complete dates, and fields not on the page', () => {
    expect(incompleteDateFields({ dueDate: input(false), reviewDate: null })).toEqual([]);
    expect(incompleteDateFields({ dueDate: undefined })).toEqual([]);
  });
});

describe('repeatedReasons', () => {
  const risk = ['Hoge taakeisen (68) en weinig hulpbronnen (36).', 'Een van de zwaarste taakeisen: Werkdruk (88).'];
  it('refers each suggestion that repeats the reasons above it to the first of that run', () => {
    const list = [
      { title: 'Driegesprek', reasons: risk },
      { title: 'Energiebalans', reasons: risk },
      { title: 'Teamgesprek', reasons: [...risk] },
      { title: 'Focustijd', reasons: ['Werkdruk (88).', 'Tijdsdruk (80).'] },
      { title: 'Microrust', reasons: ['Werkdruk (88).', 'Tijdsdruk (80).'] },
    ];
    expect(repeatedReasons(list)).toEqual([null, 'Driegesprek', 'Driegesprek', null, 'Focustijd']);
  });

  it('says a single reason again, and compares with the suggestion just above only', () => {
    const one = ['Werkdruk (88).'];
    expect(
      repeatedReasons([
        { title: 'A', reasons: one },
        { title: 'B', reasons: one },
        { title: 'C', reasons: risk },
        { title: 'D', reasons: one },
        { title: 'E', reasons: risk },
      ]),
    ).toEqual([null, null, null, null, null]);
  });
});

import { describe, expect, it } from 'vitest';
import { completePress, revealAfterComplete } from './complete-flow';

describe('completePress', () => {
  it('asks first while questions are open', () => {
    expect(completePress(3, false)).toBe('confirm');
  });

  it('completes when all is answered, or when the press confirms', () => {
    expect(completePress(0, false)).toBe('complete');
    expect(completePress(3, true)).toBe('complete');
  });
});

describe('revealAfterComplete', () => {
  it('moves keyboard focus to the confirmation, wherever the pressed button was', () => {
    expect(revealAfterComplete('confirm', false)).toEqual({ target: 'confirmation', focus: true });
  });

  it('brings a problem into view, and focuses it only when the pressed button is gone', () => {
    expect(revealAfterComplete('problem', false)).toEqual({ target: 'problem', focus: false });
    expect(revealAfterComplete('problem', true)).toEqual({ target: 'problem', focus: true });
  });

  it('does nothing once the measurement is completed (the page moves on)', () => {
    expect(revealAfterComplete('done', true)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { startButtonBusy } from './start-button';

describe('startButtonBusy', () => {
  it('is busy while the action runs', () => {
    expect(startButtonBusy({ isSubmitting: true, isSubmitSuccessful: false, refused: false })).toBe(true);
  });

  it('stays busy after a start that succeeded, while the intake opens', () => {
    expect(startButtonBusy({ isSubmitting: false, isSubmitSuccessful: true, refused: false })).toBe(true);
  });

  it('is usable again at once after a refusal, which react-hook-form counts as a successful submit', () => {
    expect(startButtonBusy({ isSubmitting: false, isSubmitSuccessful: true, refused: true })).toBe(false);
  });

  it('is usable before any submit and after one with field errors', () => {
    expect(startButtonBusy({ isSubmitting: false, isSubmitSuccessful: false, refused: false })).toBe(false);
    expect(startButtonBusy({ isSubmitting: false, isSubmitSuccessful: false, refused: true })).toBe(false);
  });
});

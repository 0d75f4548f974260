import { describe, expect, it } from 'vitest';
import { checkInV1, jdrIntakeV1 } from '../instruments';
import { allItems } from '../instruments/types';
import { checkAnswer } from './answer-rules';
import {
  clearsAnswer,
  digitRange,
  digitValue,
  formSections,
  formSteps,
  noteKeyAction,
  OWN_WORDS_SECTION,
  progressOf,
  resumeIndex,
  resumeStep,
  sectionProgress,
} from './form-layout';

describe('form layout', () => {
  it('asks every item and open question once, open questions after their section', () => {
    const sections = formSections(jdrIntakeV1);
    const steps = formSteps(sections);
    expect(steps).toHaveLength(allItems(jdrIntakeV1).length + jdrIntakeV1.openQuestions.length);
    expect(new Set(steps.map((s) => s.key)).size).toBe(steps.length);
    const demands = sections.find((s) => s.key === 'work_demands');
    expect(demands?.openQuestions.map((q) => q.key)).toEqual(['energy_drains']);
    const last = sections.at(-1);
    expect(last?.key).toBe(OWN_WORDS_SECTION);
    expect(last?.title).toBeNull();
    expect(last?.openQuestions.map((q) => q.key)).toEqual(['most_helpful', 'employer_change']);
    const drainIndex = steps.findIndex((s) => s.key === 'energy_drains');
    expect(steps[drainIndex - 1]?.section).toBe('work_demands');
    expect(steps[drainIndex + 1]?.section).toBe('work_resources');
  });

  it('counts progress: a value for an item, non-blank text for an open question', () => {
    const sections = formSections(checkInV1);
    const steps = formSteps(sections);
    const answers = {
      demands_1: { value: 3, text: null, note: null },
      demands_2: { value: null, text: null, note: 'alleen een notitie' },
      energy_drains: { value: null, text: '   ', note: null },
      energy_sources: { value: null, text: 'wandelen', note: null },
    };
    expect(progressOf(steps, answers)).toEqual({ answered: 2, total: 14 });
    expect(sectionProgress(sections, answers)).toEqual({
      work: { answered: 1, total: 6 },
      energy: { answered: 0, total: 6 },
      [OWN_WORDS_SECTION]: { answered: 1, total: 2 },
    });
  });

  it('resumes at the first unanswered step, or the last when all are answered', () => {
    const steps = formSteps(formSections(checkInV1));
    expect(resumeStep(steps, {})).toBe(0);
    expect(resumeStep(steps, { demands_1: { value: 2 }, demands_2: { value: 4 } })).toBe(2);
    const all = Object.fromEntries(steps.map((s) => [s.key, s.kind === 'item' ? { value: 3 } : { text: 'x' }]));
    expect(resumeStep(steps, all)).toBe(steps.length - 1);
  });

  it('picks up at the remembered step, unless the answers have moved past it', () => {
    const steps = formSteps(formSections(checkInV1));
    const two = { demands_1: { value: 2 }, demands_2: { value: 4 } };
    expect(resumeIndex(steps, two, undefined)).toBe(2);
    // Skipped ahead: the coach was on step 5 with 2–4 open.
    expect(resumeIndex(steps, two, 5)).toBe(5);
    // Behind the work: step 0 is answered, and so is the next; the keyboard goes to the first open one.
    expect(resumeIndex(steps, two, 0)).toBe(2);
    expect(resumeIndex(steps, {}, 0)).toBe(0);
  });

  it('maps a digit key to a value only within the scale', () => {
    const scale = { min: 1, max: 5 };
    expect(digitValue('1', scale)).toBe(1);
    expect(digitValue('5', scale)).toBe(5);
    expect(digitValue('0', scale)).toBeNull();
    expect(digitValue('6', scale)).toBeNull();
    expect(digitValue('n', scale)).toBeNull();
    expect(digitValue('0', { min: 0, max: 6 })).toBe(0);
  });

  it('names in the shortcut help only the values a digit key can give, or none', () => {
    expect(digitRange({ min: 1, max: 5 })).toEqual({ min: 1, max: 5 });
    expect(digitRange({ min: 0, max: 10 })).toEqual({ min: 0, max: 9 });
    // Was "10–9": no single digit answers a 10–20 scale.
    expect(digitRange({ min: 10, max: 20 })).toBeNull();
    // Was "-2–2": the minus cannot be typed, 0, 1 and 2 can.
    expect(digitRange({ min: -2, max: 2 })).toEqual({ min: 0, max: 2 });
    expect(digitRange({ min: -5, max: -1 })).toBeNull();
    expect(digitRange({ min: 9, max: 12 })).toEqual({ min: 9, max: 9 });
    // The help and the keys agree: every digit in the range answers, none outside it does.
    for (const scale of [
      { min: 1, max: 5 },
      { min: -2, max: 2 },
      { min: 3, max: 15 },
    ]) {
      const range = digitRange(scale)!;
      for (let d = 0; d <= 9; d++) {
        const inRange = d >= range.min && d <= range.max;
        expect(digitValue(String(d), scale) !== null, `${d} on ${scale.min}–${scale.max}`).toBe(inRange);
      }
    }
  });

  it('`n` on a question whose note is open already takes the coach into that note', () => {
    expect(noteKeyAction(false)).toBe('open');
    expect(noteKeyAction(true)).toBe('focus');
  });

  it('clears an answer with Backspace or Delete, which the server accepts (null) and the form counts as open again', () => {
    expect(clearsAnswer('Backspace')).toBe(true);
    expect(clearsAnswer('Delete')).toBe(true);
    expect(clearsAnswer('n')).toBe(false);
    expect(clearsAnswer('0')).toBe(false);
    const item = checkInV1.sections[0]!.items[0]!;
    expect(checkAnswer(checkInV1, { itemKey: item.key, value: null })).toBeNull();
    const steps = formSteps(formSections(checkInV1));
    expect(progressOf(steps, { [item.key]: { value: null, text: null, note: null } }).answered).toBe(0);
  });
});

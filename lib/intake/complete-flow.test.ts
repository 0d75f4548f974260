import { describe, expect, it } from 'vitest';
import {
  completedElsewhere,
  completePress,
  pastLastStep,
  refusedFields,
  revealAfterComplete,
  splitFieldKey,
  withoutRefused,
} from './complete-flow';
import { formSteps, progressOf } from './form-layout';

describe('completePress', () => {
  it('asks first while questions are open', () => {
    expect(completePress(3, false)).toBe('confirm');
  });

  it('completes when all is answered, or when the press confirms', () => {
    expect(completePress(0, false)).toBe('complete');
    expect(completePress(3, true)).toBe('complete');
  });
});

describe('pastLastStep', () => {
  it('goes on from the last question to Afronden, or to the confirmation that stands in its place', () => {
    expect(pastLastStep(false)).toBe('complete');
    // The button below the questions is unmounted while the confirmation is open: focus goes to the confirmation.
    expect(pastLastStep(true)).toBe('confirmation');
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

describe('refused answers', () => {
  const answers = {
    workload_1: { value: 3, text: null, note: 'zwaar' },
    workload_2: { value: 4, text: null, note: null },
    energy_drains: { value: null, text: 'Alles tegelijk', note: null },
  };

  it('splits a queue key into its item and field', () => {
    expect(splitFieldKey('workload_1')).toEqual({ itemKey: 'workload_1', field: 'value' });
    expect(splitFieldKey('energy_drains#text')).toEqual({ itemKey: 'energy_drains', field: 'text' });
    expect(splitFieldKey('workload_1#note')).toEqual({ itemKey: 'workload_1', field: 'note' });
  });

  it('lists the refusals that are errors, not the notices (a newer answer kept, a fault of ours that is retried)', () => {
    expect(
      refusedFields({ workload_1: 'forbidden', 'energy_drains#text': 'consent_required', workload_2: 'stale', workload_3: 'server' }),
    ).toEqual([
      { key: 'workload_1', code: 'forbidden' },
      { key: 'energy_drains#text', code: 'consent_required' },
    ]);
    expect(refusedFields({ workload_2: 'stale' })).toEqual([]);
  });

  it('counts a value or open answer the server refused as not answered; a refused note leaves the answer counted', () => {
    const steps = formSteps([
      {
        key: 'demands',
        title: 'Eisen',
        items: [{ key: 'workload_1' }, { key: 'workload_2' }],
        openQuestions: [{ key: 'energy_drains' }],
      },
    ] as never);
    expect(progressOf(steps, answers).answered).toBe(3);
    const refused = { workload_1: 'forbidden', 'energy_drains#text': 'consent_required', 'workload_2#note': 'not_found' };
    const stored = withoutRefused(answers, refused);
    expect(progressOf(steps, stored)).toEqual({ answered: 1, total: 3 });
    expect(stored.workload_1).toEqual({ value: null, text: null, note: 'zwaar' });
    // A notice is no refusal of the value: still answered.
    expect(progressOf(steps, withoutRefused(answers, { workload_1: 'stale', workload_2: 'server' })).answered).toBe(3);
    expect(withoutRefused(answers, {})).toBe(answers);
  });
});

describe('completedElsewhere', () => {
  it('holds only when every refused answer met a completed measurement', () => {
    expect(completedElsewhere([{ code: 'forbidden' }, { code: 'forbidden' }])).toBe(true);
    // The agreement withdrawn as well: that needs saying, not "completed already".
    expect(completedElsewhere([{ code: 'forbidden' }, { code: 'consent_required' }])).toBe(false);
    expect(completedElsewhere([])).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { changedPracticeFields } from './practice-details';

const saved = { name: 'Praktijk Balans', address: 'Kerkstraat 1, Utrecht', kvkNumber: '12345678', reportColor: '#0f766e' };

describe('changedPracticeFields', () => {
  it('names only the fields whose value differs, in the form’s order', () => {
    expect(changedPracticeFields(saved, { ...saved, reportColor: '#123abc', address: 'Markt 2, Utrecht' })).toEqual([
      'address',
      'reportColor',
    ]);
  });

  it('names none when the save changes nothing', () => {
    expect(changedPracticeFields(saved, { ...saved })).toEqual([]);
  });

  it('a cleared field counts as changed', () => {
    expect(changedPracticeFields(saved, { ...saved, kvkNumber: '' })).toEqual(['kvkNumber']);
  });
});

import { describe, expect, it } from 'vitest';
import { customInstrumentSchema } from '../instruments';
import { batLikeInput } from '../instruments/test-fixtures';
import { instrumentIssues, issueLocation } from './instrument-issues';

describe('instrumentIssues', () => {
  it('keeps the names a problem is about, for duplicate keys, empty subscales and overlapping bands', () => {
    const input = batLikeInput();
    input.items.push({ key: 'exhaustion_1', text: { nl: 'dubbel', en: '' }, subscale: 'exhaustion' });
    input.subscales.push({ key: 'leeg', name: { nl: 'Leeg', en: '' }, group: 'burnout' });
    const bands = input.subscales[1]!.bands!;
    bands[1]!.upTo = bands[0]!.upTo;
    const result = customInstrumentSchema.safeParse(input);
    expect(result.success).toBe(false);
    const issues = instrumentIssues(result.error!);
    expect(issues).toContainEqual({ path: 'items.10.key', message: 'instrument.duplicateItemKey', params: { key: 'exhaustion_1' } });
    expect(issues).toContainEqual({ path: 'subscales.3', message: 'instrument.emptySubscale', params: { subscale: 'leeg' } });
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: 'subscales.1.bands.1.upTo',
        message: 'instrument.bandsOverlap',
        params: expect.objectContaining({ subscale: 'distance', band: 'Verhoogd', previousBand: 'Laag' }),
      }),
    );
  });

  it('turns non-custom problems into instrument keys too', () => {
    const result = customInstrumentSchema.safeParse({ name: { nl: '', en: '' } });
    const issues = instrumentIssues(result.error!);
    expect(issues.every((i) => i.message.startsWith('instrument.'))).toBe(true);
    expect(issues.find((i) => i.path === 'name')?.message).toBe('instrument.textRequired');
  });
});

describe('issueLocation', () => {
  it('says which part of the editor a path points at', () => {
    expect(issueLocation('items.3.key')).toEqual({ part: 'item', index: 3 });
    expect(issueLocation('subscales.1')).toEqual({ part: 'subscale', index: 1 });
    expect(issueLocation('subscales.1.bands.2.upTo')).toEqual({ part: 'band', index: 1, band: 2 });
    expect(issueLocation('openQuestions.0.text')).toEqual({ part: 'openQuestion', index: 0 });
    expect(issueLocation('scale.max')).toEqual({ part: 'scale' });
    expect(issueLocation('recode.1.from')).toEqual({ part: 'recode' });
    expect(issueLocation('total.bands.0.upTo')).toEqual({ part: 'total' });
    expect(issueLocation('name')).toEqual({ part: 'general' });
  });
});

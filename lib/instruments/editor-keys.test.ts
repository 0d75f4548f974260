import { describe, expect, it } from 'vitest';
import { settleSubscaleCodes } from './editor-keys';

describe('subscale codes typed in the editor', () => {
  const items = ['subscale_1', 'subscale_2', 'subscale_1'];

  it('take their items along, keystroke by keystroke', () => {
    const first = settleSubscaleCodes(
      [
        { code: 'w', carried: 'subscale_1' },
        { code: 'subscale_2', carried: 'subscale_2' },
      ],
      items,
    );
    expect(first).toEqual({ carried: ['w', 'subscale_2'], itemCodes: ['w', 'subscale_2', 'w'] });
    const next = settleSubscaleCodes(
      [
        { code: 'wo', carried: 'w' },
        { code: 'subscale_2', carried: 'subscale_2' },
      ],
      first.itemCodes,
    );
    expect(next.itemCodes).toEqual(['wo', 'subscale_2', 'wo']);
  });

  it('keep the items where they are while the code is empty or another subscale’s, and move them once it is not', () => {
    const other = { code: 'subscale_2', carried: 'subscale_2' };
    expect(settleSubscaleCodes([{ code: '', carried: 'subscale_1' }, other], items).itemCodes).toEqual(items);
    expect(settleSubscaleCodes([{ code: 'subscale_2', carried: 'subscale_1' }, other], items)).toEqual({
      carried: ['subscale_1', 'subscale_2'],
      itemCodes: items,
    });
    expect(settleSubscaleCodes([{ code: 'subscale_22', carried: 'subscale_1' }, other], items).itemCodes).toEqual([
      'subscale_22',
      'subscale_2',
      'subscale_22',
    ]);
  });

  it('swap two codes with each subscale’s own items: the first waits for the second to let its code go', () => {
    const items = ['energie', 'werkdruk', 'energie'];
    // A typed werkdruk (B's), then B typed energie (A's carried code): both move, each with its own items.
    const swapped = settleSubscaleCodes(
      [
        { code: 'werkdruk', carried: 'werkdru' },
        { code: 'energie', carried: 'werkdruk' },
      ],
      ['werkdru', 'werkdruk', 'werkdru'],
    );
    expect(swapped).toEqual({ carried: ['werkdruk', 'energie'], itemCodes: ['werkdruk', 'energie', 'werkdruk'] });
    // Halfway, B's typed code is still A's carried one: B waits, A's items stay A's.
    expect(
      settleSubscaleCodes(
        [
          { code: 'energie', carried: 'energie' },
          { code: 'energie', carried: 'werkdruk' },
        ],
        items,
      ).itemCodes,
    ).toEqual(items);
  });

  it('move no items carried by two subscales (they are the other one’s as much)', () => {
    expect(
      settleSubscaleCodes(
        [
          { code: 'new', carried: 'subscale_1' },
          { code: 'subscale_1', carried: 'subscale_1' },
        ],
        items,
      ),
    ).toEqual({ carried: ['new', 'subscale_1'], itemCodes: items });
  });
});

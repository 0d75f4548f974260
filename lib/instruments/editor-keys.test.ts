import { describe, expect, it } from 'vitest';
import { followRenamedCode } from './editor-keys';

describe('a subscale code renamed in the editor', () => {
  const items = ['subscale_1', 'subscale_2', 'subscale_1'];

  it('takes its items along, keystroke by keystroke', () => {
    expect(followRenamedCode('subscale_1', 'w', ['subscale_2'], items)).toEqual({ carried: 'w', move: [0, 2] });
    expect(followRenamedCode('w', 'wo', ['subscale_2'], ['w', 'subscale_2', 'w'])).toEqual({ carried: 'wo', move: [0, 2] });
  });

  it('keeps them where they are while the code is empty or another subscale’s, and moves them once it is not', () => {
    expect(followRenamedCode('subscale_1', '', ['subscale_2'], items)).toEqual({ carried: 'subscale_1', move: [] });
    expect(followRenamedCode('subscale_1', 'subscale_2', ['subscale_2'], items)).toEqual({ carried: 'subscale_1', move: [] });
    expect(followRenamedCode('subscale_1', 'subscale_22', ['subscale_2'], items)).toEqual({ carried: 'subscale_22', move: [0, 2] });
  });

  it('moves nothing when the code its items carry is another subscale’s too (they are that one’s as well)', () => {
    expect(followRenamedCode('subscale_1', 'new', ['subscale_1', 'subscale_2'], items)).toEqual({ carried: 'new', move: [] });
  });
});

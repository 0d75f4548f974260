import { beforeEach, describe, expect, it } from 'vitest';
import { practiceWithFailedMail } from '@/lib/mail/testing';
import { actAs } from '@/lib/testing/fixtures';
import { retryMailAction } from './actions';

beforeEach(() => actAs(null));

describe('retryMailAction', () => {
  it('the action checks the caller first, then the id', async () => {
    const { owner, jobId } = await practiceWithFailedMail();
    expect(await retryMailAction({ jobId })).toMatchObject({ ok: false, error: 'unauthenticated' });
    actAs(owner);
    expect(await retryMailAction({ jobId: '1; drop table users' })).toMatchObject({ ok: false, error: 'validation' });
    expect(await retryMailAction({ jobId: '99999999999999999999' })).toMatchObject({ ok: false, error: 'validation' });
    expect(await retryMailAction({ jobId })).toEqual({ ok: true, data: null });
  });
});

import { describe, expect, it } from 'vitest';
import { createPractice } from '@/lib/testing/fixtures';
import { actAs } from '@/lib/testing/session-mock';
import { POST } from './route';

const stillHere = () => POST(new Request('http://localhost:3000/api/session', { method: 'POST' }), undefined);

describe('POST /api/session (the idle watch’s "still here")', () => {
  it('answers 204 for a signed-in coach, and 401 once the session has ended', async () => {
    actAs(await createPractice());
    expect((await stillHere()).status).toBe(204);
    actAs(null);
    const ended = await stillHere();
    expect(ended.status).toBe(401);
    expect(ended.headers.get('location')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { closeDb } from '@/db/client';
import { GET } from './route';

describe('/api/health', () => {
  it('answers 200 with the database reachable and 503 without it', async () => {
    const up = await GET();
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ status: 'ok' });

    const url = process.env.DATABASE_URL!;
    await closeDb();
    process.env.DATABASE_URL = url.replace(/:\d+\//, ':1/');
    try {
      const down = await GET();
      expect(down.status).toBe(503);
    } finally {
      await closeDb();
      process.env.DATABASE_URL = url;
    }
  });
});

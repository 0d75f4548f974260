import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newRequestId } from './request-id';

describe('newRequestId', () => {
  it('is a version 4 UUID that the actions accept as an id', () => {
    const value = newRequestId();
    expect(value).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(z.uuid().safeParse(value).success).toBe(true);
  });

  it('differs every time', () => {
    const seen = new Set(Array.from({ length: 1000 }, newRequestId));
    expect(seen.size).toBe(1000);
  });
});

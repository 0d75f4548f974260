import { describe, expect, it } from 'vitest';
import { createPlanItemSchema } from './plan';

const ID = '00000000-0000-4000-8000-000000000001';
const item = (dimensions: string[]) => ({
  clientId: ID,
  requestId: ID,
  source: 'rule.key',
  title: 'Werkdruk herverdelen',
  description: '',
  employerWording: '',
  rationale: '',
  category: 'hindering_demands',
  level: 'team',
  owner: 'manager',
  dueDate: '',
  reviewDate: '',
  dimensions,
});

describe('a plan item’s dimensions', () => {
  it('take the longest and the most subscale keys a custom instrument may have: accepting its suggestion never fails', () => {
    // lib/instruments/custom-schema.ts: a subscale key of up to 64 characters, up to 60 subscales.
    const keys = Array.from({ length: 60 }, (_, i) => `${String(i).padStart(2, '0')}${'k'.repeat(62)}`);
    const parsed = createPlanItemSchema.safeParse(item(keys));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.dimensions).toEqual(keys);
  });

  it('refuses more, or longer keys, than an instrument can have', () => {
    expect(createPlanItemSchema.safeParse(item(['k'.repeat(65)])).success).toBe(false);
    expect(createPlanItemSchema.safeParse(item(Array.from({ length: 61 }, (_, i) => `d${i}`))).success).toBe(false);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planHints } from './hints';
import { PLAN_CATEGORIES, PLAN_OWNERS, PLAN_STATUSES, type PlanCategory, type PlanOwner, type PlanStatus } from './types';

const item = (category: PlanCategory, owner: PlanOwner, status: PlanStatus = 'planned') => ({ category, owner, status });
const hintKeys = (items: Parameters<typeof planHints>[0]) => planHints(items).map((h) => h.key);

describe('planHints', () => {
  it('gives no hint for an empty plan', () => {
    expect(planHints([])).toEqual([]);
  });

  it('says so when a plan lowers demands but holds no resource the employer provides', () => {
    expect(hintKeys([item('hindering_demands', 'manager'), item('recovery', 'client')])).toEqual(['demands_without_resources']);
  });

  it('is satisfied by a social or structural resource owned by the manager or HR', () => {
    expect(hintKeys([item('hindering_demands', 'manager'), item('social_resources', 'manager')])).toEqual([]);
    expect(hintKeys([item('hindering_demands', 'manager'), item('structural_resources', 'hr')])).toEqual([]);
  });

  it('is not satisfied by a resource the client or the coach owns, nor by other employer items', () => {
    expect(hintKeys([item('hindering_demands', 'manager'), item('structural_resources', 'client')])).toEqual(['demands_without_resources']);
    expect(hintKeys([item('hindering_demands', 'manager'), item('social_resources', 'together')])).toEqual(['demands_without_resources']);
    expect(hintKeys([item('hindering_demands', 'manager'), item('organisation', 'manager')])).toEqual(['demands_without_resources']);
  });

  it('does not count dropped items, on either side', () => {
    expect(hintKeys([item('hindering_demands', 'manager'), item('social_resources', 'manager', 'dropped')])).toEqual([
      'demands_without_resources',
    ]);
    expect(hintKeys([item('hindering_demands', 'manager', 'dropped'), item('organisation', 'hr')])).toEqual([]);
  });

  it('counts done items: a resource delivered still balances the plan', () => {
    expect(hintKeys([item('hindering_demands', 'manager', 'in_progress'), item('social_resources', 'hr', 'done')])).toEqual([]);
  });

  it('says so when no item lies with the manager or HR', () => {
    expect(hintKeys([item('personal_resources', 'client'), item('recovery', 'together')])).toEqual(['no_employer_items']);
    expect(hintKeys([item('hindering_demands', 'client')])).toEqual(['demands_without_resources', 'no_employer_items']);
  });

  it('says so when an open item the employer may read has no date by which it should be done', () => {
    const employerItem = (over: Partial<{ dueDate: string | null; status: PlanStatus; employerWording: string | null }>) => ({
      ...item('social_resources', 'manager'),
      employerWording: 'Wekelijks overleg van een kwartier.',
      dueDate: null,
      ...over,
    });
    expect(hintKeys([employerItem({})])).toEqual(['employer_items_without_date']);
    expect(hintKeys([employerItem({ dueDate: '2027-01-15' })])).toEqual([]);
    // Done, dropped or without a text for the employer: nothing the employer waits for.
    expect(hintKeys([employerItem({ status: 'done' })])).toEqual([]);
    expect(hintKeys([employerItem({ status: 'dropped' })])).toEqual([]);
    expect(hintKeys([employerItem({ employerWording: '  ' }), item('social_resources', 'manager')])).toEqual([]);
  });

  it('for any plan: the hints follow exactly from the active items (property)', () => {
    const items = fc.array(
      fc.record({
        category: fc.constantFrom(...PLAN_CATEGORIES),
        owner: fc.constantFrom(...PLAN_OWNERS),
        status: fc.constantFrom(...PLAN_STATUSES),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(items, (plan) => {
        const active = plan.filter((i) => i.status !== 'dropped');
        const employer = (i: (typeof plan)[number]) => i.owner === 'manager' || i.owner === 'hr';
        const expected: string[] = [];
        if (
          active.some((i) => i.category === 'hindering_demands') &&
          !active.some((i) => (i.category === 'social_resources' || i.category === 'structural_resources') && employer(i))
        ) {
          expected.push('demands_without_resources');
        }
        if (active.length > 0 && !active.some(employer)) expected.push('no_employer_items');
        expect(hintKeys(plan)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { poortwachterMilestones, sickLeaveWeek } from './poortwachter';

describe('Wet verbetering poortwachter milestones', () => {
  it('counts the first sick day as week 1', () => {
    expect(sickLeaveWeek('2026-01-05', '2026-01-05')).toBe(1);
    expect(sickLeaveWeek('2026-01-05', '2026-01-11')).toBe(1);
    expect(sickLeaveWeek('2026-01-05', '2026-01-12')).toBe(2);
  });

  it('puts the problem analysis at 6 weeks and the plan van aanpak at 8 weeks, then the first review', () => {
    const { week, milestones } = poortwachterMilestones('2026-01-05', '2026-01-12');
    expect(week).toBe(2);
    expect(milestones).toEqual([
      { kind: 'problem_analysis', due: '2026-02-16', week: 6, state: 'upcoming' },
      { kind: 'plan_van_aanpak', due: '2026-03-02', week: 8, state: 'upcoming' },
      { kind: 'review', due: '2026-04-13', week: 14, review: 1, state: 'upcoming' },
    ]);
  });

  it('marks a milestone within two weeks as soon and a past one as passed', () => {
    const { milestones } = poortwachterMilestones('2026-01-05', '2026-02-20');
    expect(milestones.map((m) => [m.kind, m.state])).toEqual([
      ['problem_analysis', 'passed'],
      ['plan_van_aanpak', 'soon'],
      ['review', 'upcoming'],
    ]);
  });

  it('shows the last review that passed and the next one, every 6 weeks', () => {
    // Week 25: reviews at weeks 14 and 20 have passed, the next is at week 26.
    const { week, milestones } = poortwachterMilestones('2026-01-05', '2026-06-25');
    expect(week).toBe(25);
    expect(milestones.slice(2)).toEqual([
      { kind: 'review', due: '2026-05-25', week: 20, review: 2, state: 'passed' },
      { kind: 'review', due: '2026-07-06', week: 26, review: 3, state: 'soon' },
    ]);
  });

  it('plans no review beyond the 104 weeks of the law', () => {
    const { milestones } = poortwachterMilestones('2024-01-01', '2026-06-01');
    const reviews = milestones.filter((m) => m.kind === 'review');
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ week: 104, state: 'passed' });
  });
});

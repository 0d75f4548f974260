import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../i18n/messages/caseload.en.json';
import nl from '../i18n/messages/caseload.nl.json';
import { addDays, daysBetween } from './dates';
import {
  currentPeriod,
  dateOfSickDay,
  doneOnProblem,
  doneOrderProblem,
  dueSoon,
  findStep,
  frozenAtClosing,
  isOverdue,
  MERGE_GAP_DAYS,
  MILESTONE_KINDS,
  MILESTONE_STATES,
  type Milestone,
  poortwachterMilestones,
  poortwachterTimeline,
  sickLeaveWeek,
  spellsFromRecord,
  stepsDone,
  timelineAtClosing,
} from './poortwachter';

const since = '2026-01-05'; // a Monday: day 1 of week 1
const byKind = (milestones: Milestone[], kind: Milestone['kind']) => milestones.filter((m) => m.kind === kind);
const dueOf = (milestones: Milestone[], kind: Milestone['kind']) => byKind(milestones, kind)[0]?.due;

/** Any date from 2020 to 2035. */
const anyDate = fc.integer({ min: 0, max: 365 * 15 }).map((n) => addDays('2020-01-01', n));

describe('sick-leave weeks', () => {
  it('counts the first sick day as day 1 of week 1; day 7 is the last day of week 1', () => {
    expect(sickLeaveWeek(since, since)).toBe(1);
    expect(sickLeaveWeek(since, '2026-01-11')).toBe(1);
    expect(sickLeaveWeek(since, '2026-01-12')).toBe(2);
    expect(poortwachterMilestones(since, since).week).toBe(1);
    expect(poortwachterMilestones(since, '2026-01-11').week).toBe(1);
    expect(poortwachterMilestones(since, '2026-01-12').week).toBe(2);
  });
});

describe('Wet verbetering poortwachter milestones for one spell', () => {
  const { milestones } = poortwachterMilestones(since, '2026-01-12');

  it('puts the problem analysis on day 42 (the last day of week 6), not a day later', () => {
    expect(byKind(milestones, 'problem_analysis')).toEqual([{ kind: 'problem_analysis', due: '2026-02-15', week: 6, state: 'upcoming' }]);
    expect(daysBetween(since, '2026-02-15') + 1).toBe(42);
  });

  it('puts the plan van aanpak in week 8 and the first review 6 weeks later', () => {
    expect(dueOf(milestones, 'plan_van_aanpak')).toBe('2026-03-01');
    expect(byKind(milestones, 'review')).toEqual([{ kind: 'review', due: '2026-04-12', week: 14, review: 1, state: 'upcoming' }]);
  });

  it('adds the UWV report in week 42, the first-year evaluation in week 52, the WIA window 91–93 and the end at week 104', () => {
    expect(dueOf(milestones, 'uwv_report')).toBe('2026-10-25');
    expect(dueOf(milestones, 'first_year_evaluation')).toBe('2027-01-03');
    expect(byKind(milestones, 'wia_application')[0]).toMatchObject({ opens: '2027-09-27', opensWeek: 91, due: '2027-10-17', week: 93 });
    expect(dueOf(milestones, 'wage_continuation_ends')).toBe('2028-01-02');
    expect(daysBetween(since, '2028-01-02') + 1).toBe(104 * 7);
  });

  it('lists the milestones in date order', () => {
    const dues = milestones.map((m) => m.due);
    expect(dues).toEqual([...dues].sort());
  });

  it('marks a milestone due within two weeks as soon and one whose last day has gone as passed', () => {
    // 2026-02-15 is the problem analysis' last day: still open (soon), passed from the day after.
    expect(byKind(poortwachterMilestones(since, '2026-02-15').milestones, 'problem_analysis')[0]!.state).toBe('soon');
    expect(byKind(poortwachterMilestones(since, '2026-02-16').milestones, 'problem_analysis')[0]!.state).toBe('passed');
    expect(byKind(poortwachterMilestones(since, '2026-02-01').milestones, 'problem_analysis')[0]!.state).toBe('soon');
    expect(byKind(poortwachterMilestones(since, '2026-01-31').milestones, 'problem_analysis')[0]!.state).toBe('upcoming');
  });

  it('shows the last review that passed and the next one, every 6 weeks', () => {
    // Week 25: reviews at weeks 14 and 20 have passed, the next is at week 26.
    const { week, milestones: m } = poortwachterMilestones(since, '2026-06-25');
    expect(week).toBe(25);
    expect(byKind(m, 'review')).toEqual([
      { kind: 'review', due: '2026-05-24', week: 20, review: 2, state: 'passed' },
      { kind: 'review', due: '2026-07-05', week: 26, review: 3, state: 'soon' },
    ]);
  });

  it('plans no review beyond the 104 weeks of the law', () => {
    const reviews = byKind(poortwachterMilestones('2024-01-01', '2026-06-01').milestones, 'review');
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ week: 104, state: 'passed' });
  });

  it('opens the WIA window as soon when week 91 starts within two weeks', () => {
    const wia = (today: string) => byKind(poortwachterMilestones(since, today).milestones, 'wia_application')[0]!.state;
    expect(wia('2027-09-12')).toBe('upcoming');
    expect(wia('2027-09-13')).toBe('soon');
    expect(wia('2027-10-17')).toBe('soon');
    expect(wia('2027-10-18')).toBe('passed');
  });

  it('for any first sick day, a week-N deadline is sick day 7N: still week N, and the next day is week N + 1', () => {
    fc.assert(
      fc.property(anyDate, (first) => {
        for (const m of poortwachterMilestones(first, first).milestones) {
          expect(daysBetween(first, m.due) + 1).toBe(m.week * 7);
          expect(sickLeaveWeek(first, m.due)).toBe(m.week);
          expect(sickLeaveWeek(first, addDays(m.due, 1))).toBe(m.week + 1);
        }
      }),
    );
  });
});

describe('spells less than four weeks apart count as one', () => {
  it('joins a spell that starts 27 days after recovery, not one that starts 28 days after', () => {
    const first = { from: '2026-01-05', until: '2026-01-19' }; // 14 sick days
    expect(currentPeriod([first, { from: addDays(first.until, 27) }])).toHaveLength(2);
    expect(currentPeriod([first, { from: addDays(first.until, MERGE_GAP_DAYS) }])).toHaveLength(1);
  });

  it('adds up the sick days: the deadlines move by the days in between', () => {
    // 14 sick days (5–18 January), fit for 10 days, sick again from 29 January.
    const spells = [{ from: '2026-01-29' }, { from: '2026-01-05', until: '2026-01-19' }];
    const timeline = poortwachterTimeline(spells, '2026-02-01')!;
    expect(timeline.since).toBe('2026-01-05');
    // Day 42 = day 28 of the second spell.
    expect(dueOf(timeline.milestones, 'problem_analysis')).toBe(addDays('2026-01-29', 27));
    // 14 + 4 sick days by 1 February: week 3.
    expect(timeline.week).toBe(3);
  });

  it('starts afresh after a gap of four weeks or more', () => {
    const spells = [{ from: '2026-01-05', until: '2026-01-19' }, { from: '2026-02-16' }];
    const timeline = poortwachterTimeline(spells, '2026-02-16')!;
    expect(timeline.since).toBe('2026-02-16');
    expect(timeline.week).toBe(1);
  });

  it('for any gap under four weeks, every milestone is the single-spell one shifted by the gap', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: MERGE_GAP_DAYS - 1 }), (start, length, gap) => {
        const until = addDays(start, length);
        const again = addDays(until, gap);
        const merged = poortwachterTimeline([{ from: start, until }, { from: again }], start)!;
        const single = poortwachterMilestones(start, start);
        for (const [i, m] of merged.milestones.entries()) {
          const plain = single.milestones.find((s) => s.kind === m.kind && s.week === m.week)!;
          const shift = m.week * 7 > length ? gap : 0;
          expect(m.due, `${m.kind} ${i}`).toBe(addDays(plain.due, shift));
        }
      }),
    );
  });

  it('joins a relapse dated before the recorded recovery: the client was never recovered', () => {
    // Sick since 5 January, recovery recorded on 2 March, a relapse recorded on 9 March as sick since 27 February.
    const spells = [{ from: '2026-01-05', until: '2026-03-02' }, { from: '2026-02-27' }];
    expect(currentPeriod(spells)).toEqual([{ from: '2026-01-05', until: '2026-02-27' }, { from: '2026-02-27' }]);
    const timeline = poortwachterTimeline(spells, '2026-03-09')!;
    expect(timeline).toEqual(poortwachterMilestones('2026-01-05', '2026-03-09'));
    expect(timeline).toMatchObject({ since: '2026-01-05', week: 10, recoveredOn: null });
    expect(dueOf(timeline.milestones, 'problem_analysis')).toBe('2026-02-15');
    expect(dueOf(timeline.milestones, 'plan_van_aanpak')).toBe('2026-03-01');
  });

  it('keeps the later recovery when a spell lies within an earlier one, and joins a spell that starts while one is open', () => {
    const within = [
      { from: '2026-01-05', until: '2026-03-02' },
      { from: '2026-02-01', until: '2026-02-10' },
    ];
    expect(currentPeriod(within)).toEqual([
      { from: '2026-01-05', until: '2026-02-01' },
      { from: '2026-02-01', until: '2026-03-02' },
    ]);
    expect(poortwachterTimeline(within, '2026-03-10')).toEqual(poortwachterTimeline([within[0]!], '2026-03-10'));
    const sameDay = [{ from: '2026-01-05', until: '2026-03-02' }, { from: '2026-01-05' }];
    expect(currentPeriod(sameDay)).toEqual([{ from: '2026-01-05' }]);
    const whileOpen = [{ from: '2026-01-05' }, { from: '2026-02-01', until: '2026-02-10' }];
    expect(poortwachterTimeline(whileOpen, '2026-03-10')).toEqual(poortwachterMilestones('2026-01-05', '2026-03-10'));
  });

  it('for any relapse dated before the recovery, the timeline is that of one spell from the first sick day', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 400 }), (start, length, back) => {
        const until = addDays(start, length);
        const relapse = addDays(until, -Math.min(back, length));
        const merged = poortwachterTimeline([{ from: start, until }, { from: relapse }], until)!;
        expect(merged).toEqual(poortwachterMilestones(start, until));
      }),
    );
  });

  it('counts sick days across spells when finding a date', () => {
    const period = [{ from: '2026-01-05', until: '2026-01-08' }, { from: '2026-01-20' }]; // 3 days, then on
    expect(dateOfSickDay(period, 3)).toBe('2026-01-07');
    expect(dateOfSickDay(period, 4)).toBe('2026-01-20');
  });
});

describe('recovery ends the timeline', () => {
  it('drops every milestone due on or after the recovery date and says when it ended', () => {
    const timeline = poortwachterTimeline([{ from: since, until: '2026-03-01' }], '2026-03-10')!;
    expect(timeline.recoveredOn).toBe('2026-03-01');
    expect(timeline.milestones.map((m) => m.kind)).toEqual(['problem_analysis']);
    expect(dueSoon(timeline, '2026-02-20')).toEqual([]);
  });

  it('for any recovery date, keeps exactly the milestones due before it', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 800 }), (first, days) => {
        const recovery = addDays(first, days);
        const ended = poortwachterTimeline([{ from: first, until: recovery }], first)!;
        for (const m of ended.milestones) expect(daysBetween(m.due, recovery)).toBeGreaterThan(0);
        const open = poortwachterMilestones(first, first).milestones.filter((m) => daysBetween(m.due, recovery) > 0);
        expect(ended.milestones).toEqual(open);
      }),
    );
  });
});

describe('closing the trajectory freezes the timeline', () => {
  it('keeps the week reached on the closing day and only the steps due before it, all passed', () => {
    // Closed on sick day 60: the plan van aanpak (day 56) had passed, its first review (day 98) had not.
    const closedOn = addDays(since, 59);
    const frozen = frozenAtClosing(poortwachterMilestones(since, closedOn), closedOn);
    expect(frozen.week).toBe(9);
    expect(frozen.milestones.map((m) => [m.kind, m.state])).toEqual([
      ['problem_analysis', 'passed'],
      ['plan_van_aanpak', 'passed'],
    ]);
    expect(dueSoon(frozen, closedOn)).toEqual([]);
  });

  it('counts the spells as they stood on the closing day: a later relapse and a later recovery are not yet there', () => {
    // Sick from 6 January, back at work on 20 February, sick again from 1 March; the trajectory closed on 10 February.
    const spells = [{ from: '2025-01-06', until: '2025-02-20' }, { from: '2025-03-01' }];
    const frozen = timelineAtClosing(spells, '2025-02-10')!;
    expect(frozen.since).toBe('2025-01-06');
    expect(frozen.week).toBe(6);
    expect(frozen.recoveredOn).toBeNull();
    expect(frozen.milestones.every((m) => daysBetween(m.due, '2025-02-10') > 0 && m.state === 'passed')).toBe(true);
  });

  it('keeps a step recorded as taken before its date, also when that date falls after the closing', () => {
    // The plan van aanpak (due on day 56) made on day 50; the trajectory closed on day 52.
    const madeOn = addDays(since, 49);
    const steps = [
      {
        kind: 'client.poortwachter_step_done',
        data: { since, step: 'plan_van_aanpak', review: null, on: madeOn },
        occurredAt: new Date(`${madeOn}T10:00:00Z`),
      },
    ];
    const frozen = timelineAtClosing([{ from: since }], addDays(since, 51), steps)!;
    expect(frozen.milestones.map((m) => [m.kind, m.done ?? null])).toEqual([
      ['problem_analysis', null],
      ['plan_van_aanpak', madeOn],
    ]);
    expect(dueSoon(frozen, addDays(since, 51))).toEqual([]);
  });

  it('has no timeline for a sick leave that began after the closing', () => {
    expect(timelineAtClosing([{ from: '2025-03-10' }], '2025-03-05')).toBeNull();
  });
});

describe('what is due in the next two weeks', () => {
  it('lists open milestones due within 14 days, including a window that opens within them', () => {
    const timeline = poortwachterMilestones(since, '2026-02-10');
    expect(dueSoon(timeline, '2026-02-10').map((m) => m.kind)).toEqual(['problem_analysis']);
    // The problem analysis passed the day before without being recorded as taken: it stays, overdue, above the plan.
    const later = dueSoon(poortwachterMilestones(since, '2026-02-16'), '2026-02-16');
    expect(later.map((m) => [m.kind, isOverdue(m)])).toEqual([
      ['problem_analysis', true],
      ['plan_van_aanpak', false],
    ]);
    expect(dueSoon(poortwachterMilestones(since, '2027-09-20'), '2027-09-20').map((m) => m.kind)).toContain('wia_application');
  });
});

describe('spells a client record can tell', () => {
  const dateOf = (at: Date) => at.toISOString().slice(0, 10);
  const event = (kind: string, at: string, data: Record<string, unknown> = {}) => ({ kind, data, occurredAt: new Date(`${at}T10:00:00Z`) });

  it('takes earlier spells from the timeline (ended on the day the recovery was recorded) and the current one from the record', () => {
    const events = [
      event('client.sick_leave_ended', '2026-01-19'),
      event('client.sick_leave_started', '2026-01-06', { since: '2026-01-05' }),
      event('client.sick_leave_started', '2026-01-29', { since: '2026-01-28' }),
      event('client.updated', '2026-01-30'),
    ];
    const spells = spellsFromRecord({ onSickLeave: true, sickLeaveSince: '2026-01-29' }, events, dateOf);
    expect(spells).toEqual([{ from: '2026-01-05', until: '2026-01-19' }, { from: '2026-01-29' }]);
    expect(poortwachterTimeline(spells, '2026-02-01')!.since).toBe('2026-01-05');
  });

  it('takes the latest first sick day of a spell: a correction made while on sick leave outlasts the recovery', () => {
    const events = [
      event('client.sick_leave_started', '2025-02-01', { since: '2024-01-06' }),
      event('client.sick_leave_since_corrected', '2025-02-02', { previous: '2024-01-06', since: '2025-01-06' }),
      event('client.sick_leave_ended', '2025-03-01'),
      event('client.sick_leave_started', '2025-03-15', { since: '2025-03-15' }),
    ];
    const spells = spellsFromRecord({ onSickLeave: true, sickLeaveSince: '2025-03-15' }, events, dateOf);
    expect(spells).toEqual([{ from: '2025-01-06', until: '2025-03-01' }, { from: '2025-03-15' }]);
    // 54 sick days to 1 March, 6 more from 15 March: week 9.
    expect(poortwachterTimeline(spells, '2025-03-20')).toMatchObject({ since: '2025-01-06', week: 9 });
    // A correction without a valid date keeps the first sick day there was.
    const bad = [
      event('client.sick_leave_started', '2025-02-01', { since: '2025-01-06' }),
      event('client.sick_leave_since_corrected', '2025-02-02', { since: 'x' }),
      event('client.sick_leave_ended', '2025-03-01'),
    ];
    expect(spellsFromRecord({ onSickLeave: false, sickLeaveSince: null }, bad, dateOf)).toEqual([
      { from: '2025-01-06', until: '2025-03-01' },
    ]);
  });

  it('joins a relapse recorded as starting before the recorded recovery (the spells as the events tell them)', () => {
    const events = [
      event('client.sick_leave_started', '2026-01-06', { since: '2026-01-05' }),
      event('client.sick_leave_ended', '2026-03-02'),
      event('client.sick_leave_started', '2026-03-09', { since: '2026-02-27' }),
    ];
    const timeline = poortwachterTimeline(
      spellsFromRecord({ onSickLeave: true, sickLeaveSince: '2026-02-27' }, events, dateOf),
      '2026-03-09',
    )!;
    expect(timeline).toMatchObject({ since: '2026-01-05', week: 10 });
    expect(dueOf(timeline.milestones, 'problem_analysis')).toBe('2026-02-15');
  });

  it('ends a spell on the recovery date the event carries (a backdated close), not on the day it was recorded', () => {
    const events = [
      event('client.sick_leave_started', '2026-01-06', { since: '2026-01-05' }),
      // Closed as fully back at work on 2 March, recorded on 20 March.
      event('client.sick_leave_ended', '2026-03-20', { on: '2026-03-02' }),
      event('client.sick_leave_started', '2026-04-06', { since: '2026-04-06' }),
    ];
    const spells = spellsFromRecord({ onSickLeave: true, sickLeaveSince: '2026-04-06' }, events, dateOf);
    expect(spells).toEqual([{ from: '2026-01-05', until: '2026-03-02' }, { from: '2026-04-06' }]);
    // Five weeks after the recovery: a new spell, not a relapse joined to the first.
    expect(poortwachterTimeline(spells, '2026-04-08')).toMatchObject({ since: '2026-04-06', week: 1 });
    // A recovery date that is not a valid date falls back to the day the event was recorded.
    const bad = [
      event('client.sick_leave_started', '2026-01-06', { since: '2026-01-05' }),
      event('client.sick_leave_ended', '2026-03-20', { on: '2026-02-30' }),
    ];
    expect(spellsFromRecord({ onSickLeave: false, sickLeaveSince: null }, bad, dateOf)).toEqual([
      { from: '2026-01-05', until: '2026-03-20' },
    ]);
  });

  it('ignores a start without a valid date and gives nothing for a client who is not on sick leave', () => {
    const events = [
      event('client.sick_leave_started', '2026-01-06', { since: 'gisteren' }),
      event('client.sick_leave_ended', '2026-01-19'),
    ];
    expect(spellsFromRecord({ onSickLeave: true, sickLeaveSince: '2026-03-02' }, events, dateOf)).toEqual([{ from: '2026-03-02' }]);
    expect(spellsFromRecord({ onSickLeave: false, sickLeaveSince: null }, [], dateOf)).toEqual([]);
    expect(poortwachterTimeline([], '2026-03-02')).toBeNull();
  });
});

describe('texts', () => {
  it('name every milestone and state in both languages', () => {
    for (const messages of [nl, en]) {
      const pw = messages.clients.poortwachter as { milestones: Record<string, string>; states: Record<string, string> };
      for (const kind of MILESTONE_KINDS) expect(pw.milestones[kind], kind).toBeTruthy();
      for (const state of MILESTONE_STATES) expect(pw.states[state], state).toBeTruthy();
    }
  });
});

describe('steps the coach records as taken', () => {
  const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
  const done = (step: string, on: string, extra: Record<string, unknown> = {}) => ({
    kind: 'client.poortwachter_step_done',
    data: { since, step, review: null, on, ...extra },
    occurredAt: at(on),
  });
  const reopened = (step: string, day: string, extra: Record<string, unknown> = {}) => ({
    kind: 'client.poortwachter_step_reopened',
    data: { since, step, review: null, ...extra },
    occurredAt: at(day, 12),
  });
  // Week 7 of a sick leave since 5 January: the problem analysis has passed, the plan van aanpak is due in 12 days.
  const today = '2026-02-17';
  const timeline = poortwachterMilestones(since, today);
  /** The timeline of one spell from `first`, with the coach's step lines. */
  const withSteps = (first: string, events: Parameters<typeof stepsDone>[0]) => poortwachterTimeline([{ from: first }], today, events)!;

  it('marks a step done on the day it was recorded; the latest line counts, and taking it back opens it again', () => {
    const events = [
      done('problem_analysis', '2026-02-10'),
      done('plan_van_aanpak', '2026-02-12'),
      reopened('plan_van_aanpak', '2026-02-12'),
      done('review', '2026-02-13', { review: 1 }),
    ];
    expect([...stepsDone(events, since)]).toEqual([
      ['problem_analysis', '2026-02-10'],
      ['review-1', '2026-02-13'],
    ]);
    const marked = withSteps(since, events);
    expect(marked.milestones.filter((m) => m.done).map((m) => [m.kind, m.done])).toEqual([
      ['problem_analysis', '2026-02-10'],
      ['review', '2026-02-13'],
    ]);
    // The order of the lines as read does not matter: their time does.
    expect(withSteps(since, [...events].reverse())).toEqual(marked);
  });

  it('carries nothing over from another period, and never marks the end of wage continuation', () => {
    const events = [
      done('problem_analysis', '2026-02-10', { since: '2025-03-03' }),
      done('wage_continuation_ends', '2026-02-10'),
      done('no_such_step', '2026-02-10'),
    ];
    expect(withSteps(since, events).milestones.some((m) => m.done)).toBe(false);
  });

  it('leaves a step recorded as done off the list of what is due soon, also one overdue', () => {
    expect(dueSoon(timeline, today).map((m) => m.kind)).toEqual(['problem_analysis', 'plan_van_aanpak']);
    expect(dueSoon(withSteps(since, [done('plan_van_aanpak', '2026-02-16')]), today).map((m) => m.kind)).toEqual(['problem_analysis']);
    const both = withSteps(since, [done('problem_analysis', '2026-02-16'), done('plan_van_aanpak', '2026-02-16')]);
    expect(dueSoon(both, today)).toEqual([]);
    expect(both.milestones.some(isOverdue)).toBe(false);
  });

  it('calls overdue only a step passed and not recorded; the end of wage continuation is a date, never overdue', () => {
    const late = poortwachterTimeline([{ from: since }], '2028-02-01', [])!;
    expect(late.milestones.filter(isOverdue).map((m) => m.kind)).toEqual([
      'problem_analysis',
      'plan_van_aanpak',
      'uwv_report',
      'first_year_evaluation',
      'wia_application',
      'review',
    ]);
    expect(late.milestones.find((m) => m.kind === 'wage_continuation_ends')).toMatchObject({ state: 'passed' });
    // Recovered: nothing is due any more, also not what passed before.
    expect(dueSoon(poortwachterTimeline([{ from: since, until: '2026-03-01' }], '2026-04-01', []), '2026-04-01')).toEqual([]);
  });

  it('finds a step only in its own period and only while the timeline lists it', () => {
    expect(findStep(timeline, { since, kind: 'plan_van_aanpak', review: null }, [])).toMatchObject({ due: '2026-03-01' });
    expect(findStep(timeline, { since: '2026-01-06', kind: 'plan_van_aanpak', review: null }, [])).toBeNull();
    // Only the next review is listed this early; the fifth is not (yet).
    expect(findStep(timeline, { since, kind: 'review', review: 1 }, [])).toMatchObject({ week: 14 });
    expect(findStep(timeline, { since, kind: 'review', review: 5 }, [])).toBeNull();
    expect(findStep(null, { since, kind: 'uwv_report', review: null }, [])).toBeNull();
  });

  it('keeps an earlier review recorded as done on the list, beside the last one passed and the next', () => {
    // Week 27: reviews 1 (week 14), 2 (week 20) and 3 (week 26) have passed; 4 (week 32) is next.
    const later = '2026-07-10';
    const reviews = (events: Parameters<typeof stepsDone>[0]) =>
      poortwachterTimeline([{ from: since }], later, events)!
        .milestones.filter((m) => m.kind === 'review')
        .map((m) => [m.review, m.done ?? null]);
    expect(reviews([])).toEqual([
      [3, null],
      [4, null],
    ]);
    expect(reviews([done('review', '2026-04-10', { review: 1 })])).toEqual([
      [1, '2026-04-10'],
      [3, null],
      [4, null],
    ]);
  });

  it('keeps the steps recorded when the first sick day is corrected, through every correction, and back', () => {
    const corrected = (from: string, to: string, day: string) => ({
      kind: 'client.sick_leave_since_corrected',
      data: { previous: from, since: to },
      occurredAt: at(day, 11),
    });
    // Recorded under 5 January; then corrected to the 6th, and on to the 7th.
    const events = [
      done('problem_analysis', '2026-02-10'),
      corrected(since, '2026-01-06', '2026-02-11'),
      corrected('2026-01-06', '2026-01-07', '2026-02-12'),
    ];
    const now = poortwachterMilestones('2026-01-07', today);
    expect(withSteps('2026-01-07', events).milestones.find((m) => m.kind === 'problem_analysis')?.done).toBe('2026-02-10');
    // A page shown before the corrections still names the step by the first sick day it knew.
    expect(findStep(now, { since, kind: 'plan_van_aanpak', review: null }, events)).toMatchObject({ due: '2026-03-03' });
    // Corrected back to the 5th: the same period still.
    const back = [...events, corrected('2026-01-07', since, '2026-02-13')];
    expect(withSteps(since, back).milestones.find((m) => m.kind === 'problem_analysis')?.done).toBe('2026-02-10');
    // Another first sick day, never corrected to (a new sick leave after a recovery), starts with nothing done.
    expect(withSteps('2026-01-08', events).milestones.some((m) => m.done)).toBe(false);
  });
});

describe('the day a step was taken', () => {
  const today = '2026-02-17';

  it('may be any day from the first sick day up to today', () => {
    expect(doneOnProblem(since, since, today)).toBeNull();
    expect(doneOnProblem('2026-02-10', since, today)).toBeNull();
    expect(doneOnProblem(today, since, today)).toBeNull();
  });

  it('is refused tomorrow (not yet taken) and before the first sick day (not of this period)', () => {
    expect(doneOnProblem(addDays(today, 1), since, today)).toBe('clients.validation.poortwachterDoneInFuture');
    expect(doneOnProblem(addDays(since, -1), since, today)).toBe('clients.validation.poortwachterDoneBeforeSick');
  });

  it('keeps the chain in order: analysis, plan of action, then each review; the same day is fine', () => {
    const done = (kind: Milestone['kind'], on: string, review?: number): Milestone => ({
      kind,
      due: on,
      week: 0,
      state: 'passed',
      done: on,
      review,
    });
    const recorded = [done('problem_analysis', '2026-02-10'), done('plan_van_aanpak', '2026-02-12'), done('review', '2026-02-14', 1)];
    expect(doneOrderProblem({ kind: 'plan_van_aanpak' }, '2026-02-09', recorded)).toBe('clients.validation.poortwachterDoneOutOfOrder');
    expect(doneOrderProblem({ kind: 'plan_van_aanpak' }, '2026-02-10', recorded)).toBeNull();
    expect(doneOrderProblem({ kind: 'plan_van_aanpak' }, '2026-02-15', recorded)).toBe('clients.validation.poortwachterDoneOutOfOrder');
    expect(doneOrderProblem({ kind: 'problem_analysis' }, '2026-02-13', recorded)).toBe('clients.validation.poortwachterDoneOutOfOrder');
    expect(doneOrderProblem({ kind: 'review', review: 2 }, '2026-02-13', recorded)).toBe('clients.validation.poortwachterDoneOutOfOrder');
    expect(doneOrderProblem({ kind: 'review', review: 2 }, '2026-02-14', recorded)).toBeNull();
    // Steps that follow the calendar, not another step, are not held to it; nor is a step against its own earlier day.
    expect(doneOrderProblem({ kind: 'uwv_report' }, '2026-02-01', recorded)).toBeNull();
    expect(doneOrderProblem({ kind: 'review', review: 1 }, '2026-02-12', recorded)).toBeNull();
  });

  it('has a text for each refusal in both languages', () => {
    for (const key of ['poortwachterDoneInFuture', 'poortwachterDoneBeforeSick', 'poortwachterDoneOutOfOrder'] as const) {
      expect(nl.clients.validation[key]).toMatch(/\S/);
      expect(en.clients.validation[key]).toMatch(/\S/);
    }
  });
});

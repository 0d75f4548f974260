import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEmployerView, type EmployerViewInput, OWN_COMMENTS_SHOWN, releasedStamp } from './employer-view';
import { PLAN_CATEGORIES, PLAN_LEVELS, PLAN_OWNERS, PLAN_STATUSES } from './types';

/** A private field's content: a distinct marker that must never reach the employer. */
let counter = 0;
const marker = (field: string) => fc.string({ maxLength: 12 }).map((noise) => `SECRET-${field}-${++counter}-${noise}`);

const item = fc.record({
  id: fc.uuid(),
  title: marker('title'),
  description: marker('description'),
  rationale: marker('rationale'),
  currentWording: marker('unreleased-wording'),
  releasedWording: fc.string({ minLength: 1, maxLength: 40 }).map((w) => `WORDING ${w}`),
  released: fc.boolean(),
  category: fc.constantFrom(...PLAN_CATEGORIES),
  level: fc.constantFrom(...PLAN_LEVELS),
  owner: fc.constantFrom(...PLAN_OWNERS),
  status: fc.constantFrom(...PLAN_STATUSES),
  dueDate: fc.option(
    fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  ),
  dimensions: fc.array(marker('dimension'), { maxLength: 3 }),
  score: fc.integer({ min: 0, max: 100 }),
});

const plan = fc.record({
  items: fc.array(item, { maxLength: 8 }),
  notes: marker('session-notes'),
  answers: fc.array(marker('intake-answer'), { maxLength: 4 }),
  ownWords: marker('own-words'),
  homework: marker('homework-answer'),
  sickLeaveSince: marker('sick-leave'),
  scores: fc
    .dictionary(fc.constantFrom('workload', 'autonomy', 'burnout'), fc.integer({ min: 0, max: 100 }))
    .map((d) => ({ ...d, label: `SECRET-score-${++counter}` })),
  locale: fc.constantFrom('nl' as const, 'en' as const),
});

describe('the employer view', () => {
  /** A view with nothing shared: the fields a test sets come on top. */
  const base = {
    locale: 'nl' as const,
    releasedItems: [],
    meetings: [],
    coach: { name: 'C', email: 'c@x.test' },
    practice: { name: 'P', hasLogo: false },
  };

  it('stamps what was released: another release, a withdrawal or new wording gives another stamp', () => {
    const a = { id: 'i1', employerWording: 'Om 17:00 klaar.' };
    const b = { id: 'i2', employerWording: 'Overleg op maandag.' };
    const stamp = releasedStamp([a, b]);
    expect(releasedStamp([a, b])).toBe(stamp);
    // The coach reordering the plan while the page is open changes nothing the manager confirms.
    expect(releasedStamp([b, a])).toBe(stamp);
    expect(releasedStamp([a])).not.toBe(stamp);
    expect(releasedStamp([a, b, { id: 'i3', employerWording: 'x' }])).not.toBe(stamp);
    expect(releasedStamp([a, { ...b, employerWording: 'Overleg op dinsdag.' }])).not.toBe(stamp);
    expect(stamp.length).toBeLessThanOrEqual(40);
  });

  // Which items are released is the query's choice (employerViewData in db/queries); buildEmployerView does not filter
  // on release. Its contract: each item it is handed comes out copied field by field, with the wording the client
  // released (employerWording), never the item's current wording or any other field a whole row may carry.
  it('copies each given item field by field with its released wording, and nothing else the rows or the input carry', () => {
    fc.assert(
      fc.property(plan, (p) => {
        // What a careless caller might pass: whole rows with private fields, and the client's record spread in.
        const rows = p.items.map((i) => ({ ...i, employerWording: i.releasedWording, rationale: i.rationale, description: i.description }));
        const input = {
          locale: p.locale,
          releasedItems: rows,
          meetings: [{ startsAt: new Date(Date.now() + 86_400_000), privateNotes: p.notes }],
          coach: { name: 'Coach', email: 'coach@example.test', notes: p.notes },
          practice: { name: 'Praktijk', hasLogo: true, intake: p.answers },
          confirmedAt: null,
          scores: p.scores,
          ownWords: p.ownWords,
          homework: p.homework,
          sickLeaveSince: p.sickLeaveSince,
        } as unknown as EmployerViewInput;
        const view = buildEmployerView(input);
        const json = JSON.stringify(view);
        expect(json).not.toContain('SECRET');
        expect(view.items).toEqual(
          rows.map((r) => ({
            id: r.id,
            wording: r.releasedWording.trim(),
            owner: r.owner,
            dueDate: r.dueDate,
            status: r.status,
            employerMayUpdate: (r.owner === 'manager' || r.owner === 'hr') && r.status !== 'dropped',
            isNew: false,
          })),
        );
        expect(Object.keys(view).sort()).toEqual([
          'coach',
          'confirmationLapsedSince',
          'confirmedAt',
          // Letters only (the manager report names the employee by them too).
          'employeeInitials',
          'items',
          'locale',
          'meetings',
          'olderComments',
          'ownComments',
          'practice',
          // A fingerprint of the released items' ids and released wording: nothing the page does not show already.
          'stamp',
        ]);
        for (const it of view.items)
          expect(Object.keys(it).sort()).toEqual(['dueDate', 'employerMayUpdate', 'id', 'isNew', 'owner', 'status', 'wording']);
      }),
      { numRuns: 300 },
    );
  });

  it('lets the employer update only items owned by the manager or HR', () => {
    const view = buildEmployerView({
      locale: 'en',
      releasedItems: PLAN_OWNERS.map((owner, i) => ({
        id: String(i),
        employerWording: `w${i}`,
        owner,
        dueDate: '2030-01-01',
        status: 'planned',
      })),
      meetings: [{ startsAt: new Date(Date.now() - 1000) }],
      coach: { name: 'C', email: 'c@x.test' },
      practice: { name: 'P', hasLogo: false },
      confirmedAt: null,
    });
    expect(view.items.filter((i) => i.employerMayUpdate).map((i) => i.owner)).toEqual(['manager', 'hr']);
    expect(view.meetings).toEqual([]);
  });

  it('offers no status change of a dropped item, also one the manager or HR owns', () => {
    const view = buildEmployerView({
      locale: 'nl',
      releasedItems: PLAN_STATUSES.map((status, i) => ({
        id: String(i),
        employerWording: `w${i}`,
        owner: 'manager',
        dueDate: null,
        status,
      })),
      meetings: [],
      coach: { name: 'C', email: 'c@x.test' },
      practice: { name: 'P', hasLogo: false },
      confirmedAt: null,
    });
    expect(view.items.map((i) => [i.status, i.employerMayUpdate])).toEqual([
      ['planned', true],
      ['in_progress', true],
      ['done', true],
      ['dropped', false],
    ]);
  });

  it('drops an item with empty wording', () => {
    const view = buildEmployerView({
      locale: 'nl',
      releasedItems: [{ id: '1', employerWording: '  ', owner: 'manager', dueDate: null, status: 'planned' }],
      meetings: [],
      coach: { name: 'C', email: 'c@x.test' },
      practice: { name: 'P', hasLogo: false },
      confirmedAt: null,
    });
    expect(view.items).toEqual([]);
  });

  it('tells the manager a confirmation lapsed (something was shared since), and nothing when it stands or never was', () => {
    const earlier = new Date('2026-12-01T10:00:00Z');
    const item = (releasedAt: Date) => ({
      id: 'i1',
      employerWording: 'w',
      owner: 'manager' as const,
      dueDate: null,
      status: 'planned' as const,
      releasedAt,
    });
    const shared = { ...base, releasedItems: [item(new Date('2026-12-02T10:00:00Z'))] };
    expect(buildEmployerView({ ...shared, confirmedAt: null, lastConfirmedAt: earlier }).confirmationLapsedSince).toBe(
      earlier.toISOString(),
    );
    // The new release was taken back: what is shown is what they confirmed, and the page does not hint at the withdrawal.
    expect(buildEmployerView({ ...base, confirmedAt: null, lastConfirmedAt: earlier }).confirmationLapsedSince).toBeNull();
    const older = { ...base, releasedItems: [item(new Date('2026-11-30T10:00:00Z'))] };
    expect(buildEmployerView({ ...older, confirmedAt: null, lastConfirmedAt: earlier }).confirmationLapsedSince).toBeNull();
    expect(buildEmployerView({ ...base, confirmedAt: earlier, lastConfirmedAt: earlier }).confirmationLapsedSince).toBeNull();
    expect(buildEmployerView({ ...base, confirmedAt: null, lastConfirmedAt: null }).confirmationLapsedSince).toBeNull();
    expect(buildEmployerView({ ...base, confirmedAt: null }).confirmationLapsedSince).toBeNull();
  });

  it('gives the contact back their own messages, text and time only, newest first as read', () => {
    const rows = [
      {
        comment: '  Goed plan, volgende week bespreken.  ',
        createdAt: new Date('2026-12-02T09:00:00Z'),
        shareId: 'SECRET-share',
        itemId: 'SECRET-item',
      },
      { comment: '   ', createdAt: new Date('2026-12-01T09:00:00Z') },
      { comment: 'Geen datum', createdAt: new Date('nope') },
      { comment: 'Eerste reactie', createdAt: new Date('2026-11-30T15:30:00Z') },
    ];
    const view = buildEmployerView({ ...base, confirmedAt: null, ownComments: rows });
    expect(view.ownComments).toEqual([
      { text: 'Goed plan, volgende week bespreken.', at: '2026-12-02T09:00:00.000Z' },
      { text: 'Eerste reactie', at: '2026-11-30T15:30:00.000Z' },
    ]);
    expect(view.olderComments).toBe(false);
    expect(JSON.stringify(view)).not.toContain('SECRET');
    expect(buildEmployerView({ ...base, confirmedAt: null }).ownComments).toEqual([]);
    // One more than the page shows was read: the list says it holds the latest only.
    const many = Array.from({ length: OWN_COMMENTS_SHOWN + 1 }, (_, i) => ({
      comment: `Bericht ${i}`,
      createdAt: new Date(Date.UTC(2026, 11, 1, 0, i)),
    }));
    const full = buildEmployerView({ ...base, confirmedAt: null, ownComments: many });
    expect(full.ownComments).toHaveLength(OWN_COMMENTS_SHOWN);
    expect(full.olderComments).toBe(true);
    expect(buildEmployerView({ ...base, confirmedAt: null, ownComments: many.slice(0, OWN_COMMENTS_SHOWN) }).olderComments).toBe(false);
  });

  it('marks as new what was released after the contact last confirmed, while that confirmation has lapsed', () => {
    const confirmed = new Date('2026-03-01T10:00:00Z');
    const item = (id: string, releasedAt: Date) => ({
      id,
      employerWording: `w${id}`,
      owner: 'manager' as const,
      dueDate: null,
      status: 'planned' as const,
      releasedAt,
    });
    const releasedItems = [item('old', new Date('2026-02-20T10:00:00Z')), item('new', new Date('2026-03-02T10:00:00Z'))];
    const base = {
      locale: 'nl' as const,
      releasedItems,
      meetings: [],
      coach: { name: 'C', email: 'c@x.test' },
      practice: { name: 'P', hasLogo: false },
    };
    const lapsed = buildEmployerView({ ...base, confirmedAt: null, lastConfirmedAt: confirmed });
    expect(lapsed.items.map((i) => [i.id, i.isNew])).toEqual([
      ['old', false],
      ['new', true],
    ]);
    // Confirmed again (or never confirmed): nothing is "new since your confirmation".
    expect(buildEmployerView({ ...base, confirmedAt: new Date(), lastConfirmedAt: confirmed }).items.every((i) => !i.isNew)).toBe(true);
    expect(buildEmployerView({ ...base, confirmedAt: null }).items.every((i) => !i.isNew)).toBe(true);
  });
});

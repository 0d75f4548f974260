import { describe, expect, it } from 'vitest';
import { buildClientExport, EXPORT_FORMAT, exportFileName } from './export-document';

const input = {
  exportedAt: new Date('2026-05-01T09:00:00Z'),
  practice: { name: 'Praktijk Test', address: 'Straat 1', kvkNumber: '12345678' },
  client: {
    practiceId: 'p',
    id: 'c1',
    firstName: 'Eva',
    lastName: 'Smit',
    version: 3,
    createdAt: new Date('2026-01-01T08:00:00Z'),
    startDate: '2026-01-02',
  },
  coach: { name: 'Coach', email: 'coach@example.test' },
  // A whole employer row: its notes are the coach's, about the employer and all its clients.
  employer: {
    practiceId: 'p',
    id: 'e1',
    name: 'Werkgever BV',
    address: 'Laan 2, Utrecht',
    notes: 'NOTES-MARKER: ook Piet de Vries is hier uitgevallen',
    version: 4,
    createdAt: new Date('2025-01-01T08:00:00Z'),
  },
  manager: { practiceId: 'p', id: 'm1', employerId: 'e1', name: 'Manager' },
  consents: [{ practiceId: 'p', clientId: 'c1', kind: 'coaching_agreement', action: 'given', createdAt: new Date('2026-01-01T08:00:00Z') }],
  timeline: [],
  sessions: [{ practiceId: 'p', clientId: 'c1', id: 's1', privateNotes: 'notitie' }],
  measurements: [
    { practiceId: 'p', clientId: 'c1', id: 'm-a', scores: { exhaustion: 3.1 } },
    { practiceId: 'p', clientId: 'c1', id: 'm-b', scores: null },
  ],
  measurementAnswers: [
    { practiceId: 'p', measurementId: 'm-a', itemKey: 'q1', value: 4 },
    { practiceId: 'p', measurementId: 'm-a', itemKey: 'q2', value: 2 },
  ],
  homework: [{ practiceId: 'p', clientId: 'c1', id: 'h1', template: 'energy_diary' }],
  homeworkAnswers: [{ practiceId: 'p', homeworkId: 'h1', fieldKey: 'day1.energy', value: '7' }],
  plan: {
    items: [{ practiceId: 'p', clientId: 'c1', id: 'i1', title: 'Vaste stoptijden', rationale: 'herstel', version: 2 }],
    releases: [{ practiceId: 'p', clientId: 'c1', id: 'r1', itemId: 'i1', employerWording: 'Om 17:00 klaar.' }],
    dismissed: [{ practiceId: 'p', clientId: 'c1', measurementId: 'm-a', suggestionKey: 'workload.prioritise' }],
    shares: [{ id: 'sh1', contactId: 'm1', confirmedAt: new Date('2026-04-02T10:00:00Z') }],
    openings: [{ practiceId: 'p', clientId: 'c1', id: 'o1', shareId: 'sh1', openedAt: new Date('2026-04-02T09:00:00Z') }],
    employerActions: [{ practiceId: 'p', clientId: 'c1', id: 'a1', shareId: 'sh1', kind: 'comment', comment: 'Prima' }],
  },
  accessLog: [{ action: 'client.viewed', createdAt: new Date('2026-04-01T12:00:00Z') }],
};

describe('client export document', () => {
  const doc = buildClientExport(input);

  it('names its format and the controller', () => {
    expect(doc).toMatchObject({ format: EXPORT_FORMAT, formatVersion: 2, exportedAt: '2026-05-01T09:00:00.000Z' });
    expect(doc.controller).toEqual({ name: 'Praktijk Test', address: 'Straat 1', kvkNumber: '12345678' });
  });

  it('leaves out internal keys and writes dates as ISO strings', () => {
    expect(doc.client).toEqual({
      id: 'c1',
      firstName: 'Eva',
      lastName: 'Smit',
      createdAt: '2026-01-01T08:00:00.000Z',
      startDate: '2026-01-02',
      coach: { name: 'Coach', email: 'coach@example.test' },
    });
    expect(doc.manager).toEqual({ id: 'm1', name: 'Manager' });
    expect(doc.employer).toEqual({ id: 'e1', name: 'Werkgever BV', address: 'Laan 2, Utrecht' });
    expect(JSON.stringify(doc)).not.toContain('practiceId');
  });

  it('nests answers under their measurement and homework', () => {
    expect(doc.measurements[0]).toEqual({
      id: 'm-a',
      scores: { exhaustion: 3.1 },
      answers: [
        { itemKey: 'q1', value: 4 },
        { itemKey: 'q2', value: 2 },
      ],
    });
    expect(doc.measurements[1]!.answers).toEqual([]);
    expect(doc.homework[0]!.answers).toEqual([{ fieldKey: 'day1.energy', value: '7' }]);
  });

  it('holds the action plan: items with what was released of them, dismissed suggestions, share links with openings and the employer’s actions', () => {
    expect(doc.plan).toEqual({
      items: [{ id: 'i1', title: 'Vaste stoptijden', rationale: 'herstel', releases: [{ id: 'r1', employerWording: 'Om 17:00 klaar.' }] }],
      dismissedSuggestions: [{ measurementId: 'm-a', suggestionKey: 'workload.prioritise' }],
      shares: [
        {
          id: 'sh1',
          contactId: 'm1',
          confirmedAt: '2026-04-02T10:00:00.000Z',
          openings: [{ id: 'o1', openedAt: '2026-04-02T09:00:00.000Z' }],
          employerActions: [{ id: 'a1', kind: 'comment', comment: 'Prima' }],
        },
      ],
    });
  });

  it('holds the employer’s name and address, never the coach’s notes on the employer', () => {
    expect(JSON.stringify(doc)).not.toContain('NOTES-MARKER');
    expect(JSON.stringify(doc)).not.toContain('Piet de Vries');
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('puts no name in the file name', () => {
    expect(exportFileName('c1', '2026-05-01')).toBe('balanspunt-client-c1-2026-05-01.json');
  });
});

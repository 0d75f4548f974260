import { describe, expect, it } from 'vitest';
import { buildClientExport, EXPORT_FORMAT, exportFileName, withoutLinkTokens } from './export-document';

// 43 characters of base64url, like every link token (32 random bytes).
const TOKEN = 'Tk9LRU5NQVJLRVJfYWJjZGVmZ2hpamtsbW5vcHFyc3R';

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
  // A whole contact row: the manager's phone number and language are a third party's data, not the client's.
  manager: {
    practiceId: 'p',
    id: 'm1',
    employerId: 'e1',
    name: 'Manager',
    role: 'manager',
    email: 'manager@werkgever.test',
    employerName: 'Werkgever BV',
    phone: '0698765432',
    locale: 'nl',
    version: 2,
    createdAt: new Date('2025-06-01T08:00:00Z'),
    updatedAt: new Date('2025-07-01T08:00:00Z'),
  },
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
    shares: [
      {
        id: 'sh1',
        contactId: 'm1',
        confirmedAt: new Date('2026-04-02T10:00:00Z'),
        // A whole contact row: only who it is goes out, not its phone number or internal keys.
        sharedWith: { name: 'Hanna HR', role: 'hr', email: 'hanna@oud.test', employerName: 'Oude Werkgever BV', phone: '0612345678' },
      },
    ],
    openings: [{ practiceId: 'p', clientId: 'c1', id: 'o1', shareId: 'sh1', openedAt: new Date('2026-04-02T09:00:00Z') }],
    employerActions: [{ practiceId: 'p', clientId: 'c1', id: 'a1', shareId: 'sh1', kind: 'comment', comment: 'Prima' }],
  },
  accessLog: [{ action: 'client.viewed', createdAt: new Date('2026-04-01T12:00:00Z') }],
  mails: [
    {
      to: 'hanna@oud.test',
      subject: 'Eva deelt haar plan',
      text: `Bekijk het plan: https://balanspunt.example/share/${TOKEN}?lang=nl\n\nPraktijk Test`,
      html: '<p>HTML-MARKER</p>',
      createdAt: new Date('2026-04-02T08:00:00Z'),
    },
  ],
  // A whole job's mail: its text holds a live link.
  queuedMails: [
    {
      to: 'eva@example.test',
      subject: 'Nieuw huiswerk',
      text: `Open het huiswerk: https://balanspunt.example/portal/auth/${TOKEN}`,
      status: 'retrying' as const,
      attempts: 3,
      createdAt: new Date('2026-04-03T08:00:00Z'),
    },
  ],
  // Whole rows: their token hashes are credentials.
  portal: {
    links: [
      {
        id: 'pl1',
        tokenHash: 'LINK-HASH-MARKER',
        redirectTo: '/portal/homework/h1',
        createdAt: new Date('2026-04-03T08:00:00Z'),
        expiresAt: new Date('2026-04-03T08:30:00Z'),
        usedAt: new Date('2026-04-03T08:05:00Z'),
      },
    ],
    sessions: [
      {
        id: 'ps1',
        tokenHash: 'SESSION-HASH-MARKER',
        createdAt: new Date('2026-04-03T08:05:00Z'),
        lastSeenAt: new Date('2026-04-03T08:20:00Z'),
        expiresAt: new Date('2026-05-03T08:05:00Z'),
      },
    ],
  },
};

describe('client export document', () => {
  const doc = buildClientExport(input);

  it('names its format and the controller', () => {
    expect(doc).toMatchObject({ format: EXPORT_FORMAT, formatVersion: 5, exportedAt: '2026-05-01T09:00:00.000Z' });
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
    expect(doc.manager).toEqual({ name: 'Manager', role: 'manager', email: 'manager@werkgever.test', employerName: 'Werkgever BV' });
    expect(JSON.stringify(doc)).not.toContain('0698765432');
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
          sharedWith: { name: 'Hanna HR', role: 'hr', email: 'hanna@oud.test', employerName: 'Oude Werkgever BV' },
          openings: [{ id: 'o1', openedAt: '2026-04-02T09:00:00.000Z' }],
          employerActions: [{ id: 'a1', kind: 'comment', comment: 'Prima' }],
        },
      ],
    });
  });

  it('holds the mails kept about the client, without their HTML and without the tokens of their links', () => {
    expect(doc.mails).toEqual([
      {
        to: 'hanna@oud.test',
        subject: 'Eva deelt haar plan',
        text: 'Bekijk het plan: https://balanspunt.example/share/…?lang=nl\n\nPraktijk Test',
        createdAt: '2026-04-02T08:00:00.000Z',
      },
    ]);
    expect(JSON.stringify(doc)).not.toContain('HTML-MARKER');
    expect(JSON.stringify(doc)).not.toContain(TOKEN);
  });

  it('holds the mails still queued, and the portal’s sign-in links and sessions, without a text, token or hash', () => {
    expect(doc.queuedMails).toEqual([
      { to: 'eva@example.test', subject: 'Nieuw huiswerk', status: 'retrying', attempts: 3, createdAt: '2026-04-03T08:00:00.000Z' },
    ]);
    expect(doc.portal).toEqual({
      signInLinks: [
        {
          redirectTo: '/portal/homework/h1',
          createdAt: '2026-04-03T08:00:00.000Z',
          expiresAt: '2026-04-03T08:30:00.000Z',
          usedAt: '2026-04-03T08:05:00.000Z',
        },
      ],
      sessions: [{ createdAt: '2026-04-03T08:05:00.000Z', lastSeenAt: '2026-04-03T08:20:00.000Z', expiresAt: '2026-05-03T08:05:00.000Z' }],
    });
    expect(JSON.stringify(doc)).not.toMatch(/HASH-MARKER|Open het huiswerk/);
  });

  it('cuts a token from a link’s path, never an id or the host', () => {
    const practiceId = '0b6f3c1e-9a2d-4e8f-b7c5-1d2e3f4a5b6c';
    expect(withoutLinkTokens(`Inloggen: https://app.example/portal/auth/${practiceId}.${TOKEN}`)).toBe(
      `Inloggen: https://app.example/portal/auth/${practiceId}.…`,
    );
    expect(withoutLinkTokens(`https://app.example/portal/homework/${practiceId}`)).toBe(
      `https://app.example/portal/homework/${practiceId}`,
    );
    const longHost = `https://${'a'.repeat(45)}.example/share/${TOKEN}`;
    expect(withoutLinkTokens(longHost)).toBe(`https://${'a'.repeat(45)}.example/share/…`);
    // Prose is left alone, however long a word.
    expect(withoutLinkTokens(`${'x'.repeat(45)} en verder`)).toBe(`${'x'.repeat(45)} en verder`);
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

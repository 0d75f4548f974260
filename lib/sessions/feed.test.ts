import { describe, expect, it } from 'vitest';
import { type FeedSession, feedEvents } from './feed';

const session: FeedSession = {
  id: 's1',
  startsAt: new Date('2026-03-02T09:00:00Z'),
  durationMinutes: 45,
  kind: 'tripartite',
  location: 'video',
  status: 'planned',
  version: 3,
  updatedAt: new Date('2026-03-01T10:00:00Z'),
  firstName: 'Anna',
  lastName: 'de Vries',
  movedAway: false,
};

describe('feedEvents', () => {
  it('names a session by initials and kind only, and says where', () => {
    const [event] = feedEvents(
      [session],
      (kind) => `kind:${kind}`,
      (location) => `at:${location}`,
    );
    expect(event).toEqual({
      uid: 's1@balanspunt',
      startsAt: session.startsAt,
      endsAt: new Date('2026-03-02T09:45:00Z'),
      summary: 'AV · kind:tripartite',
      location: 'at:video',
      status: 'CONFIRMED',
      sequence: 2,
      lastModified: session.updatedAt,
    });
    expect(JSON.stringify(event)).not.toMatch(/Anna|Vries/);
  });

  it('keeps a cancelled session in the feed as cancelled', () => {
    expect(feedEvents([{ ...session, status: 'cancelled' }], String, String)[0]!.status).toBe('CANCELLED');
  });

  it('marks a session handed over to another coach as cancelled, under the same UID', () => {
    const [event] = feedEvents([{ ...session, movedAway: true }], String, String);
    expect(event).toMatchObject({ uid: 's1@balanspunt', status: 'CANCELLED', sequence: 2 });
  });
});

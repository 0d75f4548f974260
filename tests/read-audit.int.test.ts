import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renewCalendarFeedAction } from '@/app/(coach)/agenda/actions';
import MeasurementsPage from '@/app/(coach)/clients/[clientId]/measurements/page';
import { planSessionAction } from '@/app/(coach)/clients/[clientId]/sessions/actions';
import IntakePage from '@/app/(intake)/intake/[measurementId]/page';
import { GET as calendarFeed } from '@/app/api/calendar/[token]/route';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { startCoachMeasurement } from '@/lib/intake/service';
import { actAs, auditFor, createPractice } from '@/lib/testing/fixtures';

// Pages are called as functions: translations and formatting are stand-ins, the guards and data are real.
vi.mock('next-intl/server', () => {
  const t = Object.assign((key: string) => key, { has: () => true });
  return { getTranslations: async () => t, getFormatter: async () => ({ dateTime: () => '' }), getLocale: async () => 'nl' };
});

beforeEach(() => actAs(null));

async function setup() {
  const owner = await createPractice();
  const client = await seedClient(owner.practiceId, owner.userId, {
    firstName: 'Anna',
    lastName: 'de Vries',
    email: 'anna-read@example.test',
  });
  actAs(owner);
  return { owner, client };
}

const actions = async (practiceId: string) => (await auditFor(practiceId)).map((a) => a.action);

describe('reads of health data are audited', () => {
  it('opening a measurement in progress (the live intake page) is on record', async () => {
    const { owner, client } = await setup();
    const started = await startCoachMeasurement(owner, client.id, 'jdr-intake');
    if (!started.ok) throw new Error(started.error);
    await IntakePage({ params: Promise.resolve({ measurementId: started.data.id }) });
    const entry = (await auditFor(owner.practiceId)).find((a) => a.action === 'measurement.opened');
    expect(entry).toMatchObject({ actorUserId: owner.userId, entityType: 'measurement', entityId: started.data.id });
  });

  it('the measurements list with scores is on record, with the count only', async () => {
    const { owner, client } = await setup();
    await startCoachMeasurement(owner, client.id, 'check-in');
    await MeasurementsPage({ params: Promise.resolve({ clientId: client.id }) });
    const entry = (await auditFor(owner.practiceId)).find((a) => a.action === 'measurement.list_viewed');
    expect(entry).toMatchObject({ actorUserId: owner.userId, entityType: 'client', entityId: client.id, metadata: { count: 1 } });
  });

  it('a page refused to another coach leaves no read entry', async () => {
    const { owner, client } = await setup();
    const other = await createPractice();
    actAs(other);
    // Refused as not found (notFound() of next/navigation: this digest in Next 16), not by any other error on the way.
    await expect(MeasurementsPage({ params: Promise.resolve({ clientId: client.id }) })).rejects.toMatchObject({
      digest: 'NEXT_HTTP_ERROR_FALLBACK;404',
    });
    expect(await actions(owner.practiceId)).not.toContain('measurement.list_viewed');
    expect(await actions(other.practiceId)).not.toContain('measurement.list_viewed');
  });

  it('every calendar feed fetch is on record, without client data', async () => {
    const { owner, client } = await setup();
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await planSessionAction({
      requestId: randomUUID(),
      clientId: client.id,
      date: soon,
      startTime: '10:00',
      endTime: '11:00',
      kind: 'coaching',
      location: 'video',
      repeat: 'none',
      count: 1,
      allowOverlap: false,
    });
    const renewed = await renewCalendarFeedAction({});
    if (!renewed.ok) throw new Error(renewed.error);
    actAs(null);
    const token = new URL(renewed.data.url).pathname.replace('/api/calendar/', '');
    for (let i = 0; i < 2; i++)
      expect((await calendarFeed(new Request(renewed.data.url), { params: Promise.resolve({ token }) })).status).toBe(200);
    const fetched = (await auditFor(owner.practiceId)).filter((a) => a.action === 'calendar.feed_fetched');
    expect(fetched).toHaveLength(2);
    // Fetched through the link, not by the coach (a leaked URL must stand apart from the coach's own calendar app).
    expect(fetched[0]).toMatchObject({
      actorUserId: null,
      actorKind: 'system',
      entityType: 'user',
      entityId: owner.userId,
      metadata: { events: 1 },
    });
    const stored = JSON.stringify(fetched);
    expect(stored).not.toContain(client.id);
    expect(stored).not.toMatch(/Anna|Vries|AdV/);
  });
});

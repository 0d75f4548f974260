import { eq } from 'drizzle-orm';
import { isValidElement, type ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AgreementRequired } from '@/app/(coach)/clients/[clientId]/_components/agreement-required';
import { recordConsentAction } from '@/app/(coach)/clients/[clientId]/consent-actions';
import { AssignHomeworkForm } from '@/app/(coach)/clients/[clientId]/homework/lazy-forms';
import ClientHomeworkPage from '@/app/(coach)/clients/[clientId]/homework/page';
import { StartMeasurementForm } from '@/app/(coach)/clients/[clientId]/measurements/lazy-forms';
import MeasurementsPage from '@/app/(coach)/clients/[clientId]/measurements/page';
import { SessionCheckin, SessionRecordForm } from '@/app/(coach)/clients/[clientId]/sessions/[sessionId]/lazy-forms';
import SessionRecordPage from '@/app/(coach)/clients/[clientId]/sessions/[sessionId]/page';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { coachingSessions } from '@/db/schema';
import { actAs, createPractice } from '@/lib/testing/fixtures';

// Pages are called as functions: translations and formatting are stand-ins, the guards and data are real.
vi.mock('next-intl/server', () => {
  const t = Object.assign((key: string) => key, { has: () => true });
  return { getTranslations: async () => t, getFormatter: async () => ({ dateTime: () => '' }), getLocale: async () => 'nl' };
});

beforeEach(() => actAs(null));

/** Which of the given components the page's element tree holds. */
function holds(node: ReactNode, type: unknown): boolean {
  if (Array.isArray(node)) return node.some((n) => holds(n, type));
  if (!isValidElement<{ children?: ReactNode }>(node)) return false;
  if (node.type === type) return true;
  return holds(node.props.children, type);
}

async function pages(agreement: boolean) {
  const owner = await createPractice();
  const client = await seedClient(owner.practiceId, owner.userId, {}, { agreement });
  actAs(owner);
  const params = Promise.resolve({ clientId: client.id });
  // Held an hour ago: the record takes a check-in and a summary for the client.
  const [session] = await getDb()
    .insert(coachingSessions)
    .values({
      practiceId: owner.practiceId,
      clientId: client.id,
      coachId: owner.userId,
      startsAt: new Date(Date.now() - 2 * 3600_000),
      durationMinutes: 60,
      kind: 'coaching',
      location: 'on_site',
      status: 'held',
    })
    .returning();
  const sessionParams = Promise.resolve({ clientId: client.id, sessionId: session!.id });
  return {
    owner,
    client,
    session: session!,
    measurements: () => MeasurementsPage({ params }),
    homework: () => ClientHomeworkPage({ params }),
    record: () => SessionRecordPage({ params: sessionParams }),
  };
}

describe('a client without a coaching agreement', () => {
  it('gets no measurement or homework form, but the reason and the way to the consent', async () => {
    const { measurements, homework } = await pages(false);
    const m = await measurements();
    expect(holds(m, AgreementRequired)).toBe(true);
    expect(holds(m, StartMeasurementForm)).toBe(false);
    const h = await homework();
    expect(holds(h, AgreementRequired)).toBe(true);
    expect(holds(h, AssignHomeworkForm)).toBe(false);
  });

  it('gets no session record to type into (it would be refused on saving), but the reason and the way to the consent', async () => {
    const { record } = await pages(false);
    const page = await record();
    expect(holds(page, AgreementRequired)).toBe(true);
    expect(holds(page, SessionRecordForm)).toBe(false);
    expect(holds(page, SessionCheckin)).toBe(false);
  });

  it('gets the forms once the agreement is given, and loses them again when it is withdrawn', async () => {
    const { client, measurements, homework } = await pages(true);
    expect(holds(await measurements(), StartMeasurementForm)).toBe(true);
    expect(holds(await homework(), AssignHomeworkForm)).toBe(true);
    expect(holds(await homework(), AgreementRequired)).toBe(false);

    await recordConsentAction({ clientId: client.id, kind: 'coaching_agreement', action: 'withdrawn', note: '' });
    expect(holds(await measurements(), StartMeasurementForm)).toBe(false);
    expect(holds(await homework(), AgreementRequired)).toBe(true);
  });

  it('keeps a session record written before the agreement was withdrawn, to be emptied, with the reason above it', async () => {
    const { client, session, record } = await pages(true);
    expect(holds(await record(), SessionRecordForm)).toBe(true);
    expect(holds(await record(), SessionCheckin)).toBe(true);
    expect(holds(await record(), AgreementRequired)).toBe(false);
    await getDb().update(coachingSessions).set({ privateNotes: 'Eerder vastgelegd' }).where(eq(coachingSessions.id, session.id));
    await recordConsentAction({ clientId: client.id, kind: 'coaching_agreement', action: 'withdrawn', note: '' });
    const page = await record();
    expect(holds(page, AgreementRequired)).toBe(true);
    expect(holds(page, SessionRecordForm)).toBe(true);
    expect(holds(page, SessionCheckin)).toBe(false);
  });
});

import { isValidElement, type ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AgreementRequired } from '@/app/(coach)/clients/[clientId]/_components/agreement-required';
import { recordConsentAction } from '@/app/(coach)/clients/[clientId]/consent-actions';
import { AssignHomeworkForm } from '@/app/(coach)/clients/[clientId]/homework/lazy-forms';
import ClientHomeworkPage from '@/app/(coach)/clients/[clientId]/homework/page';
import { StartMeasurementForm } from '@/app/(coach)/clients/[clientId]/measurements/lazy-forms';
import MeasurementsPage from '@/app/(coach)/clients/[clientId]/measurements/page';
import { seedClient } from '@/db/queries/client-test-fixtures';
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
  return { owner, client, measurements: () => MeasurementsPage({ params }), homework: () => ClientHomeworkPage({ params }) };
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

  it('gets the forms once the agreement is given, and loses them again when it is withdrawn', async () => {
    const { client, measurements, homework } = await pages(true);
    expect(holds(await measurements(), StartMeasurementForm)).toBe(true);
    expect(holds(await homework(), AssignHomeworkForm)).toBe(true);
    expect(holds(await homework(), AgreementRequired)).toBe(false);

    await recordConsentAction({ clientId: client.id, kind: 'coaching_agreement', action: 'withdrawn', note: '' });
    expect(holds(await measurements(), StartMeasurementForm)).toBe(false);
    expect(holds(await homework(), AgreementRequired)).toBe(true);
  });
});

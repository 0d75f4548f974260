import { describe, expect, it } from 'vitest';
import { completeMeasurement, loadMeasurementForFilling, saveAnswer, startMeasurement } from '@/lib/intake/service';
import { createTestClient, valuesWhereHigh } from '@/lib/intake/test-fixtures';
import { createPractice } from '@/lib/testing/fixtures';
import { latestIntake } from './suggestion-input';

async function completed(practiceId: string, coachId: string, clientId: string, instrumentKey: string) {
  const { id } = await startMeasurement(practiceId, { clientId, instrumentKey, administeredBy: 'coach', createdBy: coachId });
  const instrument = (await loadMeasurementForFilling(practiceId, id))!.instrument;
  for (const [itemKey, value] of Object.entries(valuesWhereHigh(instrument, ['job_demands'])))
    await saveAnswer(practiceId, id, { itemKey, value }, 'coach');
  expect(await completeMeasurement(practiceId, id, { kind: 'coach', userId: coachId })).toMatchObject({ ok: true });
  return id;
}

describe('what the plan suggestions are made from', () => {
  it('the latest intake, also when a check-in was completed after it (its four broad scores are not a basis)', async () => {
    const { practiceId, userId } = await createPractice();
    const clientId = await createTestClient(practiceId, userId);
    expect(await latestIntake(practiceId, clientId)).toBeNull();
    const intake = await completed(practiceId, userId, clientId, 'jdr-intake');
    await completed(practiceId, userId, clientId, 'check-in');
    const basis = await latestIntake(practiceId, clientId);
    expect(basis?.measurementId).toBe(intake);
    expect(basis?.instrument.key).toBe('jdr-intake');
    expect(Object.keys(basis?.inputFor('jdr_wide')?.dimensions ?? {})).toContain('workload');
  });
});

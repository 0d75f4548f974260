'use server';

import { revalidatePath } from 'next/cache';
import { withCoach } from '@/lib/auth/guards';
import { markPoortwachterStep } from '@/lib/caseload/service';
import { markPoortwachterStepSchema } from '@/lib/schemas/poortwachter-step';

/** A step recorded as taken leaves the dashboard's "next two weeks"; the record and the plan page show it done. */
export const markPoortwachterStepAction = withCoach(markPoortwachterStepSchema, async (input, actor) => {
  const result = await markPoortwachterStep(actor, input);
  if (result.ok) {
    revalidatePath(`/clients/${input.clientId}`);
    revalidatePath('/dashboard');
  }
  return result;
});

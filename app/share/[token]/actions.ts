'use server';

import { revalidatePath } from 'next/cache';
import { commentOnSharedPlan, confirmSharedPlan, recordSharedPlanOpening, setSharedItemStatus } from '@/lib/share/guard';

/** The employer's actions: the share guard checks the token first, then the input, then calls the plan service. */
export async function confirmPlanAction(raw: { token: string; seen: string }) {
  const result = await confirmSharedPlan(raw);
  if (result.ok) revalidatePath('/share/[token]', 'page');
  return result;
}

export async function setItemStatusAction(raw: { token: string; itemId: string; from: string; status: string }) {
  const result = await setSharedItemStatus(raw);
  if (result.ok) revalidatePath('/share/[token]', 'page');
  return result;
}

export async function commentAction(raw: { token: string; requestId: string; comment: string }) {
  const result = await commentOnSharedPlan(raw);
  if (result.ok) revalidatePath('/share/[token]', 'page');
  return result;
}

/**
 * The page, running in the manager's browser, says it was opened (opening.tsx). Nothing on the page changes, so
 * nothing is revalidated.
 */
export async function recordOpeningAction(raw: { token: string; seen: string }) {
  return recordSharedPlanOpening(raw);
}

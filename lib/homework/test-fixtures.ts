import { randomUUID } from 'node:crypto';
import { addDays, todayIn } from '@/lib/sessions/zoned-time';
import type { TemplateKey } from './types';

/**
 * An assignment as the coach's form sends it, for `assignHomework(actor, client, assignment('energy_diary'))` in tests:
 * a fresh request id, due in a week unless `dueDate` is given, no message. `instrumentKey` for "measure again".
 */
export function assignment(template: TemplateKey, instrumentKey = '', dueDate = addDays(todayIn(), 7)) {
  return { requestId: randomUUID(), template, instrumentKey, dueDate, message: '' };
}

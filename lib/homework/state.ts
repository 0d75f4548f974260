export type HomeworkState = 'open' | 'reopened' | 'overdue' | 'new' | 'submitted';

/**
 * What the coach (and the client) should see at a glance. Overdue wins over open and reopened;
 * a submission is "new" until the coach has looked at it after it came in.
 */
export function homeworkState(
  item: { status: 'assigned' | 'submitted' | 'reopened'; dueDate: string; submittedAt: Date | null; seenAt: Date | null },
  today: string,
): HomeworkState {
  if (item.status === 'submitted') {
    const unseen = !item.seenAt || (item.submittedAt !== null && item.seenAt.getTime() < item.submittedAt.getTime());
    return unseen ? 'new' : 'submitted';
  }
  if (item.dueDate < today) return 'overdue';
  return item.status === 'reopened' ? 'reopened' : 'open';
}

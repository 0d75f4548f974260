import type { ReactNode } from 'react';

/**
 * Instead of a form whose service refuses an ended trajectory (sessions, homework): the note that says why, or the form
 * while the trajectory is open. `closed` and `archived` are the section's own texts.
 */
export function TrajectoryEndedNote({
  client,
  closed,
  archived,
  testId,
  children,
}: {
  client: { status: string; archivedAt: Date | null };
  closed: string;
  archived: string;
  testId: string;
  children: ReactNode;
}) {
  const note = client.archivedAt ? archived : client.status === 'closed' ? closed : null;
  if (note === null) return children;
  return (
    <p className="text-sm text-slate-600" data-testid={testId}>
      {note}
    </p>
  );
}

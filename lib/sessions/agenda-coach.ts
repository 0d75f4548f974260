/**
 * A session is with the client's coach: an owner or colleague who plans one puts it in that coach's agenda (and calendar
 * feed), not their own. A coach who left the practice has no agenda any more: then the one who plans it holds it. The
 * service plans by this rule and the sessions page says which agenda before the form is sent.
 */
export function agendaCoachId(clientCoach: { id: string; active: boolean } | null, actorId: string): string {
  return clientCoach?.active ? clientCoach.id : actorId;
}

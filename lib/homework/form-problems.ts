/**
 * What the portal's homework form says when something stands in the way, one message per reason (keys under
 * `portal.homework`). No imports but types: the form runs this on the client's phone.
 */
import type { FieldGroup } from './types';

/** A field's answer the server refused (or could not save yet): why, so the client knows whether trying again helps. */
export function refusalMessageKey(code: string | undefined): string | null {
  if (!code) return null;
  switch (code) {
    case 'consent_required':
      return 'consentRequired';
    case 'stale':
      return 'changedElsewhere';
    // Handed in on another device or tab: the form is closed, trying again cannot help.
    case 'already_submitted':
      return 'handedInElsewhere';
    case 'not_found':
      return 'homeworkGone';
    // The coach closed the trajectory (or archived the record) meanwhile: signing in again would not let the client in.
    case 'coaching_ended':
      return 'coachingEnded';
    // A character the database cannot keep (pasted from another program): retyping it helps, checking it does not.
    case 'invalid_characters':
      return 'invalidCharacters';
    // A fault on our side: the answer stays queued and is sent again by itself.
    case 'server':
      return 'notSavedYet';
    default:
      return 'notSaved';
  }
}

/**
 * The first field, in the form's order, whose value on screen was refused here and not sent (a date outside its range):
 * handing in now would hand in the value saved before. "Required" errors are the server's own answer to the last
 * hand-in; the server checks those again.
 */
export function firstUnsentError(groups: readonly FieldGroup[], errors: Record<string, string>): { key: string; count: number } | null {
  const keys = groups.flatMap((g) => g.fields.map((f) => f.key)).filter((key) => errors[key] && errors[key] !== 'validation.required');
  return keys.length > 0 ? { key: keys[0]!, count: keys.length } : null;
}

/**
 * Answers are still queued on this device, so handing in waits: because the session is gone (signing in again helps,
 * the answers stay here), because a new version of the app was installed while the page was open (a reload helps),
 * because our server refused them with a fault of its own (they are sent again by themselves), or because they could
 * not be sent (no connection).
 */
export function unsentAnswersMessageKey(
  why: 'signed_out' | 'outdated' | 'server' | 'unsent',
): 'signedOutSubmit' | 'outdatedSubmit' | 'serverSubmit' | 'offlineSubmit' {
  return why === 'signed_out'
    ? 'signedOutSubmit'
    : why === 'outdated'
      ? 'outdatedSubmit'
      : why === 'server'
        ? 'serverSubmit'
        : 'offlineSubmit';
}

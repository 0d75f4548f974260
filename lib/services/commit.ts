import 'server-only';
import { type Executor, getDb } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { insertChangeEvents } from '@/db/queries/timeline';
import { type ActionResult, fail, ok } from '@/lib/actions/result';
import { type AuditAction, auditEntry } from '@/lib/audit';
import type { TimelineKind } from '@/lib/timeline';

/** Who made a change: a coach (user id), the client in the portal, the employer through a share link, or the system. */
export type ChangeActor = { practiceId: string; userId: string | null; kind: 'coach' | 'client' | 'employer' | 'system' };

/** Throw inside `write` (or `after`) when the row changed under you: the whole change rolls back as `stale`. */
export class StaleError extends Error {
  constructor() {
    super('stale');
  }
}

/**
 * Throw inside `write` when a rule checked again under lock refuses (another change won the race since the check before
 * the transaction): the whole change rolls back and `commitChange` answers with `refusal`.
 */
export class RefusedError extends Error {
  constructor(readonly refusal: ActionResult<never>) {
    super('refused');
  }
}

export type TimelineLine = { clientId: string; kind: TimelineKind; data?: Record<string, string | number | boolean | null> };
export type AuditLine = {
  action: AuditAction;
  entityType: string;
  entityId: string;
  metadata?: Record<string, unknown>;
  ip?: string | null;
};

export type Change<T> = {
  actor: ChangeActor;
  /** The write. Return null when a versioned update matched no row (someone else saved first). */
  write: (tx: Executor) => Promise<T | null>;
  /** The client's timeline line(s) for this change; ids, dates and labels only, never scores or notes. */
  timeline?: (result: T) => TimelineLine | TimelineLine[] | null;
  /** The audit entry (or entries); never personal data. */
  audit?: (result: T) => AuditLine | AuditLine[] | null;
  /** More work in the same transaction, after the events: enqueue mail, say. */
  after?: (tx: Executor, result: T) => Promise<void>;
  /**
   * False when the write found its change already made (a second click, a second tab, a retry): then no timeline
   * line, no audit entry and no `after`. The result is still returned, as `ok`.
   */
  changed?: (result: T) => boolean;
};

const list = <X>(value: X | X[] | null | undefined): X[] => (value == null ? [] : Array.isArray(value) ? value : [value]);

/**
 * The one way a domain service writes: the change, its timeline line and its audit entry commit in one
 * transaction, or none of them do. A stale version (write returned null, or StaleError) and a lost race
 * (a unique violation) come back as `stale`.
 */
export async function commitChange<T>(change: Change<T>, ex?: Executor): Promise<ActionResult<T>> {
  const { actor } = change;
  const run = async (tx: Executor): Promise<T> => {
    const result = await change.write(tx);
    if (result === null) throw new StaleError();
    if (change.changed && !change.changed(result)) return result;
    // The timeline lines and the audit entries go out as one statement (one round-trip fewer per change).
    await insertChangeEvents(
      actor.practiceId,
      list(change.timeline?.(result)).map((line) => ({ ...line, actorUserId: actor.userId, actorKind: actor.kind })),
      list(change.audit?.(result)).map((entry) =>
        auditEntry({ practiceId: actor.practiceId, actorUserId: actor.userId, actorKind: actor.kind, ...entry }),
      ),
      tx,
    );
    await change.after?.(tx, result);
    return result;
  };
  // Inside a caller's transaction (a service composing others) the change joins it, and a stale
  // version propagates so the caller's whole transaction rolls back: never a half-written change.
  if (ex) return ok(await run(ex));
  try {
    return ok(await getDb().transaction(run));
  } catch (error) {
    if (error instanceof StaleError || isUniqueViolation(error)) return fail('stale');
    if (error instanceof RefusedError) return error.refusal;
    throw error;
  }
}

import 'server-only';
import { and, desc, eq, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { ConsentKind } from '@/lib/caseload/constants';
import { type Executor, getDb } from '../client';
import { type Consent, consents, users } from '../schema';

export type ConsentWrite = Pick<Consent, 'clientId' | 'kind' | 'action' | 'textVersion' | 'recordedBy' | 'recordedByKind' | 'note'>;

/** Append-only: giving and withdrawing are both new rows. */
export async function insertConsent(practiceId: string, values: ConsentWrite, ex: Executor = getDb()) {
  const [row] = await ex
    .insert(consents)
    // The moment of the insert, not of the transaction's start (now()): the caller holds the client's lock here, so the
    // entries sort in the order they were made. With now(), a withdrawal whose transaction began first but waited for a
    // "given" could sort before it, and the consent would read as given.
    .values({ practiceId, ...values, createdAt: sql`clock_timestamp()` })
    .returning({ id: consents.id, createdAt: consents.createdAt });
  if (!row) throw new Error('insert failed');
  return row;
}

/** The full history, newest first, with the name of the coach who recorded each entry. */
export function listConsents(practiceId: string, clientId: string, ex: Executor = getDb()) {
  return ex
    .select({
      id: consents.id,
      kind: consents.kind,
      action: consents.action,
      textVersion: consents.textVersion,
      recordedByKind: consents.recordedByKind,
      recordedByName: users.name,
      note: consents.note,
      createdAt: consents.createdAt,
    })
    .from(consents)
    .leftJoin(users, and(eq(users.practiceId, consents.practiceId), eq(users.id, consents.recordedBy)))
    .where(and(eq(consents.practiceId, practiceId), eq(consents.clientId, clientId)))
    .orderBy(desc(consents.createdAt), desc(consents.id));
}

/** Whether the client's latest record of this kind is "given" (the history is append-only: the newest row wins). */
export async function isConsentGivenNow(practiceId: string, clientId: string, kind: ConsentKind, ex: Executor = getDb()): Promise<boolean> {
  const [latest] = await ex
    .select({ action: consents.action })
    .from(consents)
    .where(and(eq(consents.practiceId, practiceId), eq(consents.clientId, clientId), eq(consents.kind, kind)))
    .orderBy(desc(consents.createdAt), desc(consents.id))
    .limit(1);
  return latest?.action === 'given';
}

/**
 * The same question as isConsentGivenNow, as an SQL condition on a row of the statement (its practice and client id
 * columns), so a statement that already runs answers it without a round trip of its own: the share link's lookup, the
 * plan page, and the hot writes of health data (an answer saved on every click). Reads one client's consents through
 * the consents_client index.
 */
export function consentGivenSql(kind: ConsentKind, practiceId: SQLWrapper, clientId: SQLWrapper): SQL<boolean> {
  return sql<boolean>`coalesce((select ct.action = 'given' from consents ct
    where ct.practice_id = ${practiceId} and ct.client_id = ${clientId} and ct.kind = ${kind}
    order by ct.created_at desc, ct.id desc limit 1), false)`;
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { logError, redactServerLog, safeErrorFields } from './log';

const MARKER = 'noor.geheim@example.test';

/** Shaped like postgres.js's PostgresError wrapped in Drizzle's DrizzleQueryError (message = SQL + params). */
class PostgresError extends Error {
  code = '23505';
  severity = 'ERROR';
  detail = `Key (practice_id, email)=(2f6c1c1e-3d1b-4a51-9f0e-3b8a2e4d5c6f, ${MARKER}) already exists.`;
  where = `SQL statement with ${MARKER}`;
  constraint_name = 'clients_practice_email';
  table_name = 'clients';
  parameters = [MARKER, 'Noor'];
  query = 'insert into "clients" ("email") values ($1)';
  constructor() {
    super('duplicate key value violates unique constraint "clients_practice_email"');
  }
}
class DrizzleQueryError extends Error {
  constructor(
    readonly query: string,
    readonly params: unknown[],
    override readonly cause: unknown,
  ) {
    super(`Failed query: ${query}\nparams: ${params.join(',')}`);
  }
}

afterEach(() => vi.restoreAllMocks());

function logged(error: unknown): string {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
  logError('action', error);
  return spy.mock.calls.map((args) => args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')).join('\n');
}

describe('error logs carry no row values', () => {
  it('logs a PostgreSQL error by class, SQLSTATE and constraint, without detail, parameters or message', () => {
    const line = logged(new PostgresError());
    expect(line).not.toContain(MARKER);
    expect(line).not.toContain('Noor');
    expect(line).toContain('[action]');
    expect(safeErrorFields(new PostgresError())).toEqual({
      error: 'PostgresError',
      code: '23505',
      constraint: 'clients_practice_email',
      table: 'clients',
    });
  });

  it("does the same when Drizzle wraps it with the query's parameters in the message", () => {
    const wrapped = new DrizzleQueryError('insert into "clients" ("email") values ($1)', [MARKER], new PostgresError());
    const line = logged(wrapped);
    expect(line).not.toContain(MARKER);
    expect(line).toContain('23505');
    expect(line).toContain('clients_practice_email');
    expect(line).toContain('DrizzleQueryError < PostgresError');
  });

  it('drops the message of a Drizzle error without a SQLSTATE (a lost connection, say)', () => {
    const wrapped = new DrizzleQueryError('select * from clients where email = $1', [MARKER], new Error('Connection terminated'));
    expect(logged(wrapped)).not.toContain(MARKER);
  });

  it('keeps message and stack frames of errors that do not come from the database', () => {
    const fields = safeErrorFields(new TypeError('cannot read x of undefined'));
    expect(fields.error).toBe('TypeError');
    expect(fields.message).toBe('cannot read x of undefined');
    expect(fields.stack?.[0]).toMatch(/^at /);
  });

  it("drops the database server's DETAIL and STATEMENT lines", () => {
    const text = `ERROR:  duplicate key value violates unique constraint "clients_practice_email"\nDETAIL:  Key (email)=(${MARKER}) already exists.\nSTATEMENT:  insert into clients values ('${MARKER}')`;
    const out = redactServerLog(text);
    expect(out).not.toContain(MARKER);
    expect(out).toContain('clients_practice_email');
  });
});

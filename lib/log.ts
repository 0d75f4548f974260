import { pgErrorCode } from '../db/errors';

/**
 * What an error log line may carry: the error's class, SQLSTATE code, constraint and table names and, for
 * errors that are not from the database, the message and stack frames. Never a database error's message,
 * `detail`, `where`, query or parameters: those hold row values (names, emails, answers of clients).
 */
export type SafeErrorFields = {
  error: string;
  code?: string;
  constraint?: string;
  table?: string;
  message?: string;
  stack?: string[];
};

type Props = { name?: unknown; constructor?: { name?: unknown }; cause?: unknown; message?: unknown; stack?: unknown };

function className(value: unknown): string {
  if (!value || typeof value !== 'object') return typeof value;
  const v = value as Props;
  const name = typeof v.constructor?.name === 'string' && v.constructor.name !== 'Object' ? v.constructor.name : v.name;
  return typeof name === 'string' ? name : 'Error';
}

function chain(error: unknown): unknown[] {
  const out: unknown[] = [];
  for (let current = error; current && out.length < 5; current = (current as Props).cause) out.push(current);
  return out;
}

function stringField(values: unknown[], key: string): string | undefined {
  for (const value of values) {
    const field = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    if (typeof field === 'string' && /^[\w.$-]{1,128}$/.test(field)) return field;
  }
  return undefined;
}

// Drizzle's wrapper puts the SQL and its parameters in the message ("Failed query: ... params: ...").
function isDatabaseError(errors: unknown[]): boolean {
  return errors.some((e) => {
    const name = className(e);
    const message = (e as Props | null)?.message;
    return name === 'PostgresError' || name === 'DrizzleQueryError' || (typeof message === 'string' && message.startsWith('Failed query:'));
  });
}

export function safeErrorFields(error: unknown): SafeErrorFields {
  const errors = chain(error);
  const fields: SafeErrorFields = { error: errors.map(className).join(' < ') };
  const code = pgErrorCode(error);
  if (code || isDatabaseError(errors)) {
    if (code) fields.code = code;
    const constraint = stringField(errors, 'constraint_name') ?? stringField(errors, 'constraint');
    if (constraint) fields.constraint = constraint;
    const table = stringField(errors, 'table_name') ?? stringField(errors, 'table');
    if (table) fields.table = table;
    return fields;
  }
  const top = errors[0] as Props | undefined;
  if (typeof top?.message === 'string') fields.message = top.message.slice(0, 300);
  if (typeof top?.stack === 'string') {
    fields.stack = top.stack
      .split('\n')
      .filter((line) => line.trim().startsWith('at '))
      .slice(0, 8)
      .map((line) => line.trim());
  }
  return fields;
}

/** Logs an unexpected error without row values: `[scope] {"error":"DrizzleQueryError < PostgresError","code":"23505",...}`. */
export function logError(scope: string, error: unknown): void {
  console.error(`[${scope}]`, JSON.stringify(safeErrorFields(error)));
}

/**
 * The database server's own log lines, without the ones that quote row values: DETAIL ("Key (email)=(...)"),
 * STATEMENT and CONTEXT lines. The ERROR line itself names the constraint and stays.
 */
export function redactServerLog(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/\b(DETAIL|STATEMENT|CONTEXT|QUERY):/.test(line))
    .join('\n');
}

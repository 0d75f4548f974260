/** The PostgreSQL error code (SQLSTATE) of an error, however the driver and Drizzle wrap it. */
export function pgErrorCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = typeof current === 'object' && 'code' in current ? (current as { code: unknown }).code : undefined;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

export function isUniqueViolation(error: unknown): boolean {
  return pgErrorCode(error) === '23505';
}

/** Text PostgreSQL cannot store (a NUL character, say): the input's fault, not the server's. */
export function isInvalidText(error: unknown): boolean {
  const code = pgErrorCode(error);
  return code === '22021' || code === '22P05';
}

/** A referenced row disappeared between the check and the write (someone deleted it meanwhile). */
export function isForeignKeyViolation(error: unknown): boolean {
  return pgErrorCode(error) === '23503';
}

/** A number too large for its column (a crafted version or count): the input's fault, not the server's. */
export function isOutOfRange(error: unknown): boolean {
  return pgErrorCode(error) === '22003';
}

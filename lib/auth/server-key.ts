import { createHmac, hkdfSync } from 'node:crypto';

/** AUTH_SECRET is required in every environment where sessions exist; tests set one in their setup. */
function authSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set');
  return secret;
}

/** A 32-byte key for one purpose, derived from AUTH_SECRET with HKDF so no two uses share a key. */
export function derivedKey(purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', authSecret(), 'balanspunt', purpose, 32));
}

export function hmac(purpose: string, value: string): string {
  return createHmac('sha256', derivedKey(purpose)).update(value).digest('base64url');
}

import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/** RFC 6238 with the parameters every authenticator app supports: SHA-1, 6 digits, 30 seconds. */
export const PERIOD = 30;
/** One step either side: a phone clock 30 s off, or a code typed just as it rolled over, still works. */
const WINDOW = 1;

function totpFor(secretBase32: string, label = 'Balanspunt') {
  return new TOTP({ issuer: 'Balanspunt', label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secretBase32) });
}

/** A new 160-bit secret (RFC 4226's recommended length), base32 for the app. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI the QR code holds. */
export function totpUri(secretBase32: string, account: string): string {
  return totpFor(secretBase32, account).toString();
}

export function totpCode(secretBase32: string, timestamp = Date.now()): string {
  return totpFor(secretBase32).generate({ timestamp });
}

/**
 * The time step the code belongs to, or null. The caller stores the step and refuses codes of that step or earlier,
 * so an observed code cannot be replayed within its window.
 */
export function matchTotp(secretBase32: string, code: string, timestamp = Date.now(), lastStep: number | null = null): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secretBase32).validate({ token, timestamp, window: WINDOW });
  if (delta === null) return null;
  const step = Math.floor(timestamp / 1000 / PERIOD) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}

// Recovery codes: 10 characters from a 31-letter alphabet without look-alikes (0/O, 1/I/L): ~49 random bits each.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Case, spaces and the dash do not matter when typing a code over. */
function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/**
 * sha256 with a per-code salt, not argon2: a recovery code is ~49 random bits, not a human password, so a slow hash
 * adds nothing against guessing while ten argon2 checks per attempt would cost a second of CPU.
 */
export function hashRecoveryCode(code: string, salt = randomBytes(16).toString('base64url')): { salt: string; codeHash: string } {
  return {
    salt,
    codeHash: createHash('sha256')
      .update(`${salt}:${normaliseRecoveryCode(code)}`)
      .digest('hex'),
  };
}

export function recoveryCodeMatches(code: string, stored: { salt: string; codeHash: string }): boolean {
  const given = Buffer.from(hashRecoveryCode(code, stored.salt).codeHash, 'hex');
  const expected = Buffer.from(stored.codeHash, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A recovery code as typed, rather than a 6-digit TOTP code. */
export function looksLikeRecoveryCode(code: string): boolean {
  return normaliseRecoveryCode(code).length === 10;
}

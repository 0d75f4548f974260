import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { derivedKey } from './server-key';

/**
 * AES-256-GCM for small secrets at rest (the TOTP secrets; job payloads' email addresses, lib/mail/queue.ts), keyed
 * from AUTH_SECRET through HKDF with one key per purpose. A database dump alone does not reveal them. Rotating AUTH_SECRET makes the stored secrets unreadable: coaches then enrol again.
 * Format: v1.<iv>.<tag>.<ciphertext>, base64url.
 */
const PURPOSE = 'totp-secret-v1';

export function seal(plain: string, purpose = PURPOSE): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derivedKey(purpose), iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
}

export function open(sealed: string, purpose = PURPOSE): string | null {
  const [v, iv, tag, data] = sealed.split('.');
  if (v !== 'v1' || !iv || !tag || !data) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', derivedKey(purpose), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

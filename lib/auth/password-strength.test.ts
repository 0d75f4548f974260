import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

describe('password strength (zxcvbn, Dutch and English dictionaries, server only)', () => {
  it('refuses guessable passwords the old 21-word blocklist let through, and keeps passphrases', async () => {
    const { isStrongPassword } = await import('./password-strength');
    // Dutch words, names and years, keyboard walks: none of these were on the old list.
    for (const weak of [
      'voetbal12345',
      'geheimwachtwoord',
      'Amsterdam2024!',
      'welkom01welkom',
      'janssens1980',
      'vrijdag2024',
      'qwertz12345',
      '1qaz2wsx3edc',
    ]) {
      expect(isStrongPassword(weak), weak).toBe(false);
    }
    for (const strong of ['paard-batterij-nietje', 'een-sterk-wachtwoord-2026', 'a-long-enough-test-password', 'Fiets Tulp Regen 88']) {
      expect(isStrongPassword(strong), strong).toBe(true);
    }
  });

  it("counts the user's own name and email as known words", async () => {
    const { isStrongPassword, userWords } = await import('./password-strength');
    expect(userWords(['noor.devries@example.nl', 'Noor de Vries'])).toEqual(expect.arrayContaining(['noordevries', 'devries', 'vries']));
    expect(isStrongPassword('noordevries1985')).toBe(true);
    expect(isStrongPassword('noordevries1985', ['noor.devries@example.nl', 'Noor de Vries'])).toBe(false);
  });

  it('applies through the shared schemas on the server, with the sign-up fields as user words', async () => {
    await import('./password-strength');
    const { signUpSchema, resetPasswordSchema } = await import('@/lib/schemas/auth');
    const base = { practiceName: 'Praktijk Zonnestraal', name: 'Noor de Vries', email: 'noor.devries@example.nl', locale: 'nl' };
    const weak = signUpSchema.safeParse({ ...base, password: 'vrijdag2024' });
    expect(weak.success).toBe(false);
    expect(weak.error?.issues[0]).toMatchObject({ path: ['password'], message: 'validation.passwordTooWeak' });
    const own = signUpSchema.safeParse({ ...base, password: 'noordevries1985' });
    expect(own.error?.issues[0]).toMatchObject({ path: ['password'], message: 'validation.passwordTooWeak' });
    expect(signUpSchema.safeParse({ ...base, password: 'paard-batterij-nietje' }).success).toBe(true);
    const reset = resetPasswordSchema.safeParse({ token: 'x'.repeat(20), password: 'voetbal12345', confirmPassword: 'voetbal12345' });
    expect(reset.error?.issues[0]?.message).toBe('validation.passwordTooWeak');
  });

  it('in the browser (no estimator registered) the schema checks only the length', async () => {
    vi.resetModules();
    const { newPassword } = await import('@/lib/schemas/fields');
    expect(newPassword.safeParse('voetbal12345').success).toBe(true);
    expect(newPassword.safeParse('kort').error?.issues[0]?.message).toBe('validation.passwordTooShort');
  });
});

describe('bundle size: the zxcvbn dictionaries stay out of client bundles', () => {
  const root = path.resolve(__dirname, '../..');
  function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return sources(full);
      return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
    });
  }

  it('only server-only modules import @zxcvbn-ts', () => {
    const importers = [...sources(path.join(root, 'lib')), ...sources(path.join(root, 'app'))].filter((file) =>
      readFileSync(file, 'utf8').includes("from '@zxcvbn-ts/"),
    );
    expect(importers.map((f) => path.relative(root, f))).toEqual(['lib/auth/password-strength.ts']);
    for (const file of importers) expect(readFileSync(file, 'utf8')).toMatch(/^import 'server-only';/m);
    // The shared schema chain the client forms import must not reach the estimator module.
    for (const shared of ['lib/schemas/fields.ts', 'lib/schemas/auth.ts', 'lib/auth/password-policy.ts']) {
      expect(readFileSync(path.join(root, shared), 'utf8')).not.toMatch(
        /from '(\.\/password-strength|@\/lib\/auth\/password-strength|@zxcvbn-ts\/[^']*)'/,
      );
    }
  });
});

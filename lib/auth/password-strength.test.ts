import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

describe('password strength (zxcvbn, Dutch and English dictionaries, server only)', () => {
  // The first estimate loads the dictionaries: seconds on a machine busy with a build beside the tests.
  it('refuses guessable passwords the old 21-word blocklist let through, and keeps passphrases', { timeout: 30_000 }, async () => {
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

// Each test loads the dictionaries afresh (a counted estimator in a fresh module graph): seconds on a busy machine.
describe('cost: the strength estimate cannot be turned against the server', { timeout: 60_000 }, () => {
  /** The real estimator, counted: which passwords reached it, with which known words. */
  async function counted() {
    vi.resetModules();
    const strength = await import('./password-strength');
    const { registerStrengthEstimator } = await import('./password-policy');
    const schemas = await import('@/lib/schemas/auth');
    const calls: { password: string; userInputs: readonly string[] }[] = [];
    registerStrengthEstimator((password, userInputs) => {
      calls.push({ password, userInputs });
      return strength.isStrongPassword(password, userInputs);
    });
    strength.passwordScore('warm-up-the-dictionaries'); // built on first use; not what is measured
    return { ...strength, ...schemas, calls };
  }

  /** CPU time of fn, in ms: what a request takes from the event loop, whatever else the machine runs at the time. */
  function cpuMs(fn: () => void): number {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  }

  const base = { practiceName: 'Praktijk Zonnestraal', name: 'Noor de Vries', email: 'noor.devries@example.nl', locale: 'nl' };
  const worst = '01/02/1990'.repeat(26); // 260 characters: seconds of zxcvbn when the estimate read all of it
  const megabyte = '01/02/1990'.repeat(100_000);

  it('refuses a too-long password at once, without estimating it, on every form that sets one', async () => {
    const { signUpSchema, resetPasswordSchema, acceptInvitationSchema, changePasswordSchema, calls } = await counted();
    for (const password of [worst, megabyte]) {
      const forms = [
        () => signUpSchema.safeParse({ ...base, password }),
        () => resetPasswordSchema.safeParse({ token: 'x'.repeat(20), password, confirmPassword: password }),
        () => acceptInvitationSchema.safeParse({ token: 'x'.repeat(20), password, confirmPassword: password }),
        () => changePasswordSchema.safeParse({ currentPassword: 'oud-wachtwoord', password, confirmPassword: password }),
      ];
      for (const parse of forms) {
        const started = performance.now();
        const result = parse();
        expect(performance.now() - started).toBeLessThan(300);
        expect(result.error?.issues.find((i) => i.path[0] === 'password')?.message).toBe('validation.tooLong');
      }
    }
    expect(calls).toEqual([]);
  });

  it('estimates a sign-up once, with the coach’s name, email and practice as known words', async () => {
    const { signUpSchema, calls } = await counted();
    expect(signUpSchema.safeParse({ ...base, password: 'paard-batterij-nietje' }).success).toBe(true);
    expect(calls).toEqual([{ password: 'paard-batterij-nietje', userInputs: [base.email, base.name, base.practiceName] }]);
    calls.length = 0;
    // A password the length check refused is not estimated; the other fields still get their messages.
    const short = signUpSchema.safeParse({ ...base, name: '', password: 'kort' });
    expect(short.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['name', 'validation.required'],
      ['password', 'validation.passwordTooShort'],
    ]);
    expect(calls).toEqual([]);
  });

  it('reads only the first 32 characters of a long password, so a crafted one of the allowed length is cheap', async () => {
    const { passwordScore, STRENGTH_INPUT_LIMIT } = await counted();
    expect(STRENGTH_INPUT_LIMIT).toBe(32);
    const head = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
    expect(passwordScore(`${head}Zq8#fT!k2@pLw9`)).toBe(passwordScore(head));
    // Repeated dates and l33t characters are what make zxcvbn slow; 200 characters is the most a form lets through.
    for (const unit of ['01/02/1990', '11/11/1111', 'p@55w0rd', '1!|7', 'a1!']) {
      const crafted = unit.repeat(40).slice(0, 200);
      // Seconds of CPU before the cap; now a fraction of one (the limit leaves room for a slow, busy test machine).
      expect(
        cpuMs(() => passwordScore(crafted, [base.email, base.name, base.practiceName])),
        unit,
      ).toBeLessThan(750);
    }
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

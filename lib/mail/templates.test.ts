import { describe, expect, it } from 'vitest';
import {
  invitationMail,
  passwordChangedMail,
  passwordResetMail,
  twoFactorEnabledMail,
  twoFactorRemovedMail,
  twoFactorResetMail,
} from './templates';

const linkOf = (text: string) => text.match(/https?:\/\/\S+/g);

describe('coach mails', () => {
  it('carry the recipient’s language in their link, so the page opens in it before sign-in', () => {
    const invite = invitationMail({
      to: 'sam@example.test',
      locale: 'en',
      name: 'Sam',
      inviter: 'Noor Visser',
      practice: 'Praktijk Zuurstof',
      url: 'https://app.example/invite/p.secret',
    });
    expect(invite.subject).not.toMatch(/uitnodiging/i);
    expect(linkOf(invite.text)).toEqual(['https://app.example/invite/p.secret?lang=en']);
    expect(
      linkOf(passwordResetMail({ to: 'a@example.test', locale: 'nl', name: 'A', url: 'https://app.example/reset-password/t' }).text),
    ).toEqual(['https://app.example/reset-password/t?lang=nl']);
    expect(
      linkOf(
        passwordChangedMail({ to: 'a@example.test', locale: 'en', name: 'A', role: 'coach', url: 'https://app.example/forgot-password' })
          .text,
      ),
    ).toEqual(['https://app.example/forgot-password?lang=en']);
  });

  it('tell a coach in their language that two-factor sign-in was turned on, and what to do if it was not them', () => {
    const nl = twoFactorEnabledMail({
      to: 'a@example.test',
      locale: 'nl',
      name: 'A',
      role: 'coach',
      url: 'https://app.example/forgot-password',
    });
    expect(nl.subject).toBe('Aanmelden in twee stappen is aangezet');
    expect(nl.text).toContain('eigenaar van de praktijk');
    expect(linkOf(nl.text)).toEqual(['https://app.example/forgot-password?lang=nl']);
    const en = twoFactorEnabledMail({
      to: 'a@example.test',
      locale: 'en',
      name: 'A',
      role: 'coach',
      url: 'https://app.example/forgot-password',
    });
    expect(en.subject).toBe('Two-step sign-in has been turned on');
    expect(en.text).toContain('practice owner');
    expect(linkOf(en.text)).toEqual(['https://app.example/forgot-password?lang=en']);
  });

  it.each(['nl', 'en'] as const)('%s: tell an owner, who may be the only one, what they can do, not to tell the owner', (locale) => {
    const args = { to: 'a@example.test', locale, name: 'A', url: 'https://app.example/forgot-password' };
    const owner = { nl: 'eigenaar van de praktijk weten', en: 'the practice owner' }[locale];
    const auditLog = { nl: 'auditlog van de praktijk', en: "practice's audit log" }[locale];
    const another = { nl: 'nog een eigenaar', en: 'another owner' }[locale];
    for (const mail of [passwordChangedMail, twoFactorEnabledMail, twoFactorRemovedMail]) {
      expect(mail({ ...args, role: 'coach' }).text).toContain(owner);
      expect(mail({ ...args, role: 'owner' }).text).not.toContain(owner);
    }
    expect(passwordChangedMail({ ...args, role: 'owner' }).text).toContain(auditLog);
    expect(twoFactorRemovedMail({ ...args, role: 'owner' }).text).toContain(auditLog);
    expect(twoFactorEnabledMail({ ...args, role: 'owner' }).text).toContain(another);
  });

  it('tell a coach in their language that two-factor sign-in was turned off, by them or by the owner', () => {
    const removed = twoFactorRemovedMail({
      to: 'a@example.test',
      locale: 'nl',
      name: 'A',
      role: 'coach',
      url: 'https://app.example/forgot-password',
    });
    expect(removed.subject).toBe('Aanmelden in twee stappen is uitgezet');
    expect(linkOf(removed.text)).toEqual(['https://app.example/forgot-password?lang=nl']);
    const reset = twoFactorResetMail({
      to: 'a@example.test',
      locale: 'en',
      name: 'A',
      owner: 'Noor Visser',
      url: 'https://app.example/login',
    });
    expect(reset.subject).toBe('Two-step sign-in has been reset for you');
    expect(reset.text).toContain('Noor Visser');
    expect(linkOf(reset.text)).toEqual(['https://app.example/login?lang=en']);
  });
});

describe('the footer of coach mails', () => {
  const ignore = { nl: 'Dan kun je hem negeren', en: 'If you were not expecting it, you can ignore it' } as const;
  const base = { to: 'a@example.test', name: 'A', role: 'coach' as const, url: 'https://app.example/forgot-password' };
  const security = (locale: 'nl' | 'en') => [
    passwordChangedMail({ ...base, locale }),
    twoFactorEnabledMail({ ...base, locale }),
    twoFactorRemovedMail({ ...base, locale }),
    twoFactorResetMail({ ...base, locale, owner: 'Noor Visser' }),
  ];

  it.each(['nl', 'en'] as const)('%s: a security mail, which says what to do if it was not you, does not say to ignore it', (locale) => {
    for (const mail of security(locale)) {
      expect(mail.text).not.toContain(ignore[locale]);
      expect(mail.html).not.toContain(ignore[locale]);
      expect(mail.text).toContain('Balanspunt');
    }
  });

  it.each(['nl', 'en'] as const)('%s: an invitation or a reset the reader may not have asked for keeps the ordinary footer', (locale) => {
    const invite = invitationMail({ ...base, locale, inviter: 'Noor Visser', practice: 'Praktijk Zuurstof' });
    const reset = passwordResetMail({ ...base, locale });
    for (const mail of [invite, reset]) {
      expect(mail.text).toContain(ignore[locale]);
      expect(mail.html).toContain(ignore[locale]);
    }
  });
});

import type { Role } from '@/db/schema';
import { withLocale } from '@/lib/i18n/locale-link';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { composeMail } from './compose';
import type { Mail } from './transport';

export function invitationMail(args: { to: string; locale: Locale; name: string; inviter: string; practice: string; url: string }): Mail {
  const t = translatorFor(args.locale);
  return composeMail({
    to: args.to,
    locale: args.locale,
    subject: t('mail.invitation.subject', { practice: args.practice }),
    paragraphs: [
      t('mail.greeting', { name: args.name }),
      t('mail.invitation.body', { inviter: args.inviter, practice: args.practice }),
      t('mail.invitation.expiry'),
    ],
    link: { label: t('mail.invitation.action'), url: withLocale(args.url, args.locale) },
    footer: t('mail.footer'),
  });
}

export function passwordResetMail(args: { to: string; locale: Locale; name: string; url: string }): Mail {
  const t = translatorFor(args.locale);
  return composeMail({
    to: args.to,
    locale: args.locale,
    subject: t('mail.reset.subject'),
    paragraphs: [t('mail.greeting', { name: args.name }), t('mail.reset.body'), t('mail.reset.expiry')],
    link: { label: t('mail.reset.action'), url: withLocale(args.url, args.locale) },
    footer: t('mail.footer'),
  });
}

type SignInChange = { to: string; locale: Locale; name: string; url: string; role: Role };

/**
 * A change to how the coach signs in: what happened, and where to go if it was not them. Such a mail (and the owner's
 * reset of two-step sign-in) ends with the security footer: the usual "not expecting it? then you can ignore it" would
 * contradict its "was this not you? act straight away". A coach is told to go to the practice's owner; an owner, who
 * may be the only one, is told what they can do themselves (the audit log; another owner, if there is one).
 */
function signInChangedMail(
  section: 'passwordChanged' | 'twoFactorEnabled' | 'twoFactorRemoved',
  args: SignInChange,
  body: 'body' | 'bodyAfterReset' = 'body',
): Mail {
  const t = translatorFor(args.locale);
  return composeMail({
    to: args.to,
    locale: args.locale,
    subject: t(`mail.${section}.subject`),
    paragraphs: [
      t('mail.greeting', { name: args.name }),
      t(`mail.${section}.${body}`),
      t(args.role === 'owner' ? `mail.${section}.notYouOwner` : `mail.${section}.notYou`),
    ],
    link: { label: t(`mail.${section}.action`), url: withLocale(args.url, args.locale) },
    footer: t('mail.securityFooter'),
  });
}

/** After a password change or reset: the owner of the mailbox learns of it, and where to go if it was not them. */
export function passwordChangedMail(args: SignInChange & { afterReset?: boolean }): Mail {
  // A reset signs out everywhere (there is no "this device") and ends the calendar link: the mail says both.
  return signInChangedMail('passwordChanged', args, args.afterReset ? 'bodyAfterReset' : 'body');
}

/**
 * After two-factor sign-in was turned on: the coach learns of it, and what to do if it was not them (someone else's app
 * would then hold their second step).
 */
export function twoFactorEnabledMail(args: SignInChange): Mail {
  return signInChangedMail('twoFactorEnabled', args);
}

/** After two-factor sign-in was turned off: the coach learns of it, and where to go if it was not them. */
export function twoFactorRemovedMail(args: SignInChange): Mail {
  return signInChangedMail('twoFactorRemoved', args);
}

/** After the practice owner reset the coach's two-factor sign-in (a lost phone): what happened, and what to do next. */
export function twoFactorResetMail(args: { to: string; locale: Locale; name: string; owner: string; url: string }): Mail {
  const t = translatorFor(args.locale);
  return composeMail({
    to: args.to,
    locale: args.locale,
    subject: t('mail.twoFactorReset.subject'),
    paragraphs: [
      t('mail.greeting', { name: args.name }),
      t('mail.twoFactorReset.body', { owner: args.owner }),
      t('mail.twoFactorReset.notYou', { owner: args.owner }),
    ],
    link: { label: t('mail.twoFactorReset.action'), url: withLocale(args.url, args.locale) },
    footer: t('mail.securityFooter'),
  });
}

/** The owners' weekly reminder of closed records past the retention period: a count and a link, never a name. */
export function retentionDueMail(args: {
  to: string;
  locale: Locale;
  name: string;
  practice: string;
  count: number;
  years: number;
  url: string;
}): Mail {
  const t = translatorFor(args.locale);
  return composeMail({
    to: args.to,
    locale: args.locale,
    subject: t('mail.retentionDue.subject', { count: args.count }),
    paragraphs: [
      t('mail.greeting', { name: args.name }),
      t('mail.retentionDue.body', { practice: args.practice, count: args.count, years: args.years }),
      t('mail.retentionDue.why'),
    ],
    link: { label: t('mail.retentionDue.action'), url: withLocale(args.url, args.locale) },
    // Not the usual "not expecting it? then ignore it": this one asks for something.
    footer: t('mail.practiceFooter', { practice: args.practice }),
  });
}

import { withLocale } from '@/lib/i18n/locale-link';
import type { Locale } from '@/lib/i18n/locales';
import { type Translate, translatorFor } from '@/lib/i18n/translator';
import { portalSignInUrl } from '@/lib/urls';
import { composeMail } from './compose';
import type { Mail } from './transport';

/** Under every mailed sign-in link: how long it works, and the sign-in page's address for asking a new one. */
export function portalLinkExpiry(t: Translate, locale: Locale): string {
  return t('mail.portalLink.expiry', { portal: portalSignInUrl(locale) });
}

/**
 * The sign-in link mail, for the client's own request and the coach's "Email a sign-in link" alike. Kept apart from the
 * homework mails (portal-templates.ts), so that the coach's record page does not reach their titles and instruments.
 * Sent by the coach (`coach`), often the client's first mail: who sends it and what the portal is for, on the practice's
 * behalf; asked for by the client: "not expecting it? ignore it" (anyone can type an address).
 */
export function portalLinkMail(args: { to: string; locale: Locale; name: string; practice: string; url: string; coach?: string }): Mail {
  const t = translatorFor(args.locale);
  return composeMail({
    to: args.to,
    locale: args.locale,
    subject: t('mail.portalLink.subject', { practice: args.practice }),
    paragraphs: [
      t('mail.greeting', { name: args.name }),
      args.coach
        ? t('mail.portalLink.bodyFromCoach', { practice: args.practice, coach: args.coach })
        : t('mail.portalLink.body', { practice: args.practice }),
      portalLinkExpiry(t, args.locale),
    ],
    link: { label: t('mail.portalLink.action'), url: withLocale(args.url, args.locale) },
    footer: args.coach ? t('mail.practiceFooter', { practice: args.practice }) : t('mail.footer'),
  });
}

/** Asked for a sign-in link after the coaching ended: no link (the portal is closed to them), but why, and whom to ask. */
export function portalClosedMail(args: {
  to: string;
  locale: Locale;
  name: string;
  practice: string;
  coach: string;
  coachEmail: string;
}): Mail {
  const t = translatorFor(args.locale);
  return composeMail({
    to: args.to,
    locale: args.locale,
    subject: t('mail.portalClosed.subject', { practice: args.practice }),
    paragraphs: [
      t('mail.greeting', { name: args.name }),
      t('mail.portalClosed.body', { practice: args.practice, coach: args.coach, email: args.coachEmail }),
    ],
    link: null,
    footer: t('mail.footer'),
  });
}

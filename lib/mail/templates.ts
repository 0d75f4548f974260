import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import type { Mail } from './transport';

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A plain mail: greeting, paragraphs, one button link, signature. Same text in text and HTML. */
function compose(to: string, subject: string, paragraphs: string[], link: { label: string; url: string }, footer: string): Mail {
  const text = [...paragraphs, `${link.label}: ${link.url}`, '', footer].join('\n\n');
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2937">
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p><a href="${escapeHtml(link.url)}" style="display:inline-block;padding:10px 16px;background:#0f766e;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(link.label)}</a></p>
<p style="color:#6b7280;font-size:13px">${escapeHtml(footer)}</p></body></html>`;
  return { to, subject, text, html };
}

export function invitationMail(args: { to: string; locale: Locale; name: string; inviter: string; practice: string; url: string }): Mail {
  const t = translatorFor(args.locale);
  return compose(
    args.to,
    t('mail.invitation.subject', { practice: args.practice }),
    [
      t('mail.greeting', { name: args.name }),
      t('mail.invitation.body', { inviter: args.inviter, practice: args.practice }),
      t('mail.invitation.expiry'),
    ],
    { label: t('mail.invitation.action'), url: args.url },
    t('mail.footer'),
  );
}

export function passwordResetMail(args: { to: string; locale: Locale; name: string; url: string }): Mail {
  const t = translatorFor(args.locale);
  return compose(
    args.to,
    t('mail.reset.subject'),
    [t('mail.greeting', { name: args.name }), t('mail.reset.body'), t('mail.reset.expiry')],
    { label: t('mail.reset.action'), url: args.url },
    t('mail.footer'),
  );
}

/** After a password change or reset: the owner of the mailbox learns of it, and where to go if it was not them. */
export function passwordChangedMail(args: { to: string; locale: Locale; name: string; url: string }): Mail {
  const t = translatorFor(args.locale);
  return compose(
    args.to,
    t('mail.passwordChanged.subject'),
    [t('mail.greeting', { name: args.name }), t('mail.passwordChanged.body'), t('mail.passwordChanged.notYou')],
    { label: t('mail.passwordChanged.action'), url: args.url },
    t('mail.footer'),
  );
}

import type { TemplateKey } from '@/lib/homework/templates';
import { homeworkTitle } from '@/lib/homework/title';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import type { Mail } from './transport';

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Same layout as lib/mail/templates.ts: paragraphs, one button link, footer; same text in text and HTML. */
function compose(to: string, subject: string, paragraphs: string[], link: { label: string; url: string }, footer: string): Mail {
  const text = [...paragraphs, `${link.label}: ${link.url}`, '', footer].join('\n\n');
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2937">
${paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n')}
<p><a href="${escapeHtml(link.url)}" style="display:inline-block;padding:12px 18px;background:#0f766e;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(link.label)}</a></p>
<p style="color:#6b7280;font-size:13px">${escapeHtml(footer)}</p></body></html>`;
  return { to, subject, text, html };
}

const dueDate = (date: string) => new Date(`${date}T12:00:00Z`);

type HomeworkMailArgs = {
  to: string;
  locale: Locale;
  name: string;
  coach: string;
  practice: string;
  template: TemplateKey;
  instrumentKey: string | null;
  dueDate: string;
  message: string;
  url: string;
};

export function homeworkAssignedMail(args: HomeworkMailArgs): Mail {
  const t = translatorFor(args.locale);
  const task = homeworkTitle(args.template, args.instrumentKey, args.locale);
  const message = args.message.trim();
  return compose(
    args.to,
    t('mail.homeworkAssigned.subject', { task }),
    [
      t('mail.greeting', { name: args.name }),
      t('mail.homeworkAssigned.body', { coach: args.coach, practice: args.practice, task, due: dueDate(args.dueDate) }),
      ...(message ? [t('mail.homeworkAssigned.message', { coach: args.coach }), message] : []),
      t('mail.portalLink.expiry'),
    ],
    { label: t('mail.homeworkAssigned.action'), url: args.url },
    t('mail.footer'),
  );
}

export function homeworkReminderMail(args: Omit<HomeworkMailArgs, 'message'>): Mail {
  const t = translatorFor(args.locale);
  const task = homeworkTitle(args.template, args.instrumentKey, args.locale);
  return compose(
    args.to,
    t('mail.homeworkReminder.subject', { task }),
    [
      t('mail.greeting', { name: args.name }),
      t('mail.homeworkReminder.body', { coach: args.coach, task, due: dueDate(args.dueDate) }),
      t('mail.portalLink.expiry'),
    ],
    { label: t('mail.homeworkAssigned.action'), url: args.url },
    t('mail.footer'),
  );
}

export function portalLinkMail(args: { to: string; locale: Locale; name: string; practice: string; url: string }): Mail {
  const t = translatorFor(args.locale);
  return compose(
    args.to,
    t('mail.portalLink.subject', { practice: args.practice }),
    [t('mail.greeting', { name: args.name }), t('mail.portalLink.body', { practice: args.practice }), t('mail.portalLink.expiry')],
    { label: t('mail.portalLink.action'), url: args.url },
    t('mail.footer'),
  );
}

import type { TemplateKey } from '@/lib/homework/templates';
import { homeworkTitle } from '@/lib/homework/title';
import { withLocale } from '@/lib/i18n/locale-link';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import type { Localized } from '@/lib/instruments/types';
import { composeMail } from './compose';
import { portalLinkExpiry } from './portal-link-templates';
import type { Mail } from './transport';

const dueDate = (date: string) => new Date(`${date}T12:00:00Z`);

type HomeworkMailArgs = {
  to: string;
  locale: Locale;
  name: string;
  coach: string;
  practice: string;
  template: TemplateKey;
  instrumentKey: string | null;
  /** The practice's own questionnaire's name, for "measure again" with one: the mail names it. */
  instrumentName?: Partial<Localized> | null;
  dueDate: string;
  message: string;
  url: string;
};

export function homeworkAssignedMail(args: HomeworkMailArgs): Mail {
  const t = translatorFor(args.locale);
  const task = homeworkTitle(args.template, args.instrumentKey, args.locale, args.instrumentName);
  const message = args.message.trim();
  return composeMail({
    to: args.to,
    locale: args.locale,
    subject: t('mail.homeworkAssigned.subject', { task }),
    paragraphs: [
      t('mail.greeting', { name: args.name }),
      t('mail.homeworkAssigned.body', { coach: args.coach, practice: args.practice, task, due: dueDate(args.dueDate) }),
      ...(message ? [t('mail.homeworkAssigned.message', { coach: args.coach }), message] : []),
      portalLinkExpiry(t, args.locale),
    ],
    link: { label: t('mail.homeworkAssigned.action'), url: withLocale(args.url, args.locale) },
    footer: t('mail.footer'),
  });
}

/** `today` in the practice's zone: a reminder after the due date says when it was due, not "please finish by" that date. */
export function homeworkReminderMail(args: Omit<HomeworkMailArgs, 'message'> & { today: string }): Mail {
  const t = translatorFor(args.locale);
  const task = homeworkTitle(args.template, args.instrumentKey, args.locale, args.instrumentName);
  const overdue = args.dueDate < args.today;
  return composeMail({
    to: args.to,
    locale: args.locale,
    subject: t('mail.homeworkReminder.subject', { task }),
    paragraphs: [
      t('mail.greeting', { name: args.name }),
      t(overdue ? 'mail.homeworkReminder.overdueBody' : 'mail.homeworkReminder.body', {
        coach: args.coach,
        task,
        due: dueDate(args.dueDate),
      }),
      portalLinkExpiry(t, args.locale),
    ],
    link: { label: t('mail.homeworkAssigned.action'), url: withLocale(args.url, args.locale) },
    footer: t('mail.footer'),
  });
}

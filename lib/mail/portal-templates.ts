import { type TemplateKey, templateName } from '@/lib/homework/templates';
import { withLocale } from '@/lib/i18n/locale-link';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
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
  dueDate: string;
  message: string;
  url: string;
};

/**
 * The task by its kind only ("Energiedagboek", "Opnieuw meten"), never a questionnaire's name: mail is no safe channel,
 * often reaches a work address, and a practice's own questionnaire may be named after what it measures ("Burn-out…").
 * The portal, behind its sign-in, says which questionnaire.
 */
const taskName = (args: Pick<HomeworkMailArgs, 'template' | 'locale'>) => templateName(args.template)[args.locale];

export function homeworkAssignedMail(args: HomeworkMailArgs): Mail {
  const t = translatorFor(args.locale);
  const task = taskName(args);
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
    footer: t('mail.practiceFooter', { practice: args.practice }),
  });
}

/** `today` in the practice's zone: a reminder after the due date says when it was due, not "please finish by" that date. */
export function homeworkReminderMail(args: Omit<HomeworkMailArgs, 'message'> & { today: string }): Mail {
  const t = translatorFor(args.locale);
  const task = taskName(args);
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
    footer: t('mail.practiceFooter', { practice: args.practice }),
  });
}

/** Reopened by the coach after it was handed in: the client thought it done, and may add to it or change it. */
export function homeworkReopenedMail(args: Omit<HomeworkMailArgs, 'message' | 'dueDate'>): Mail {
  const t = translatorFor(args.locale);
  const task = taskName(args);
  return composeMail({
    to: args.to,
    locale: args.locale,
    subject: t('mail.homeworkReopened.subject', { task }),
    paragraphs: [
      t('mail.greeting', { name: args.name }),
      t('mail.homeworkReopened.body', { coach: args.coach, practice: args.practice, task }),
      portalLinkExpiry(t, args.locale),
    ],
    link: { label: t('mail.homeworkAssigned.action'), url: withLocale(args.url, args.locale) },
    footer: t('mail.practiceFooter', { practice: args.practice }),
  });
}

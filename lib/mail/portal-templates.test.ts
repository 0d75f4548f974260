import { describe, expect, it } from 'vitest';
import { portalSignInUrl } from '@/lib/urls';
import { portalLinkMail } from './portal-link-templates';
import { homeworkAssignedMail, homeworkReminderMail } from './portal-templates';

const args = {
  to: 'eva@example.test',
  name: 'Eva',
  coach: 'Noor Visser',
  practice: 'Praktijk Zuurstof',
  template: 'energy_diary' as const,
  dueDate: '2026-03-10',
  url: 'https://app.example/portal/auth/p.secret',
};

describe('portal mails', () => {
  it('assignment: in the client’s language, with the coach’s message and the sign-in link as the only button', () => {
    const nl = homeworkAssignedMail({ ...args, locale: 'nl', message: 'Let op de <avonden>.' });
    expect(nl.subject).toBe('Nieuw huiswerk: Energiedagboek');
    expect(nl.text).toContain(
      'Noor Visser van Praktijk Zuurstof heeft huiswerk voor je klaargezet: Energiedagboek. Graag uiterlijk 10 maart 2026 inleveren.',
    );
    expect(nl.text).toContain('Let op de <avonden>.');
    expect(nl.html).toContain('Let op de &lt;avonden&gt;.');
    // The link opens the portal in the client's language before they have signed in (proxy.ts reads `lang`); besides
    // it, the text gives the portal's sign-in page, where a client whose link has expired asks for a new one.
    expect(nl.text.match(/https?:\/\/\S+/g)).toEqual([portalSignInUrl('nl'), `${args.url}?lang=nl`]);
    expect(nl.html.match(/href="[^"]+"/g)).toEqual([`href="${args.url}?lang=nl"`]);
    const en = homeworkAssignedMail({ ...args, locale: 'en', message: '' });
    expect(en.text.match(/https?:\/\/\S+/g)).toEqual([portalSignInUrl('en'), `${args.url}?lang=en`]);
    expect(en.subject).toBe('New homework: Energy diary');
    expect(en.text).not.toContain('Message from');
  });

  it('a reminder asks for the due date until it has passed, then says when it was due', () => {
    const onTime = homeworkReminderMail({ ...args, locale: 'nl', today: '2026-03-10' });
    expect(onTime.text).toContain('Graag uiterlijk 10 maart 2026 inleveren.');
    const late = homeworkReminderMail({ ...args, locale: 'nl', today: '2026-03-11' });
    expect(late.text).toContain('Het was voor 10 maart 2026; lever het in zodra het je lukt.');
    expect(late.text).not.toContain('uiterlijk');
    const lateEn = homeworkReminderMail({ ...args, locale: 'en', today: '2026-03-11' });
    expect(lateEn.text).toContain('It was planned for 10 March 2026; please submit it whenever you can.');
  });

  it('every mail with a sign-in link gives the address of the portal’s sign-in page, in both languages', () => {
    // In the mail's language: the page opens in it (an English client's first screen is not Dutch).
    const portal = portalSignInUrl('nl');
    expect(portal).toMatch(/^https?:\/\/[^/]+\/portal\/login\?lang=nl$/);
    const nl = [
      homeworkAssignedMail({ ...args, locale: 'nl', message: '' }),
      homeworkReminderMail({ ...args, locale: 'nl', today: '2026-03-09' }),
      portalLinkMail({ to: args.to, locale: 'nl', name: 'Eva', practice: 'Praktijk Zuurstof', url: args.url }),
    ];
    for (const mail of nl) {
      expect(mail.text).toContain(`Open dan de aanmeldpagina van het portaal en vraag een nieuwe link aan: ${portal}\n`);
      expect(mail.html).toContain(`vraag een nieuwe link aan: ${portal}</p>`);
    }
    const en = [
      homeworkAssignedMail({ ...args, locale: 'en', message: '' }),
      homeworkReminderMail({ ...args, locale: 'en', today: '2026-03-09' }),
      portalLinkMail({ to: args.to, locale: 'en', name: 'Eva', practice: 'Praktijk Zuurstof', url: args.url }),
    ];
    const portalEn = portalSignInUrl('en');
    expect(portalEn).toMatch(/^https?:\/\/[^/]+\/portal\/login\?lang=en$/);
    for (const mail of en) expect(mail.text).toContain(`Then open the portal's sign-in page and ask for a new link: ${portalEn}\n`);
  });

  it('reminder and sign-in link name the task or practice', () => {
    expect(homeworkReminderMail({ ...args, locale: 'nl', today: '2026-03-09' }).subject).toBe('Herinnering: Energiedagboek');
    // A questionnaire by the kind of task only: its name may say what it measures, and mail goes to a work address.
    const measure = homeworkAssignedMail({ ...args, template: 'measure_again', locale: 'nl', message: '' });
    expect(measure.subject).toBe('Nieuw huiswerk: Opnieuw meten');
    expect(measure.text).toContain('heeft huiswerk voor je klaargezet: Opnieuw meten.');
    const link = portalLinkMail({ to: args.to, locale: 'nl', name: 'Eva', practice: 'Praktijk Zuurstof', url: args.url });
    expect(link.subject).toBe('Je aanmeldlink voor het cliëntportaal van Praktijk Zuurstof');
    expect(link.text).toContain('30 minuten');
  });
});

describe('the footer of mails a coach sends on purpose', () => {
  it.each(['nl', 'en'] as const)('%s: says on whose behalf, and not to ignore it', (locale) => {
    const mails = [homeworkAssignedMail({ ...args, locale, message: '' }), homeworkReminderMail({ ...args, locale, today: '2026-03-09' })];
    for (const mail of mails) {
      expect(mail.text).toMatch(/-- \n.*(namens|on behalf of) Praktijk Zuurstof\.$/);
      expect(mail.text).not.toMatch(/negeren|ignore it/);
    }
  });
});

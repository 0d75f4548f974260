import { describe, expect, it } from 'vitest';
import {
  meetingsCancelledMail,
  meetingsPlannedMail,
  sessionCancelledMail,
  sessionMovedMail,
  sessionsEndedMail,
  sessionsPlannedMail,
} from './session-templates';

const base = {
  to: 'eva@example.test',
  name: 'Eva',
  coach: 'Cas Coach',
  coachEmail: 'cas@delinde.test',
  practice: 'Praktijk De Linde',
  kind: 'tripartite' as const,
  location: 'on_site' as const,
  address: 'Lindelaan 4\n3581 AB Utrecht',
};

describe('session mails', () => {
  it('give the practice’s time, not the server’s: 23:30 UTC in December is 00:30 the next day in Amsterdam', () => {
    const mail = sessionsPlannedMail({
      ...base,
      locale: 'nl',
      sessions: [{ startsAt: new Date('2026-12-13T23:30:00Z'), durationMinutes: 60 }],
    });
    expect(mail.subject).toBe('Afspraak met Cas Coach: maandag 14 december 2026');
    expect(mail.text).toContain('een driegesprek met je leidinggevende, op locatie.');
    expect(mail.text).toContain('maandag 14 december 2026, 00:30–01:30');
    // On site: where to come.
    expect(mail.text).toContain('Adres: Lindelaan 4\n3581 AB Utrecht');
    expect(
      sessionsPlannedMail({ ...base, location: 'video', locale: 'nl', sessions: [{ startsAt: new Date(), durationMinutes: 30 }] }).text,
    ).not.toContain('Adres');
  });

  it('say nothing of the client’s health, and link to the portal, not to a single-use sign-in', () => {
    const mail = sessionCancelledMail({
      ...base,
      locale: 'en',
      session: { startsAt: new Date('2027-03-28T08:00:00Z'), durationMinutes: 45 },
    });
    // Summer time from that night on: 08:00 UTC is 10:00 in Amsterdam.
    expect(mail.text).toContain(
      'has cancelled your three-way meeting with your manager on Sunday, 28 March 2027, 10:00–10:45. If you have any questions, please contact Cas Coach (cas@delinde.test).',
    );
    expect(mail.text).toMatch(/Your sessions in the portal: https?:\/\/\S+\/portal\/login\?lang=en/);
    expect(mail.text).not.toMatch(/portal\/auth/);
    expect(mail.html).toContain('lang="en"');
  });
});

describe('the mail of a closed trajectory', () => {
  const ended = (locale: 'nl' | 'en', starts: string[]) =>
    sessionsEndedMail({ ...base, locale, sessions: starts.map((s) => ({ startsAt: new Date(s), durationMinutes: 60 })) });

  it('names every time that no longer takes place, and whom to ask', () => {
    const mail = ended('nl', ['2026-12-14T09:00:00Z']);
    expect(mail.subject).toBe('Je afspraak van maandag 14 december 2026 gaat niet door');
    expect(mail.text).toContain('De afspraak die nog gepland stond, gaat daarom niet door:\n\nmaandag 14 december 2026, 10:00–11:00');
    expect(mail.text).toContain('Heb je er vragen over, neem dan contact op met Cas Coach (cas@delinde.test).');
    const en = ended('en', ['2026-12-14T09:00:00Z', '2026-12-21T09:00:00Z']);
    expect(en.subject).toBe('Your 2 planned appointments are cancelled');
    expect(en.text).toContain(
      'Your coaching with Praktijk De Linde has been closed. The appointments still planned are therefore cancelled:',
    );
    expect(en.text).toContain('Monday, 14 December 2026, 10:00–11:00\nMonday, 21 December 2026, 10:00–11:00');
  });

  it('offers no way into the portal, which a closed trajectory cannot open', () => {
    const mail = ended('en', ['2026-12-14T09:00:00Z']);
    expect(mail.text).not.toContain('/portal');
    expect(mail.html).not.toContain('<a ');
  });
});

describe('a session moved', () => {
  const from = { startsAt: new Date('2027-04-05T07:30:00Z'), durationMinutes: 60 };
  const now = new Date('2026-12-07T12:00:00Z');

  it('to a time to come: the new time', () => {
    const mail = sessionMovedMail({
      ...base,
      locale: 'en',
      from,
      at: { startsAt: new Date('2027-04-06T07:30:00Z'), durationMinutes: 60 },
      now,
    });
    expect(mail.subject).toBe('Appointment moved to Tuesday, 6 April 2027');
    expect(mail.text).toContain('Tuesday, 6 April 2027, 09:30–10:30');
  });

  it('to a time gone by: that the old time no longer holds, not "moved to" a past day', () => {
    const mail = sessionMovedMail({
      ...base,
      locale: 'en',
      from,
      at: { startsAt: new Date('2026-12-01T08:30:00Z'), durationMinutes: 60 },
      now,
    });
    expect(mail.subject).toBe('Your appointment on Monday, 5 April 2027 no longer takes place');
    expect(mail.text).toContain(
      'has moved your three-way meeting with your manager on Monday, 5 April 2027, 09:30–10:30 to a time that has already passed: Tuesday, 1 December 2026, 09:30–10:30.',
    );
    expect(mail.text).not.toContain('Address:');
  });
});

describe('three-way meeting mails to the manager', () => {
  const manager = { ...base, to: 'john@employer.test', name: 'John Smith', employee: 'EB', locale: 'en' as const };

  it('say when and where, with the employee’s initials and whom to tell, in the contact’s language', () => {
    const mail = meetingsPlannedMail({
      ...manager,
      location: 'video',
      sessions: [{ startsAt: new Date('2027-01-12T13:00:00Z'), durationMinutes: 60 }],
    });
    expect(mail.subject).toBe('Three-way meeting with EB: Tuesday, 12 January 2027');
    expect(mail.text).toContain(
      'Cas Coach of Praktijk De Linde has planned a three-way meeting with you and your employee EB, by video call:',
    );
    expect(mail.text).toContain("Can't make it? Please let Cas Coach (cas@delinde.test) know.");
    expect(mail.text).not.toContain('Address:');
    expect(mail.text).not.toContain('/portal');
  });

  it('a cancellation lists the times', () => {
    const sessions = [new Date('2027-01-12T13:00:00Z'), new Date('2027-01-19T13:00:00Z')].map((startsAt) => ({
      startsAt,
      durationMinutes: 45,
    }));
    const mail = meetingsCancelledMail({ ...manager, sessions });
    expect(mail.subject).toBe('2 three-way meetings with EB cancelled, from Tuesday, 12 January 2027');
    expect(mail.text).toContain(
      'has cancelled these three-way meetings with you and your employee EB:\n\nTuesday, 12 January 2027, 14:00–14:45\nTuesday, 19 January 2027, 14:00–14:45',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { composeMail } from './compose';
import { homeworkAssignedMail } from './portal-templates';
import { invitationMail } from './templates';

describe('one layout for every mail', () => {
  it('says its language in the HTML, escapes the texts and keeps a line break in a paragraph', () => {
    const mail = composeMail({
      to: 'eva@example.test',
      locale: 'en',
      subject: 'Hi',
      paragraphs: ['One <b>line</b>\nand the next'],
      link: { label: 'Open', url: 'https://app.example/x?a=1&b=2' },
      footer: 'Sent by Balanspunt',
    });
    expect(mail.html).toMatch(/^<!doctype html><html lang="en">/);
    expect(mail.html).toContain('<p>One &lt;b&gt;line&lt;/b&gt;<br>and the next</p>');
    expect(mail.html).toContain('href="https://app.example/x?a=1&amp;b=2"');
    expect(mail.text).toBe('One <b>line</b>\nand the next\n\nOpen: https://app.example/x?a=1&b=2\n\n-- \nSent by Balanspunt');
  });

  it('is used by the coach’s and the client’s mails alike, each in its reader’s language', () => {
    const invitation = invitationMail({ to: 'a@b.test', locale: 'en', name: 'Ann', inviter: 'Noor', practice: 'P', url: 'https://x/i' });
    const homework = homeworkAssignedMail({
      to: 'c@d.test',
      locale: 'nl',
      name: 'Eva',
      coach: 'Noor',
      practice: 'P',
      template: 'energy_diary',
      dueDate: '2026-03-10',
      message: '',
      url: 'https://x/p',
    });
    expect(invitation.html).toMatch(/<html lang="en">/);
    expect(homework.html).toMatch(/<html lang="nl">/);
  });
});

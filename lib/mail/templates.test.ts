import { describe, expect, it } from 'vitest';
import { invitationMail, passwordChangedMail, passwordResetMail } from './templates';

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
      linkOf(passwordChangedMail({ to: 'a@example.test', locale: 'en', name: 'A', url: 'https://app.example/forgot-password' }).text),
    ).toEqual(['https://app.example/forgot-password?lang=en']);
  });
});

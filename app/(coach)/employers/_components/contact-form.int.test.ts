import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderClientHtml } from '@/lib/testing/render-client';
import { ContactForm } from './contact-form';

vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ push: () => {}, replace: () => {}, refresh: () => {}, back: () => {}, prefetch: () => {} }),
}));

const employerId = '3f0c2b7e-1d2a-4b3c-9d8e-0f1a2b3c4d5e';
const contact = {
  contactId: '8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  version: 1,
  employerId,
  name: 'Henk de Boer',
  role: 'manager' as const,
  email: 'henk@example.test',
  phone: '',
  locale: 'nl' as const,
};

/** The opening tag of the element with this id. */
const tag = (html: string, id: string) => new RegExp(`<[a-z]+ [^>]*\\bid="${id}"[^>]*>`).exec(html)?.[0] ?? '';
/** The text of the element with this id (no nested elements). */
const text = (html: string, id: string) => new RegExp(`\\bid="${id}"[^>]*>([^<]*)<`).exec(html)?.[1] ?? null;

describe('the contact form', () => {
  it('warns, at the role of a contact being edited, that company doctor or other ends their share links', () => {
    const html = renderClientHtml(createElement(ContactForm, { employerId, contact }));
    const role = `contact-${contact.contactId}-role`;
    // What updateContactDetails does (lib/employers/service.ts): a role that cannot have links ends the ones given.
    expect(text(html, `${role}-hint`)).toBe(
      'De rol bedrijfsarts of anders beëindigt de deellinks van deze contactpersoon: alleen een leidinggevende of HR kan er een hebben.',
    );
    expect(tag(html, role)).toContain(`aria-describedby="${role}-hint"`);
    // The email hint stays beside it.
    expect(tag(html, `contact-${contact.contactId}-email`)).toContain(`aria-describedby="contact-${contact.contactId}-email-hint"`);
  });

  it('has no such warning when adding a contact, who has no links yet', () => {
    const html = renderClientHtml(createElement(ContactForm, { employerId }));
    expect(text(html, 'new-contact-role-hint')).toBeNull();
    expect(tag(html, 'new-contact-role')).not.toContain('aria-describedby');
  });

  it('names the contact’s language in the page’s language (an English contact on a Dutch page: Engels)', () => {
    const html = renderClientHtml(createElement(ContactForm, { employerId }));
    expect(html).toContain('<option value="nl">Nederlands</option>');
    expect(html).toContain('<option value="en">Engels</option>');
  });
});

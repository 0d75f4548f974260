import { escapeHtml } from '@/lib/http/escape-html';
import type { Locale } from '@/lib/i18n/locales';
import type { Mail } from './transport';

/**
 * Every mail the app sends has this one layout: paragraphs, one button link (none in the plan's update notice, which
 * has no link to give: only a share token's hash is kept), the footer saying who sent it; the same
 * text in the text and the HTML part, and the HTML in the reader's language (`lang`, for screen readers and
 * translation tools). Texts are escaped; a line break inside a paragraph (a coach's message) stays one.
 */
export function composeMail(args: {
  to: string;
  locale: Locale;
  subject: string;
  paragraphs: string[];
  link: { label: string; url: string } | null;
  footer: string;
}): Mail {
  const { to, locale, subject, paragraphs, link, footer } = args;
  // The footer after the signature separator ("-- " on a line of its own), which mail programs show as the signature.
  const text = `${[...paragraphs, ...(link ? [`${link.label}: ${link.url}`] : [])].join('\n\n')}\n\n-- \n${footer}`;
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2937">
${paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n')}
${link ? `<p><a href="${escapeHtml(link.url)}" style="display:inline-block;padding:12px 18px;background:#0f766e;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(link.label)}</a></p>\n` : ''}<p style="color:#6b7280;font-size:13px">${escapeHtml(footer)}</p></body></html>`;
  return { to, subject, text, html };
}

import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderClientHtml } from '@/lib/testing/render-client';
import { CommentForm, ConfirmButton, Problem } from './share-actions';

// Rendered as the browser first gets them (no DOM in tests); the router is a stand-in.
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  useRouter: () => ({ refresh() {}, push() {}, replace() {}, back() {}, forward() {}, prefetch() {} }),
}));

const liveRegions = (html: string) => (html.match(/aria-live=|role="alert"/g) ?? []).length;

describe('the share page’s controls', () => {
  it('reads an error out once: one alert region, no alert inside a live region', () => {
    const html = renderClientHtml(createElement(Problem, { error: 'server' }));
    expect(html).toContain('Er ging iets mis.');
    expect(liveRegions(html)).toBe(1);
    // The region is there before any error, so its content is read when it appears.
    expect(liveRegions(renderClientHtml(createElement(ConfirmButton, { token: 't', seen: '' })))).toBe(1);
  });

  it('keeps the visible comment counter out of the live regions; a quiet region of its own says the thresholds', () => {
    const html = renderClientHtml(createElement(CommentForm, { token: 't' }));
    const counter = /<p id="share-comment-count"[^>]*>/.exec(html)?.[0];
    expect(counter).toBeDefined();
    expect(counter).not.toContain('aria-live');
    expect(html).toMatch(/<span class="sr-only" aria-live="polite" data-testid="share-comment-spoken"><\/span>/);
  });

  it('words a refused comment or confirmation on a gone link without a withdrawn item, in both languages', () => {
    const nl = renderClientHtml(createElement(Problem, { error: 'link_not_found' }));
    const en = renderClientHtml(createElement(Problem, { error: 'link_not_found' }), 'en');
    expect(nl).toContain('Deze link werkt niet meer, dus dit is niet opgeslagen.');
    expect(en).toContain('This link no longer works, so this was not saved.');
    expect(`${nl}${en}`).not.toMatch(/punt|item/);
  });
});

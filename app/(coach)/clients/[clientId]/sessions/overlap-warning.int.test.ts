import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { renderClientHtml } from '@/lib/testing/render-client';
import { OverlapWarning } from './overlap-warning';

// The warning as the browser first gets it, in both languages: its words fit the form it confirms.
const render = (mode: 'plan' | 'move', locale: 'nl' | 'en', params: Record<string, string | number> = { count: 1, agenda: 'own' }) =>
  renderClientHtml(createElement(OverlapWarning, { mode, params, pending: false, onConfirm: () => {} }), locale)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('the overlap warning', () => {
  it('asks to plan anyway when planning', () => {
    expect(render('plan', 'nl')).toBe(
      'Let op: dit overlapt met een andere sessie in je agenda. Kies een andere tijd, of plan toch. Toch plannen',
    );
    expect(render('plan', 'en')).toBe(
      'Note: this overlaps another session in your calendar. Choose another time, or plan anyway. Plan anyway',
    );
  });

  it('asks to move anyway when moving, never to plan', () => {
    const nl = render('move', 'nl', { count: 2, agenda: 'other' });
    expect(nl).toBe(
      'Let op: dit overlapt met 2 andere sessies in de agenda van de coach van deze sessie. Kies een andere tijd, of verplaats toch. Toch verplaatsen',
    );
    const en = render('move', 'en');
    expect(en).toBe('Note: this overlaps another session in your calendar. Choose another time, or move anyway. Move anyway');
    expect(`${nl} ${en}`).not.toMatch(/plan/i);
  });
});

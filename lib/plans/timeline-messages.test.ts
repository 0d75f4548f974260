import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/translator';
import { INTERVENTIONS } from './library';

/** The plan's timeline lines as the client's timeline writes them (`timeline.<kind>` with the event's data). */
describe('the plan timeline lines', () => {
  for (const locale of ['nl', 'en'] as const) {
    const t = translatorFor(locale);

    it(`${locale}: a dismissed suggestion is named by its intervention's title (the event holds its key)`, () => {
      const plain = locale === 'nl' ? 'Suggestie afgewezen' : 'Suggestion dismissed';
      for (const i of INTERVENTIONS) {
        expect(t('timeline.plan.suggestion_dismissed', { suggestion: i.key }), i.key).toBe(`${plain}: ${i.title[locale]}`);
      }
      // A key the library no longer has: the line without a name, not the key.
      expect(t('timeline.plan.suggestion_dismissed', { suggestion: 'gone_from_library' })).toBe(plain);
      // Put back: named the same way.
      const back = locale === 'nl' ? 'Suggestie teruggezet' : 'Suggestion put back';
      for (const i of INTERVENTIONS)
        expect(t('timeline.plan.suggestion_restored', { suggestion: i.key })).toBe(`${back}: ${i.title[locale]}`);
    });

    it(`${locale}: a withdrawal by the client reads differently from one the coach recorded in session`, () => {
      const line = (reason: string) => t('timeline.plan.release_withdrawn', { title: 'Stoptijd', reason });
      const byClient = line('client');
      const inSession = line('coach_in_session');
      expect(byClient).not.toBe(inSession);
      expect(byClient).not.toBe(line('unknown'));
      expect(inSession).not.toBe(line('unknown'));
      expect(inSession).toMatch(locale === 'nl' ? /sessie/ : /session/);
    });
  }
});

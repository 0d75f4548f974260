import { describe, expect, it } from 'vitest';
import { type MessageTree, messagesFor } from './messages';
import { translatorFor } from './translator';

const nl = translatorFor('nl');
const en = translatorFor('en');

/** Every Dutch text by its key, except the versioned consent texts: the product owner words those. */
function dutchTexts(tree: MessageTree = messagesFor('nl'), prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]): [string, string][] => {
    const key = prefix ? `${prefix}.${k}` : k;
    if (key === 'consents.text') return [];
    return typeof v === 'string' ? [[key, v]] : dutchTexts(v, key);
  });
}

describe('wording', () => {
  it('counts agree with their number: 1 minuut, 1 item', () => {
    expect(nl('portal.login.rateLimited', { minutes: 1 })).toContain('probeer het over 1 minuut opnieuw.');
    expect(nl('portal.login.rateLimited', { minutes: 15 })).toContain('probeer het over 15 minuten opnieuw.');
    expect(en('portal.login.rateLimited', { minutes: 1 })).toContain('try again in 1 minute.');
    expect(en('portal.login.rateLimited', { minutes: 15 })).toContain('try again in 15 minutes.');
    const structure = { subscales: 1, min: 1, max: 5 };
    expect(nl('instruments.structureText', { ...structure, items: 1 })).toBe('1 item · 1 subschaal · schaal 1–5');
    expect(nl('instruments.structureText', { ...structure, items: 23 })).toBe('23 items · 1 subschaal · schaal 1–5');
    expect(en('instruments.structureText', { ...structure, items: 1 })).toBe('1 item · 1 subscale · scale 1–5');
    const due = { date: '1 March 2027' };
    expect(en('gdpr.due', { ...due, years: 1 })).toContain('The retention period of 1 year after closing');
    expect(en('gdpr.due', { ...due, years: 7 })).toContain('The retention period of 7 years after closing');
    expect(nl('gdpr.due', { ...due, years: 1 })).toContain('De bewaartermijn van 1 jaar na afsluiten');
  });

  it('English texts say coaching programme and record, not the calques trajectory and file', () => {
    const english = (tree: MessageTree = messagesFor('en'), prefix = ''): [string, string][] =>
      Object.entries(tree).flatMap(([k, v]): [string, string][] => {
        const key = prefix ? `${prefix}.${k}` : k;
        return typeof v === 'string' ? [[key, v]] : english(v, key);
      });
    expect(english().filter(([, text]) => /\btrajector(y|ies)\b|\bthe file\b/i.test(text))).toEqual([]);
  });

  it('the report summary says in words when no agreement is open any more', () => {
    expect(nl('reports.summary.plan', { count: 4, open: 0 })).toBe('Je actieplan bevat 4 afspraken; daarvan staat er geen meer open.');
    expect(nl('reports.summary.plan', { count: 4, open: 1 })).toBe('Je actieplan bevat 4 afspraken; daarvan staat er nog 1 open.');
    expect(nl('reports.summary.plan', { count: 4, open: 3 })).toBe('Je actieplan bevat 4 afspraken; daarvan staan er nog 3 open.');
    expect(en('reports.summary.plan', { count: 1, open: 0 })).toBe('Your action plan holds 1 agreement; none is open any more.');
    expect(en('reports.summary.plan', { count: 4, open: 1 })).toBe('Your action plan holds 4 agreements; 1 is still open.');
    expect(en('reports.summary.plan', { count: 4, open: 3 })).toBe('Your action plan holds 4 agreements; 3 are still open.');
  });

  it('Dutch texts say aanmelden, not inloggen', () => {
    const inloggen = dutchTexts().filter(([, text]) => /\binlog|\blog(t)? in\b|\bingelogd|\buitlog/i.test(text));
    expect(inloggen).toEqual([]);
  });

  it('Dutch texts call a login an aangemeld apparaat: a sessie is a coaching session', () => {
    for (const key of [
      'security.sessionsTitle',
      'security.linkFromSettings',
      'security.intro',
      'security.passwordChanged',
      'security.signedOutEverywhere',
      'mail.passwordChanged.body',
      'mail.twoFactorRemoved.body',
    ]) {
      expect(nl(key), key).not.toMatch(/sessie/i);
    }
    expect(nl('security.sessionsTitle')).toBe('Aangemelde apparaten');
    expect(nl('security.passwordChanged')).toBe('Je wachtwoord is gewijzigd. Je bent op je andere apparaten afgemeld.');
  });

  it('English texts too: a login is a signed-in device, the quadrant line a course, sums counted by the manual', () => {
    for (const key of [
      'security.sessionsTitle',
      'security.linkFromSettings',
      'security.intro',
      'security.passwordChanged',
      'security.signedOutEverywhere',
      'mail.passwordChanged.body',
      'mail.twoFactorRemoved.body',
    ]) {
      expect(en(key), key).not.toMatch(/session/i);
    }
    expect(en('security.sessionsTitle')).toBe('Signed-in devices');
    expect(en('results.quadrantDescription', { demands: 3, resources: 4, profile: 'x', count: 3 })).toContain('course over 3');
    expect(en('results.ownScaleSumNote')).not.toMatch(/as its cut-offs read/);
  });

  it('Dutch texts say ziekgemeld, not met ziekteverlof, and quote with ‘…’', () => {
    expect(dutchTexts().filter(([, text]) => /ziekteverlof|„/.test(text))).toEqual([]);
    expect(nl('portal.homework.referencePeriod.sickLeaveSince', { since: '14 september 2026' })).toMatch(
      /^Je bent sinds 14 september 2026 ziekgemeld\. /,
    );
    expect(nl('intake.referencePeriod.sickLeave', { client: 'Sara' })).toMatch(
      /^Sara is ziekgemeld\. .*niet over de tijd dat Sara ziek is\./,
    );
  });
  it('no word is written twice in a row, in either language (Dutch "je je", as in "meld je je aan", is right)', () => {
    const all = (tree: MessageTree, prefix = ''): [string, string][] =>
      Object.entries(tree).flatMap(([k, v]): [string, string][] => {
        const key = prefix ? `${prefix}.${k}` : k;
        return typeof v === 'string' ? [[key, v]] : all(v, key);
      });
    const doubled = (['nl', 'en'] as const).flatMap((locale) =>
      all(messagesFor(locale)).flatMap(([key, text]) =>
        [...text.matchAll(/(?<!\p{L})(\p{L}+)\s+\1(?!\p{L})/giu)]
          .filter((m) => !(locale === 'nl' && m[1]?.toLowerCase() === 'je'))
          .map((m) => `${locale} ${key}: ${m[0]}`),
      ),
    );
    expect(doubled).toEqual([]);
  });
});

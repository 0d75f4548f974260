import { describe, expect, it } from 'vitest';
import { formTemplates, measureAgainName } from '../homework/templates';
import { builtInInstruments } from '../instruments';
import { instrumentMessages } from '../instruments/messages';
import { INTERVENTIONS } from '../plans/library';
import { planMessages } from '../plans/messages';
import { scoringMessages } from '../scoring/messages';
import { type MessageTree, messagesFor } from './messages';
import { translatorFor } from './translator';

const nl = translatorFor('nl');
const en = translatorFor('en');

/**
 * Every Dutch text by its key, except the versioned consent texts: the product owner words those, and an earlier
 * version's words stay as the client agreed to them.
 */
function dutchTexts(tree: MessageTree = messagesFor('nl'), prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]): [string, string][] => {
    const key = prefix ? `${prefix}.${k}` : k;
    if (key === 'consents.text' || key === 'consents.earlierText') return [];
    return typeof v === 'string' ? [[key, v]] : dutchTexts(v, key);
  });
}

/** Every `{ nl: '…' }` text in a structure (a homework form, an intervention, a questionnaire), by where it is. */
function localizedDutch(value: unknown, where: string): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedDutch(v, `${where}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]): [string, string][] =>
    k === 'nl' && typeof v === 'string' ? [[where, v]] : localizedDutch(v, `${where}.${k}`),
  );
}

/**
 * The Dutch texts outside the message files too: the copies lib/scoring, lib/plans and lib/instruments keep of theirs
 * (the message files hold the same words), the homework forms, the intervention library and the built-in questionnaires.
 */
function allDutchTexts(): [string, string][] {
  const copies = { scoring: scoringMessages.nl, plans: planMessages.nl, instruments: instrumentMessages.nl };
  return [
    ...dutchTexts(),
    ...Object.entries(copies).flatMap(([module, texts]) => Object.entries(texts).map(([k, v]): [string, string] => [`${module} ${k}`, v])),
    ...localizedDutch(formTemplates, 'homework'),
    ...localizedDutch(measureAgainName, 'homework.measure_again'),
    ...localizedDutch(INTERVENTIONS, 'interventions'),
    ...localizedDutch(builtInInstruments, 'instruments'),
  ];
}

const englishTexts = (tree: MessageTree = messagesFor('en'), prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]): [string, string][] => {
    const key = prefix ? `${prefix}.${k}` : k;
    return typeof v === 'string' ? [[key, v]] : englishTexts(v, key);
  });

/** What the employer reads: the share page, the mails about the shared plan and the manager's report. */
const forTheEmployer = (key: string) => /^(share|mail\.planShare|mail\.planUpdate|reports\.manager)\./.test(key);

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
    expect(en('reports.summary.plan', { count: 1, open: 0 })).toBe('Your action plan contains 1 agreement; none is open any more.');
    expect(en('reports.summary.plan', { count: 4, open: 1 })).toBe('Your action plan contains 4 agreements; 1 is still open.');
    expect(en('reports.summary.plan', { count: 4, open: 3 })).toBe('Your action plan contains 4 agreements; 3 are still open.');
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

  it('the client report says per dimension when a questionnaire mixes sums and means, not "the sum" for all', () => {
    const note = (t: typeof nl, scoring: string) =>
      t('reports.client.scoresNoteOwnScale', { instrument: 'Energiemeter', min: 1, max: 5, scoring, bands: 'false' });
    expect(note(nl, 'mixed')).toContain('de som of het gemiddelde (per onderdeel zoals de vragenlijst voorschrijft)');
    expect(note(en, 'mixed')).toContain('the sum or the mean (per dimension, as the questionnaire prescribes)');
    expect(note(nl, 'sum')).toContain('is de score per onderdeel de som van je antwoorden');
    expect(note(en, 'mean')).toContain('each dimension’s score is the mean of your answers');
    expect(nl('reports.client.scoreColumn', { scoring: 'mixed', min: 1, max: 5 })).toBe('Score');
    expect(nl('reports.client.scoreColumn', { scoring: 'mean', min: 1, max: 5 })).toBe('Score (1–5)');
  });

  it('Dutch texts say ziekgemeld, not met ziekteverlof, and quote with ‘…’', () => {
    expect(dutchTexts().filter(([, text]) => /ziekteverlof|„/.test(text))).toEqual([]);
    // Nor with double quotes, straight or curly: not in the message files, the modules' copies or the forms either.
    expect(allDutchTexts().filter(([, text]) => /["“”„]/.test(text))).toEqual([]);
    expect(localizedDutch(formTemplates, 'homework').some(([, text]) => text.includes('‘ik ben aan het leren’'))).toBe(true);
    expect(nl('instrument.duplicateItemKey', { key: 'werkdruk_1' })).toBe('De itemcode ‘werkdruk_1’ komt meer dan één keer voor.');
    expect(nl('portal.homework.referencePeriod.sickLeaveSince', { since: '14 september 2026' })).toMatch(
      /^Je bent sinds 14 september 2026 \(gedeeltelijk\) ziekgemeld\. /,
    );
    expect(nl('intake.referencePeriod.sickLeave', { client: 'Sara' })).toMatch(
      /^Sara is \(gedeeltelijk\) ziekgemeld\. .*niet over de tijd dat Sara ziek is\./,
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

  it('Dutch texts write Niet-opgeslagen before a noun, and compounds such as taakeisenindex and coachingstraject as one word', () => {
    const beforeNoun = /\bniet opgeslagen (?!(?:en|of|maar|omdat|want|tot|door|als|is|zijn|wordt|worden|meer)\b)\p{L}/iu;
    expect(allDutchTexts().filter(([, text]) => beforeNoun.test(text))).toEqual([]);
    expect(nl('sessions.unsaved')).toBe('Niet-opgeslagen wijzigingen');
    // A hyphen before -index only after an abbreviation (JD-R-index), not after a word (taakeisen-index).
    expect(allDutchTexts().filter(([, text]) => /\p{Ll}-index|coachingtraject|weekmelding/u.test(text))).toEqual([]);
  });

  it('Dutch texts call the client’s pdf a rapport, not a rapportage', () => {
    expect(allDutchTexts().filter(([, text]) => /rapportage/i.test(text))).toEqual([]);
    expect(nl('reports.client.title')).toBe('Persoonlijk rapport');
    expect(nl('reports.downloads.title')).toBe('Rapporten');
  });

  it('Dutch texts name the goal orientations as the questionnaire does: leerdoelgerichtheid and prestatiedoelgerichtheid', () => {
    expect(allDutchTexts().filter(([, text]) => /\b(leer|prestatie)gerichtheid/i.test(text))).toEqual([]);
    expect(nl('plan.categories.learning_orientation')).toBe('Leerdoelgerichtheid');
  });

  it('homework is toegewezen, not gegeven', () => {
    expect(allDutchTexts().filter(([, text]) => /huiswerk (ge)?geven|huiswerk gegeven/i.test(text))).toEqual([]);
    expect(nl('auditLog.actions.homework.assigned')).toBe('Huiswerk toegewezen');
  });

  it('the profile explanations speak of the client to the coach, in the third person (only the coach’s results page shows them)', () => {
    for (const [lang, texts] of [
      ['nl', scoringMessages.nl],
      ['en', scoringMessages.en],
    ] as const) {
      for (const [key, text] of Object.entries(texts)) {
        if (!key.startsWith('profile.explanation.')) continue;
        expect(text, `${lang} ${key}`).not.toMatch(lang === 'nl' ? /\b(je|jij|jou|jouw)\b/i : /\b(you|your)\b/i);
        expect(text, `${lang} ${key}`).toMatch(lang === 'nl' ? /de cliënt/i : /the client/i);
      }
    }
  });

  it('the employer reads je medewerker (your employee), and nothing that hints at health information', () => {
    const employer = (texts: [string, string][]) => texts.filter(([key]) => forTheEmployer(key));
    expect(employer(dutchTexts()).length).toBeGreaterThan(20);
    expect(employer(dutchTexts()).filter(([, text]) => /\bde (werknemer|medewerker)\b/i.test(text))).toEqual([]);
    expect(employer(englishTexts()).filter(([, text]) => /\bthe employee\b/i.test(text))).toEqual([]);
    // The exceptions: the comment box asks the manager to write no health information of their own, and points out a
    // health word the manager typed there.
    const health = /gezond|ziek|klacht|medisch|burn-out|health|sick|symptom|medical|burnout/i;
    const aboutOwnComment = new Set(['share.commentIntro', 'share.commentHealthWords']);
    const hinting = (texts: [string, string][]) => employer(texts).filter(([key, text]) => !aboutOwnComment.has(key) && health.test(text));
    expect(hinting(dutchTexts())).toEqual([]);
    expect(hinting(englishTexts())).toEqual([]);
    expect(nl('share.privacy')).toBe('Je ziet alleen werkafspraken die je medewerker zelf heeft vrijgegeven.');
  });

  it('says offline without a count when nothing waits yet (not "0 antwoorden wachten")', () => {
    expect(nl('autosave.offline', { count: 0 })).toBe(
      'Geen verbinding. Wat je nu invult, wordt op dit apparaat bewaard en verstuurd zodra je weer online bent.',
    );
    expect(nl('autosave.offline', { count: 1 })).toBe('Geen verbinding: 1 antwoord wacht en wordt verstuurd zodra je weer online bent.');
    expect(en('autosave.offline', { count: 0 })).toBe(
      'No connection. What you fill in now is kept on this device and sent when you are back online.',
    );
    expect(en('autosave.offline', { count: 3 })).toBe('No connection: 3 answers are waiting and will be sent when you are back online.');
  });

  it('speaks kindly to a client on sick leave: no date passed, no falling short, no time that you are ill', () => {
    expect(nl('portal.overdueSince', { date: '3 maart' })).toBe('Gepland voor 3 maart; lever in wanneer het je lukt');
    expect(en('portal.overdueSince', { date: '3 March' })).toBe('Planned for 3 March; submit it whenever you can');
    expect(nl('portal.homework.referencePeriod.sickLeave')).toMatch(/niet over de periode sinds je ziekmelding\.$/);
    const portal = dutchTexts().filter(([key]) => /^portal\./.test(key));
    expect(portal.filter(([, text]) => /ziek bent|[Ii]nleverdatum was/.test(text))).toEqual([]);
    expect(localizedDutch(formTemplates, 'homework').filter(([, text]) => /tekort (te )?schieten|sneller stress/.test(text))).toEqual([]);
  });

  it('names a session kind on the client’s overview as the agenda does, and counts in whole sentences', () => {
    for (const kind of ['intake', 'coaching', 'tripartite', 'evaluation']) {
      expect(nl(`clients.nextSession.kinds.${kind}`), kind).toBe(nl(`sessions.kinds.${kind}`));
    }
    expect(en('clients.nextSession.kinds.intake')).toBe(en('sessions.kinds.intake'));
    expect(nl('sessions.plannedCount', { count: 4 })).toBe('4 sessies zijn gepland.');
    expect(nl('security.stillAssigned', { count: 1 })).toBe('1 cliënt nog toegewezen: wijs deze toe aan een andere coach');
    expect(nl('security.stillAssigned', { count: 2 })).toBe('2 cliënten nog toegewezen: wijs ze toe aan een andere coach');
    expect(en('security.stillAssigned', { count: 1 })).toBe('1 client still assigned: assign this client to another coach');
    expect(en('security.stillAssigned', { count: 2 })).toBe('2 clients still assigned: assign them to another coach');
    expect(nl('results.title', { instrument: 'JD-R-intake' })).toBe('Resultaten: JD-R-intake');
  });
});

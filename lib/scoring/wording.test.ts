import { describe, expect, it } from 'vitest';
import en from '../i18n/messages/intake.en.json';
import nl from '../i18n/messages/intake.nl.json';
import { scoringMessages } from './messages';

const all = (lang: 'nl' | 'en') => JSON.stringify(lang === 'nl' ? nl : en) + JSON.stringify(scoringMessages[lang]);

describe('results wording does not overclaim (fidelity issue)', () => {
  it('calls the burnout threshold a point for attention, not a norm or a diagnosis, and points to the huisarts or bedrijfsarts', () => {
    expect(scoringMessages.nl['signal.burnoutHigh']).toMatch(/aandachtspunt/);
    expect(scoringMessages.nl['signal.burnoutHigh']).toMatch(/niet genormeerd/);
    expect(scoringMessages.nl['signal.burnoutHigh']).toMatch(/geen diagnose/);
    expect(scoringMessages.nl['signal.burnoutHigh']).toMatch(/huisarts/);
    expect(scoringMessages.nl['signal.burnoutHigh']).toMatch(/bedrijfsarts/);
    expect(scoringMessages.en['signal.burnoutHigh']).toMatch(/not a norm and not a diagnosis/);
    expect(scoringMessages.en['signal.burnoutHigh']).toMatch(/company doctor/);
    // In English not the calque "point for attention" (aandachtspunt): a signal to discuss.
    expect(scoringMessages.en['signal.burnoutHigh']).toMatch(/a signal to discuss/);
    expect(all('en')).not.toMatch(/points? (for|of) attention/i);
  });

  it('speaks of restoring the balance instead of “the biggest gain is in more resources”', () => {
    expect(all('nl')).not.toMatch(/grootste winst/);
    expect(all('en')).not.toMatch(/biggest gain/);
    expect(scoringMessages.nl['profile.explanation.high_demands_low_resources']).toMatch(/balans tussen taakeisen en hulpbronnen/);
    expect(scoringMessages.en['profile.explanation.high_demands_low_resources']).toMatch(/balance between demands and resources/);
  });

  it('says burnout and engagement can alternate, not that they do (seed 001)', () => {
    expect(nl.results.group.engagement.intro).toMatch(/kunnen elkaar in de tijd afwisselen/);
    expect(all('nl')).not.toMatch(/wisselen elkaar af/);
    expect(en.results.group.engagement.intro).toMatch(/can alternate/);
  });

  it('does not call profiles 1 and 3 “relatively light work” (the split may be the scale midpoint)', () => {
    expect(all('nl')).not.toMatch(/[Rr]elatief licht werk/);
    expect(all('en')).not.toMatch(/[Rr]elatively light work/);
  });

  it('treats learning and performance orientation as two dimensions (seed 000)', () => {
    expect(nl.results.group.goal_orientation.intro).toMatch(/twee aparte dimensies/);
    expect(en.results.group.goal_orientation.intro).toMatch(/two separate dimensions/);
  });

  it('makes no causal claims in the profile explanations', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const [key, text] of Object.entries(scoringMessages[lang])) {
        if (!key.startsWith('profile.explanation.')) continue;
        expect(text, key).not.toMatch(/waardoor|maken .* het grootste verschil|because of|makes the biggest difference/);
      }
    }
  });
});

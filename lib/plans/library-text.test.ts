import { describe, expect, it } from 'vitest';
import { buildEmployerView } from './employer-view';
import { interventionByKey } from './library';
import { inOtherLanguage, inReaderLanguage, titlesInReaderLanguage } from './library-text';

const stop = interventionByKey('stop_times')!;

describe('a plan item in the reader’s language', () => {
  it('gives unedited library text in the reader’s language, whichever language it was taken over in', () => {
    expect(inReaderLanguage('stop_times', 'title', stop.title.nl, 'en')).toBe('Fixed stopping times');
    expect(inReaderLanguage('stop_times', 'title', stop.title.en, 'nl')).toBe('Vaste stoptijden');
    expect(inReaderLanguage('stop_times', 'description', `${stop.description.nl}\n`, 'en')).toBe(stop.description.en);
    expect(inReaderLanguage('stop_times', 'employerWording', stop.employerWording.nl, 'en')).toBe(stop.employerWording.en);
    expect(inReaderLanguage('stop_times', 'title', stop.title.nl, 'nl')).toBe(stop.title.nl);
  });

  it('shows the client the other language’s version of unedited library text only (what a contact in that language reads)', () => {
    expect(inOtherLanguage('stop_times', 'employerWording', stop.employerWording.nl, 'nl')).toBe(stop.employerWording.en);
    expect(inOtherLanguage('stop_times', 'employerWording', stop.employerWording.nl, 'en')).toBe(stop.employerWording.nl);
    expect(inOtherLanguage('stop_times', 'employerWording', `${stop.employerWording.nl} Uiterlijk 17.30 uur.`, 'nl')).toBeNull();
    expect(inOtherLanguage('manual', 'employerWording', 'Vaste stoptijden', 'nl')).toBeNull();
  });

  it('keeps text that was edited, manual items and unknown sources exactly as written', () => {
    const edited = `${stop.employerWording.nl} Uiterlijk 17.30 uur.`;
    expect(inReaderLanguage('stop_times', 'employerWording', edited, 'en')).toBe(edited);
    expect(inReaderLanguage('manual', 'title', 'Vaste stoptijden', 'en')).toBe('Vaste stoptijden');
    expect(inReaderLanguage('no_such_rule', 'title', 'Vaste stoptijden', 'en')).toBe('Vaste stoptijden');
    expect(inReaderLanguage(null, 'title', stop.title.nl, 'en')).toBe(stop.title.nl);
  });

  it('lets the employer read an unedited released wording in the contact’s language, and an edited one as released', () => {
    const view = (employerWording: string) =>
      buildEmployerView({
        locale: 'en',
        releasedItems: [{ id: 'i1', employerWording, source: 'stop_times', owner: 'client', dueDate: null, status: 'planned' }],
        meetings: [],
        coach: { name: 'C', email: 'c@example.test' },
        practice: { name: 'P', hasLogo: false },
        confirmedAt: null,
      }).items[0]?.wording;
    expect(view(stop.employerWording.nl)).toBe(stop.employerWording.en);
    expect(view('Eva stopt om 17.30 uur.')).toBe('Eva stopt om 17.30 uur.');
  });

  it('names items in the reader’s language where the employer’s updates are listed', () => {
    const titles = titlesInReaderLanguage(
      [
        { id: 'a', source: 'stop_times', title: stop.title.nl },
        { id: 'b', source: 'manual', title: 'Eigen titel' },
      ],
      'en',
    );
    expect(titles.get('a')).toBe(stop.title.en);
    expect(titles.get('b')).toBe('Eigen titel');
  });
});

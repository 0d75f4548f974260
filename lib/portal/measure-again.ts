import type { FormInstrument } from '@/lib/intake/form-instrument';
import { OWN_WORDS_SECTION } from '@/lib/intake/form-layout';

/**
 * The questionnaire as the client fills it in the portal: the closing section of open questions gets the client's own
 * title ("In your own words"); the shared form would otherwise show the coach's ("In their own words"). The questions
 * go in an explicit section under the same key, so the form lays them out (and keys them) exactly as before.
 */
export function withOwnWordsTitle(instrument: FormInstrument, title: string): FormInstrument {
  const sectionKeys = new Set(instrument.sections.map((s) => s.key));
  const loose = (section: string | undefined) => !section || !sectionKeys.has(section);
  if (!instrument.openQuestions.some((q) => loose(q.section))) return instrument;
  return {
    ...instrument,
    sections: [...instrument.sections, { key: OWN_WORDS_SECTION, title, items: [] }],
    openQuestions: instrument.openQuestions.map((q) => (loose(q.section) ? { ...q, section: OWN_WORDS_SECTION } : q)),
  };
}

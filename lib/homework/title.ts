import { getLatestInstrument } from '@/lib/instruments';
import { instrumentName } from '@/lib/instruments/display-name';
import type { Localized } from '@/lib/instruments/types';
import { type TemplateKey, templateName } from './templates';

/**
 * A homework's name in a language; for "measure again", the questionnaire's name too: a built-in instrument's, else the
 * practice's own questionnaire's `customName` (read with the homework: customInstrumentNameSql), so two of them differ.
 */
export function homeworkTitle(
  template: TemplateKey,
  instrumentKey: string | null,
  locale: 'nl' | 'en',
  customName?: Partial<Localized> | null,
): string {
  const name = template === 'measure_again' && instrumentKey ? questionnaireName(instrumentKey, locale, customName) : undefined;
  return name ? `${templateName('measure_again')[locale]}: ${name}` : templateName(template)[locale];
}

function questionnaireName(key: string, locale: 'nl' | 'en', customName: Partial<Localized> | null | undefined): string | undefined {
  const builtIn = getLatestInstrument(key);
  if (builtIn) return builtIn.name[locale];
  // In the reader's language, else the other (the editor requires only one), else its key.
  return customName ? instrumentName(customName, locale, key) : undefined;
}

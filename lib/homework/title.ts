import { getLatestInstrument } from '@/lib/instruments';
import { type TemplateKey, templateName } from './templates';

/** A homework's name in a language; for "measure again" with a built-in instrument, that instrument's name. */
export function homeworkTitle(template: TemplateKey, instrumentKey: string | null, locale: 'nl' | 'en'): string {
  const instrument = template === 'measure_again' && instrumentKey ? getLatestInstrument(instrumentKey) : undefined;
  return instrument ? `${templateName('measure_again')[locale]}: ${instrument.name[locale]}` : templateName(template)[locale];
}

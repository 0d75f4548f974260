import { jdrIntakeV1 } from '../instruments/jdr-intake';
import type { Locale } from '../instruments/types';
import type { Suggestion } from './types';

type Texts = Record<string, string>;

/**
 * Texts for the plan's suggestion reasons, plan hints and vocabulary labels, keyed as this module
 * uses them. `{name}` placeholders are filled from the reason's params. No key is also a prefix of
 * another key followed by a dot, so the texts can be nested by their dots (e.g. into next-intl).
 */
export const planMessages: { nl: Texts; en: Texts } = {
  nl: {
    'reason.burnout': 'De meting geeft een burn-outsignaal: herstel gaat nu voor, uitdaging komt later.',
    'reason.burnoutScore': 'De burn-outscore is {score}: herstel gaat nu voor, uitdaging komt later.',
    'reason.highDemand': 'Hoge score op {dimension} ({score}).',
    'reason.lowResource': 'Lage score op {dimension} ({score}).',
    'reason.riskProfile':
      'Hoge taakeisen ({demands}) en weinig hulpbronnen in het werk ({resources}), gesplitst op het midden van de schaal (50): het profiel met het meeste risico.',
    'reason.riskProfileNoScores':
      'Hoge taakeisen en weinig hulpbronnen in het werk, gesplitst op het midden van de schaal (50): het profiel met het meeste risico.',
    'reason.topDemand': 'Een van de zwaarste taakeisen om te bespreken: {dimension} ({score}).',
    'reason.weakestResource': 'Zwakste hulpbron in het werk om te bespreken: {dimension} ({score}).',
    'reason.weakestResources': 'Zwakste hulpbronnen in het werk om te bespreken, alle op {score}: {dimensions}.',
    'reason.goalOrientation': 'Prestatiedoelgerichtheid is hoog ({performance}) en leerdoelgerichtheid laag ({learning}).',
    'reason.lowEngagement': 'Bevlogenheid is laag ({score}).',
    'hint.demands_without_resources':
      'Dit plan verlaagt taakeisen, maar bevat geen hulpbron die de werkgever biedt, zoals steun, feedback, regelruimte of ontwikkeling. Belemmerende taakeisen verminderen ging samen met minder welzijn (onderzoek naar job crafting en welzijn), en hulpbronnen maken het grootste verschil (AZW-longread ‘Werkdruk is niet het hele verhaal’). Overweeg een punt voor de leidinggevende of HR.',
    'hint.no_employer_items':
      'Geen enkel punt in dit plan heeft de leidinggevende of HR als eigenaar (een punt van ‘samen’ telt niet mee). De werkgever heeft invloed op de taakeisen en de hulpbronnen in het werk; herstel gaat het snelst als die ook worden aangepakt (volgens een behandelpraktijk voor burn-out).',
    'hint.employer_items_without_date':
      'Niet elk open punt met een tekst voor de werkgever heeft een datum waarop het klaar moet zijn. Wordt het gedeeld, dan leest de werkgever niet wanneer het verwacht wordt, terwijl juist wat, door wie en wanneer het plan bruikbaar maakt. Geef die punten een datum.',
    'category.social_resources': 'Meer sociale hulpbronnen',
    'category.structural_resources': 'Meer structurele hulpbronnen',
    'category.challenging_demands': 'Meer uitdagende taakeisen',
    'category.hindering_demands': 'Minder belemmerende taakeisen',
    'category.personal_resources': 'Persoonlijke hulpbronnen',
    'category.recovery': 'Herstel',
    'category.learning_orientation': 'Leerdoelgerichtheid',
    'category.organisation': 'Maatregel van de organisatie',
    'level.person': 'Persoon',
    'level.team': 'Team',
    'level.organisation': 'Organisatie',
    'owner.client': 'Cliënt',
    'owner.manager': 'Leidinggevende',
    'owner.hr': 'HR',
    'owner.coach': 'Coach',
    'owner.together': 'Samen',
    'status.planned': 'Gepland',
    'status.in_progress': 'Bezig',
    'status.done': 'Gedaan',
    'status.dropped': 'Geschrapt',
  },
  en: {
    'reason.burnout': 'The measurement shows a burnout signal: recovery comes first, challenge later.',
    'reason.burnoutScore': 'The burnout score is {score}: recovery comes first, challenge later.',
    'reason.highDemand': 'High score on {dimension} ({score}).',
    'reason.lowResource': 'Low score on {dimension} ({score}).',
    'reason.riskProfile':
      'High job demands ({demands}) and few work resources ({resources}), split at the scale midpoint (50): the profile with the highest risk.',
    'reason.riskProfileNoScores':
      'High job demands and few work resources, split at the scale midpoint (50): the profile with the highest risk.',
    'reason.topDemand': 'One of the heaviest job demands to discuss: {dimension} ({score}).',
    'reason.weakestResource': 'Weakest work resource to discuss: {dimension} ({score}).',
    'reason.weakestResources': 'Weakest work resources to discuss, all at {score}: {dimensions}.',
    'reason.goalOrientation': 'Performance orientation is high ({performance}) and learning orientation low ({learning}).',
    'reason.lowEngagement': 'Engagement is low ({score}).',
    'hint.demands_without_resources':
      'This plan lowers job demands but holds no resource the employer provides, such as support, feedback, room to organise the work or development. Reducing hindering demands went with less well-being (research on job crafting and well-being), and resources make the biggest difference (AZW long read ‘Werkdruk is niet het hele verhaal’, workload is not the whole story). Consider an item for the manager or HR.',
    'hint.no_employer_items':
      'No item in this plan has the manager or HR as its owner (an item owned ‘together’ does not count). The employer controls the job demands and the work resources; recovery is fastest when those are addressed too (as a practice that treats burnout describes it).',
    'hint.employer_items_without_date':
      'Not every open item with a text for the employer has a date by which it should be done. Once it is shared, the employer does not read when it is expected, while what, by whom and by when is what makes the plan usable. Give those items a date.',
    'category.social_resources': 'More social resources',
    'category.structural_resources': 'More structural resources',
    'category.challenging_demands': 'More challenging demands',
    'category.hindering_demands': 'Fewer hindering demands',
    'category.personal_resources': 'Personal resources',
    'category.recovery': 'Recovery',
    'category.learning_orientation': 'Learning orientation',
    'category.organisation': 'Organisation measure',
    'level.person': 'Person',
    'level.team': 'Team',
    'level.organisation': 'Organisation',
    'owner.client': 'Client',
    'owner.manager': 'Manager',
    'owner.hr': 'HR',
    'owner.coach': 'Coach',
    'owner.together': 'Together',
    'status.planned': 'Planned',
    'status.in_progress': 'In progress',
    'status.done': 'Done',
    'status.dropped': 'Dropped',
  },
};

/** A text by key with `{name}` placeholders filled; the key itself when unknown (never throws). */
export function planText(key: string, locale: Locale, params: Record<string, string | number> = {}): string {
  const template = planMessages[locale][key] ?? planMessages.nl[key];
  if (template === undefined) return key;
  // A score with a decimal (74,6: shown that way only where it decides a flag) in the reader's language.
  const text = (value: string | number) => (typeof value === 'number' ? numberFormats[locale].format(value) : value);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? text(params[name] as string | number) : whole));
}

const numberFormats: Record<Locale, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 4, useGrouping: false }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4, useGrouping: false }),
};

const listFormats: Record<Locale, Intl.ListFormat> = {
  nl: new Intl.ListFormat('nl-NL', { type: 'conjunction' }),
  en: new Intl.ListFormat('en-GB', { type: 'conjunction' }),
};

const intakeDimensionNames = new Map(jdrIntakeV1.dimensions.map((d) => [d.key, d.name]));

/**
 * The reason as a sentence. A `dimension` param (a dimension key) is shown by its name: from
 * `dimensionName` when given (custom instruments), else from the built-in JD-R intake, else the key.
 * Several sentences start with the name, so the first letter is capitalised.
 */
export function reasonText(
  reason: Suggestion['reasons'][number],
  locale: Locale,
  dimensionName?: (key: string) => string | undefined,
): string {
  const params = { ...reason.params };
  const name = (key: string) => dimensionName?.(key) ?? intakeDimensionNames.get(key)?.[locale] ?? key;
  if (typeof params.dimension === 'string') params.dimension = name(params.dimension);
  // Several dimension keys, comma-separated: their names as a list in the reader's language ("A, B en C").
  if (typeof params.dimensions === 'string') params.dimensions = listFormats[locale].format(params.dimensions.split(',').map(name));
  const text = planText(reason.key, locale, params);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function hintText(key: string, locale: Locale): string {
  return planText(`hint.${key}`, locale);
}

import { describe, expect, it } from 'vitest';
import { type MessageTree, messageFiles } from '../i18n/messages';
import { INTERVENTIONS } from './library';
import { planMessages } from './messages';

/** "seed 003", "bron 002", "Source 004": the team's numbering of its source articles, meaningless to a coach. */
const INTERNAL_CODE = /\b(bron|bronnen|source|sources|seed)\s+0\d\d\b/i;

function strings(tree: MessageTree, path = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(
    ([key, value]): Array<[string, string]> => (typeof value === 'string' ? [[`${path}${key}`, value]] : strings(value, `${path}${key}.`)),
  );
}

describe('texts shown to coaches', () => {
  it('cite sources by author or title, never by the internal seed number', () => {
    const texts: Array<[string, string]> = [
      ...(['nl', 'en'] as const).flatMap((locale) =>
        Object.entries(planMessages[locale]).map(([k, v]): [string, string] => [`plan ${locale} ${k}`, v]),
      ),
      ...INTERVENTIONS.flatMap(
        (i): Array<[string, string]> => [
          [`${i.key} nl`, i.evidence.nl],
          [`${i.key} en`, i.evidence.en],
        ],
      ),
      ...(['nl', 'en'] as const).flatMap((locale) =>
        Object.entries(messageFiles[locale]).flatMap(([file, tree]) => strings(tree, `${file}.${locale}: `)),
      ),
    ];
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter(([, text]) => INTERNAL_CODE.test(text)).map(([where]) => where)).toEqual([]);
  });

  it('name the AZW long read and the job crafting research in the plan hint and the scoring settings', () => {
    expect(planMessages.nl['hint.demands_without_resources']).toMatch(
      /onderzoek naar job crafting en welzijn.*AZW-longread ‘Werkdruk is niet het hele verhaal’/,
    );
    expect(planMessages.en['hint.demands_without_resources']).toMatch(
      /research on job crafting and well-being.*AZW long read ‘Werkdruk is niet het hele verhaal’/,
    );
    const intake = (locale: 'nl' | 'en') => messageFiles[locale].intake as { scoringSettings: { options: { azw: MessageTree } } };
    expect(intake('nl').scoringSettings.options.azw.label).toBe('AZW-analyse zorg en welzijn');
    expect(intake('en').scoringSettings.options.azw.label).toBe('AZW analysis, care and welfare');
  });
});

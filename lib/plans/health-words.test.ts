import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findHealthWords } from './health-words';
import { INTERVENTIONS } from './library';

describe('findHealthWords', () => {
  it('finds the Dutch health words of the issue', () => {
    const words = [
      'burn-out',
      'burnout',
      'overspannen',
      'ziek',
      'ziekte',
      'uitgeput',
      'uitputting',
      'depressie',
      'depressief',
      'angst',
      'paniek',
      'slaap',
      'slapen',
      'medicatie',
      'medicijnen',
      'diagnose',
      'therapie',
      'psycholoog',
      'huisarts',
      'bedrijfsarts',
      'klachten',
    ];
    for (const word of words) expect(findHealthWords(`De medewerker noemde ${word} in het gesprek.`), word).toEqual([word]);
  });

  it('finds the English health words', () => {
    const words = [
      'burnout',
      'exhausted',
      'exhaustion',
      'depression',
      'anxiety',
      'sleep',
      'medication',
      'diagnosis',
      'sick',
      'illness',
      'therapy',
      'panic',
    ];
    for (const word of words) expect(findHealthWords(`The employee mentioned ${word} at work.`), word).toEqual([word]);
    expect(findHealthWords('She was burned out and is on sick leave.')).toEqual(['burned out', 'sick leave']);
  });

  it('finds health words inside Dutch compounds, at the start or the end', () => {
    expect(findHealthWords('Slaapproblemen en burn-outklachten')).toEqual(['Slaapproblemen', 'burn-outklachten']);
    expect(findHealthWords('stressklachten, faalangst, paniekaanval, angststoornis')).toEqual([
      'stressklachten',
      'faalangst',
      'paniekaanval',
      'angststoornis',
    ]);
    expect(findHealthWords('een ziekmelding, de Ziektewet, het ziekteverzuim, een beroepsziekte')).toEqual([
      'ziekmelding',
      'Ziektewet',
      'ziekteverzuim',
      'beroepsziekte',
    ]);
    expect(findHealthWords('antidepressiva, doorslapen, gediagnosticeerd')).toEqual(['antidepressiva', 'doorslapen', 'gediagnosticeerd']);
    expect(findHealthWords('het slaap-waakritme')).toEqual(['slaap-waakritme']);
  });

  it('finds functional limitations and return to work after illness', () => {
    expect(findHealthWords('4 uur per dag i.v.m. beperkte belastbaarheid')).toEqual(['belastbaarheid']);
    expect(findHealthWords('Arbeidstherapeutisch werken, daarna re-integratie en reïntegratieplan')).toEqual([
      'Arbeidstherapeutisch',
      're-integratie',
      'reïntegratieplan',
    ]);
    expect(findHealthWords('Volgens de FML: functionele beperkingen, een functiebeperking')).toEqual([
      'FML',
      'functionele beperkingen',
      'functiebeperking',
    ]);
    expect(findHealthWords('Her functional limitations; a return to work plan')).toEqual(['functional limitations', 'return to work']);
    // Workload and limits on hours stay ordinary work words.
    expect(findHealthWords('Minder werkbelasting, een tijdsbeperking op vergaderingen, belasting van het team')).toEqual([]);
  });

  it('ignores case and diacritics, and returns each word as written, once, in order of appearance', () => {
    expect(findHealthWords('DEPRESSIE, Dépression en depressie')).toEqual(['DEPRESSIE', 'Dépression']);
    expect(findHealthWords('Overspannen? overspannen! BURN-OUT.')).toEqual(['Overspannen', 'BURN-OUT']);
    expect(findHealthWords('angst\u00ADstoornis')).toEqual(['angststoornis']);
  });

  it('does not flag workplaces and professions in care, nor ordinary words that contain a stem', () => {
    const clean = [
      'Werkt op de afdeling cardiologie van het ziekenhuis als ziekenverzorgende.',
      'Samen met de fysiotherapeuten en de psychiatrie-afdeling van de ggz.',
      'Het rooster van de slaapdiensten wordt eerlijk verdeeld.',
      'Luistert naar muziek; het project dat het langst loopt; de ontvangst van bezoekers; belangstelling.',
      'De klachtenregeling en de afhandeling van klantklachten.',
      'Psychological safety in the team; I’ll plan it and we’ll see. The team is not ill-equipped.',
      'Een pijnlijke situatie in de gezondheidszorg; healthcare workers.',
      'Run the diagnostics on the server; de diagnostiek van het lab.',
      'The health and safety rules apply to everyone.',
    ];
    for (const text of clean) expect(findHealthWords(text), text).toEqual([]);
  });

  it('finds the company doctor by its other names, limitations of the person, dropping out and recovering', () => {
    const texts: Array<[string, string[]]> = [
      ['Op advies van de arbo-arts.', ['arbo-arts']],
      ['Na het gesprek met de arboarts.', ['arboarts']],
      ['Gesprek met de verzekeringsarts in week 88.', ['verzekeringsarts']],
      ['Esra heeft beperkingen bij telefoonwerk.', ['beperkingen']],
      ['Rekening houden met haar beperking.', ['haar beperking']],
      ['Taking her limitations into account.', ['her limitations']],
      ['Na haar herstel bouwt ze op; vanwege haar uitval; sinds ze is uitgevallen.', ['herstel', 'uitval', 'uitgevallen']],
      ['Esra is overbelast geraakt.', ['overbelast']],
      ['While she is recovering.', ['recovering']],
    ];
    for (const [text, words] of texts) expect(findHealthWords(text), text).toEqual(words);
    // A limit on the work is not a limitation of the person.
    expect(findHealthWords('Een beperking van het aantal overleggen; limitations of the planning tool.')).toEqual([]);
  });

  // Found by a privacy review: each of these reached the employer's page word for word.
  it('finds named conditions, pregnancy, surgery, doctors, low mood and return to work', () => {
    const texts: Array<[string, string[]]> = [
      ['Geen tilwerk en geen nachtdiensten vanwege haar hernia en diabetes, op advies van de arts.', ['hernia', 'diabetes', 'arts']],
      ['Zolang zij zwanger is; na het zwangerschapsverlof.', ['zwanger', 'zwangerschapsverlof']],
      ['Rekening houden met haar ADHD en autisme.', ['ADHD', 'autisme']],
      ['Overwerkt en somber; last van huilbuien.', ['somber', 'huilbuien']],
      ['Werkhervatting in halve dagen; het werk hervatten na de zomer.', ['Werkhervatting', 'werk hervatten']],
      ['Met hartproblemen en long covid tot na de operatie.', ['hartproblemen', 'covid', 'operatie']],
      ['During her pregnancy and after the surgery, as her doctor advised.', ['pregnancy', 'surgery', 'doctor']],
      ['Since her cancer treatment and chemotherapy; his epilepsy.', ['cancer', 'chemotherapy', 'epilepsy']],
    ];
    for (const [text, words] of texts) expect(findHealthWords(text), text).toEqual(words);
  });

  it('leaves the business senses of those words alone', () => {
    const clean = [
      'Het team leert zelfstandig opereren; de aanvraag is in behandeling bij HR.',
      'Add a weekly check-in with Ms Jansen; the arts and crafts budget stays.',
      'Revalidate the planning data; the coronamaatregelen van de locatie.',
      'Het project hervatten na de zomer; de besprekingen worden hervat.',
    ];
    for (const text of clean) expect(findHealthWords(text), text).toEqual([]);
  });

  it('does flag health outside the workplace phrase', () => {
    expect(findHealthWords('Her health comes first; health and safety apply.')).toEqual(['health']);
  });

  it('does flag a hospital admission, though not the hospital', () => {
    expect(findHealthWords('Na een ziekenhuisopname in het ziekenhuis.')).toEqual(['ziekenhuisopname']);
  });

  it('finds nothing in an empty or word-less text', () => {
    expect(findHealthWords('')).toEqual([]);
    expect(findHealthWords(' — 12:30, 1-2-2026 !')).toEqual([]);
  });

  // Every word of every employer wording is clean (the library test checks that); a health word
  // put anywhere among them is found, whatever its case.
  const cleanWords = [...new Set(INTERVENTIONS.flatMap((i) => `${i.employerWording.nl} ${i.employerWording.en}`.split(/\s+/)))];
  const healthWords = [
    'burn-out',
    'overspannen',
    'slaapproblemen',
    'ziekmelding',
    'depressie',
    'angst',
    'exhausted',
    'anxiety',
    'medicatie',
    'diagnose',
  ];

  it('finds a health word wherever it is put among clean words (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...cleanWords), { maxLength: 30 }),
        fc.nat(),
        fc.constantFrom(...healthWords),
        fc.constantFrom<(s: string) => string>(
          (s) => s,
          (s) => s.toUpperCase(),
          (s) => s.charAt(0).toUpperCase() + s.slice(1),
        ),
        (words, at, health, casing) => {
          const spelled = casing(health);
          const text = [...words.slice(0, at % (words.length + 1)), spelled, ...words.slice(at % (words.length + 1))].join(' ');
          expect(findHealthWords(text)).toEqual([spelled]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

import { type FieldGroup, type FormTemplate, filled } from './types';

export const DIARY_DAYS = 7;

const days: FieldGroup[] = Array.from({ length: DIARY_DAYS }, (_, i) => {
  const n = i + 1;
  return {
    key: `day${n}`,
    title: { nl: `Dag ${n}`, en: `Day ${n}` },
    fields: [
      {
        key: `day${n}.energy`,
        kind: 'scale',
        label: { nl: 'Mijn energie vandaag', en: 'My energy today' },
        anchors: { low: { nl: 'helemaal leeg', en: 'completely drained' }, high: { nl: 'vol energie', en: 'full of energy' } },
      },
      {
        key: `day${n}.drained`,
        kind: 'longText',
        label: { nl: 'Wat kostte energie?', en: 'What drained my energy?' },
        hint: { nl: 'Een taak, een gesprek, een moment: in je eigen woorden.', en: 'A task, a conversation, a moment: in your own words.' },
      },
      {
        key: `day${n}.gave`,
        kind: 'longText',
        label: { nl: 'Wat gaf energie?', en: 'What gave me energy?' },
      },
    ],
  };
});

export const energyDiary: FormTemplate = {
  key: 'energy_diary',
  name: { nl: 'Energiedagboek', en: 'Energy diary' },
  description: {
    nl: 'Zeven dagen: energie van 0 tot 10, wat energie kostte en wat energie gaf.',
    en: 'Seven days: energy from 0 to 10, what drained energy and what gave energy.',
  },
  intro: {
    nl: 'Vul aan het eind van elke dag kort in hoe je energie was. Wat energie kost en wat energie geeft verschilt per persoon: juist jouw eigen woorden helpen in het volgende gesprek. Je hoeft niet alle dagen in te vullen.',
    en: 'At the end of each day, note briefly how your energy was. What drains and what gives energy differs from person to person: your own words help most in the next session. You do not have to fill in every day.',
  },
  groups: days,
  // "Dag 3" says nothing of the weekday: the coach sees the day each was filled in.
  datedGroups: true,
  missingForSubmit(answers) {
    const missing: string[] = [];
    let complete = 0;
    for (let n = 1; n <= DIARY_DAYS; n++) {
      const touched = filled(answers, `day${n}.drained`) || filled(answers, `day${n}.gave`);
      if (filled(answers, `day${n}.energy`)) complete++;
      else if (touched) missing.push(`day${n}.energy`);
    }
    return complete === 0 && missing.length === 0 ? ['day1.energy'] : missing;
  },
};

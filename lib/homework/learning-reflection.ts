import { type FormTemplate, filled } from './types';

/**
 * Learning and performance orientation (seed 000): two separate dimensions, not the ends of one scale
 * (someone can be strongly both), so the client rates each on its own. The reframe: "I am learning"
 * instead of "I can't do it any more".
 */
export const learningReflection: FormTemplate = {
  key: 'learning_reflection',
  name: { nl: 'Reflectie: leren of presteren', en: 'Reflection: learning or performance?' },
  description: {
    nl: 'Een lastige situatie bekijken als leerervaring: wat kun je ervan leren en wat probeer je nu anders.',
    en: 'Looking at a difficult situation as a learning experience: what can you learn, and what will you try differently.',
  },
  intro: {
    nl: 'Ben je vooral bezig te laten zien wat je kunt, dan ervaar je bij veranderingen vaak meer druk. Richt je je op leren, dan zie je fouten als onderdeel van het proces en probeer je nieuwe aanpakken uit. Het zijn twee aparte dingen: je kunt allebei sterk hebben. Zeg eens tegen jezelf: ‘ik ben aan het leren’ in plaats van ‘ik kan het niet meer’.',
    en: 'People who are mainly busy showing what they can do often feel more pressure when things change. People who focus on learning see mistakes as part of the process and try new approaches. They are two separate things: you can be strong in both. Try telling yourself ‘I am learning’ instead of ‘I can’t do it any more’.',
  },
  groups: [
    {
      key: 'situation',
      title: { nl: 'De situatie', en: 'The situation' },
      fields: [
        {
          key: 'situation',
          kind: 'longText',
          label: {
            nl: 'Beschrijf een recente situatie op je werk die niet ging zoals je wilde.',
            en: 'Describe a recent situation at work that did not go the way you wanted.',
          },
        },
        {
          key: 'performance',
          kind: 'scale',
          label: {
            nl: 'Hoe sterk was je op dat moment bezig om te laten zien dat je het kon?',
            en: 'At the time, how much were you focused on showing that you could do it?',
          },
          anchors: { low: { nl: 'helemaal niet', en: 'not at all' }, high: { nl: 'heel sterk', en: 'very much' } },
        },
        {
          key: 'learning',
          kind: 'scale',
          label: {
            nl: 'Hoe sterk was je op dat moment bezig om ervan te leren?',
            en: 'At the time, how much were you focused on learning from it?',
          },
          anchors: { low: { nl: 'helemaal niet', en: 'not at all' }, high: { nl: 'heel sterk', en: 'very much' } },
        },
      ],
    },
    {
      key: 'reframe',
      title: { nl: 'Anders kijken', en: 'Looking differently' },
      fields: [
        {
          key: 'learned',
          kind: 'longText',
          label: { nl: 'Wat kun je van deze situatie leren?', en: 'What can you learn from this situation?' },
        },
        {
          key: 'feedback',
          kind: 'longText',
          label: { nl: 'Aan wie kun je feedback vragen, en waarover?', en: 'Whom could you ask for feedback, and about what?' },
          hint: {
            nl: 'Bijvoorbeeld een collega, je leidinggevende of een intervisiegroep.',
            en: 'For example a colleague, your manager or a peer consultation group.',
          },
        },
      ],
    },
    {
      key: 'experiment',
      title: { nl: 'Uitproberen', en: 'Trying out' },
      fields: [
        {
          key: 'experiment',
          kind: 'longText',
          label: { nl: 'Welke nieuwe aanpak probeer je de komende tijd?', en: 'Which new approach will you try in the coming period?' },
        },
      ],
    },
  ],
  missingForSubmit(answers) {
    return ['situation', 'learned', 'experiment'].filter((key) => !filled(answers, key));
  },
};

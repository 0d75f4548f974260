import type { DimensionContent } from '../build';

/** Burnout dimensions: a higher score means more complaints. */
export const burnout: DimensionContent[] = [
  {
    key: 'exhaustion',
    group: 'burnout',
    name: { nl: 'Uitputting', en: 'Exhaustion' },
    explanation: {
      nl: 'Lichamelijk en geestelijk op zijn, en niet meer bijkomen van rust. Dit is de kern van burn-out.',
      en: 'Being physically and mentally worn out, and no longer recovering with rest. This is the core of burnout.',
    },
    items: [
      { nl: 'Aan het eind van een werkdag ben ik op.', en: 'At the end of a working day I am spent.' },
      {
        nl: 'Bij de gedachte aan de komende werkdag voel ik me al moe.',
        en: 'The thought of the coming working day already makes me tired.',
      },
      { nl: 'Ook na een vrij weekend heb ik nauwelijks energie.', en: 'Even after a weekend off I have hardly any energy.' },
    ],
  },
  {
    key: 'mental_distance',
    group: 'burnout',
    name: { nl: 'Mentale distantie', en: 'Mental distance' },
    explanation: {
      nl: 'Afstand nemen van je werk: het kan je minder schelen, je doet het hoognodige of je wordt cynisch. Vaak is dat een manier om jezelf te beschermen als je energie op is.',
      en: 'Pulling away from your work: you care less, do the bare minimum or become cynical. Often it is a way of protecting yourself when your energy has run out.',
    },
    items: [
      { nl: 'Het kan me weinig meer schelen hoe mijn werk uitpakt.', en: 'I hardly care any more how my work turns out.' },
      { nl: 'Ik doe op mijn werk alleen nog het hoognodige.', en: 'At work I only do what is strictly necessary.' },
      {
        nl: 'Ik merk dat ik cynisch praat over mijn werk of mijn organisatie.',
        en: 'I notice that I talk cynically about my work or my organisation.',
      },
    ],
  },
  {
    key: 'reduced_competence',
    group: 'burnout',
    name: { nl: 'Verminderde competentie', en: 'Reduced competence' },
    explanation: {
      nl: 'Het gevoel dat je je werk minder goed doet dan je gewend bent: meer fouten, alles kost meer moeite. Dat is een gevolg van uitputting, geen tekortkoming van jou.',
      en: 'The feeling that you do your work less well than you are used to: more mistakes, everything takes more effort. It is a result of exhaustion, not a shortcoming of yours.',
    },
    items: [
      { nl: 'Ik maak meer fouten dan ik van mezelf gewend ben.', en: 'I make more mistakes than I am used to.' },
      {
        nl: 'Dingen die vroeger vanzelf gingen, kosten me nu veel moeite.',
        en: 'Things that used to come easily now take me a lot of effort.',
      },
      { nl: 'Ik heb het gevoel dat ik mijn werk goed doe.', en: 'I feel that I do my work well.', reverse: true },
    ],
  },
];

/** Engagement (bevlogenheid) dimensions: a higher score means more engaged. */
export const engagement: DimensionContent[] = [
  {
    key: 'vigour',
    group: 'engagement',
    name: { nl: 'Vitaliteit', en: 'Vigour' },
    explanation: {
      nl: 'Energie hebben voor je werk en tegen een stootje kunnen.',
      en: 'Having energy for your work and being able to take a knock.',
    },
    items: [
      { nl: 'Ik begin met zin aan mijn werkdag.', en: 'I start my working day looking forward to it.' },
      { nl: 'Ik heb genoeg energie om tegenvallers op mijn werk op te vangen.', en: 'I have enough energy to cope with setbacks at work.' },
      { nl: 'Ik heb ruim voldoende energie voor mijn werk.', en: 'I have more than enough energy for my work.' },
    ],
  },
  {
    key: 'dedication',
    group: 'engagement',
    name: { nl: 'Toewijding', en: 'Dedication' },
    explanation: {
      nl: 'Je werk zinvol vinden en je ermee verbonden voelen.',
      en: 'Finding your work meaningful and feeling connected to it.',
    },
    items: [
      { nl: 'Ik heb het gevoel dat ik met mijn werk iets toevoeg.', en: 'I feel that my work adds something of value.' },
      { nl: 'Ik voel me verbonden met waar mijn werk om draait.', en: 'I feel connected to what my work is about.' },
      { nl: 'Mijn werk daagt me op een goede manier uit.', en: 'My work challenges me in a good way.' },
    ],
  },
  {
    key: 'absorption',
    group: 'engagement',
    name: { nl: 'Absorptie', en: 'Absorption' },
    explanation: {
      nl: 'Op een prettige manier opgaan in je werk, zodat het als vanzelf gaat.',
      en: 'Being pleasantly caught up in your work, so that it seems to flow by itself.',
    },
    items: [
      {
        nl: 'Ik ga zo op in een taak dat ik verbaasd opkijk hoe laat het al is.',
        en: 'I get so caught up in a task that I am surprised how late it already is.',
      },
      {
        nl: 'Als ik bezig ben met iets waar ik goed in ben, gaat het als vanzelf.',
        en: 'When I am working on something I am good at, it flows by itself.',
      },
    ],
  },
];

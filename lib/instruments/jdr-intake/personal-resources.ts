import type { DimensionContent } from '../build';

const group = 'personal_resources';

/** Personal resources and goal orientation (seed 000): what you bring yourself. */
export const personalResources: DimensionContent[] = [
  {
    key: 'self_efficacy',
    group,
    name: { nl: 'Zelfvertrouwen', en: 'Self-confidence' },
    explanation: {
      nl: 'Vertrouwen in je eigen kunnen: dat je lastige situaties aankunt en nieuwe dingen onder de knie krijgt.',
      en: 'Trust in your own abilities: that you can handle difficult situations and get to grips with new things.',
    },
    items: [
      {
        nl: 'Ik vertrouw erop dat ik lastige situaties in mijn werk aankan.',
        en: 'I trust that I can handle difficult situations at work.',
      },
      {
        nl: 'Als ik iets nieuws moet doen, weet ik dat ik het me eigen kan maken.',
        en: 'When I have to do something new, I know I can master it.',
      },
    ],
  },
  {
    key: 'resilience',
    group,
    name: { nl: 'Weerbaarheid', en: 'Resilience' },
    explanation: {
      nl: 'Hoe je terugveert na tegenslag of kritiek. Weerbaar zijn betekent niet dat iets je niet raakt, maar dat je weer overeind komt.',
      en: 'How you bounce back after a setback or criticism. Being resilient does not mean nothing touches you, but that you get back on your feet.',
    },
    items: [
      { nl: 'Na een tegenslag ben ik vrij snel weer de oude.', en: 'After a setback I am back to my old self fairly quickly.' },
      {
        nl: 'Kritiek of tegenvallers blijven lang aan me knagen.',
        en: 'Criticism or disappointments keep gnawing at me for a long time.',
        reverse: true,
      },
    ],
  },
  {
    key: 'assertiveness',
    group,
    name: { nl: 'Assertiviteit', en: 'Assertiveness' },
    explanation: {
      nl: 'Voor jezelf opkomen: nee zeggen, werk uit handen geven en op tijd laten weten dat je vol zit.',
      en: 'Standing up for yourself: saying no, handing work over and letting people know in time that your plate is full.',
    },
    items: [
      { nl: 'Ik zeg nee tegen extra werk als ik vol zit.', en: 'I say no to extra work when my plate is full.' },
      { nl: 'Ik geef taken uit handen als dat beter is.', en: 'I hand tasks over to others when that works better.' },
      { nl: 'Ik laat op tijd weten wanneer iets me te veel wordt.', en: 'I speak up in time when something is becoming too much for me.' },
    ],
  },
  {
    key: 'time_management',
    group,
    name: { nl: 'Timemanagement', en: 'Time management' },
    explanation: {
      nl: 'Overzicht houden over je taken en deadlines en je werk zo plannen dat niet alles tegelijk komt.',
      en: 'Keeping an overview of your tasks and deadlines and planning your work so that everything does not come at once.',
    },
    items: [
      { nl: 'Ik heb overzicht over mijn taken en deadlines.', en: 'I have an overview of my tasks and deadlines.' },
      {
        nl: 'Ik plan mijn werk zo dat ik niet alles op het laatste moment hoef te doen.',
        en: 'I plan my work so that I do not have to do everything at the last minute.',
      },
    ],
  },
  {
    key: 'energy_management',
    group,
    name: { nl: 'Energiemanagement', en: 'Energy management' },
    explanation: {
      nl: 'Goed omgaan met je energie: op tijd stoppen, ontspannen en herstellen. Herstel is geen luxe, maar wat je morgen weer laat werken.',
      en: 'Looking after your energy: stopping on time, relaxing and recovering. Recovery is not a luxury; it is what lets you work again tomorrow.',
    },
    items: [
      { nl: 'Ik stop op tijd met werken.', en: 'I stop working on time.' },
      { nl: 'Ik maak tijd voor dingen waar ik van ontspan.', en: 'I make time for things that help me relax.' },
      {
        nl: 'Ik ga door terwijl ik merk dat mijn energie op is.',
        en: 'I keep going even when I notice my energy has run out.',
        reverse: true,
      },
    ],
  },
  {
    key: 'proactivity',
    group,
    name: { nl: 'Eigen initiatief', en: 'Proactivity' },
    explanation: {
      nl: 'Zelf in actie komen: problemen aanpakken en je werk zo bijsturen dat het beter bij je past, in plaats van af te wachten.',
      en: 'Taking action yourself: tackling problems and adjusting your work so it suits you better, instead of waiting.',
    },
    items: [
      { nl: 'Als ik een probleem zie, onderneem ik zelf actie.', en: 'When I see a problem, I take action myself.' },
      {
        nl: 'Ik zoek zelf naar manieren om mijn werk beter of prettiger te maken.',
        en: 'I look for ways to make my work better or more enjoyable myself.',
      },
    ],
  },
  {
    key: 'learning_orientation',
    group: 'goal_orientation',
    name: { nl: 'Leerdoelgerichtheid', en: 'Learning orientation' },
    explanation: {
      nl: 'Gericht zijn op leren en groeien: fouten zien als deel van het leerproces en uitdagende doelen kiezen. Deze houding beschermt tegen stress, zeker als er veel verandert.',
      en: 'Being focused on learning and growing: seeing mistakes as part of learning and choosing challenging goals. This attitude protects against stress, especially when a lot is changing.',
    },
    items: [
      { nl: 'Ik zie fouten als iets waar ik van kan leren.', en: 'I see mistakes as something I can learn from.' },
      {
        nl: 'Ik kies liever een taak waar ik van leer dan een taak die ik al beheers.',
        en: 'I would rather take on a task I can learn from than one I have already mastered.',
      },
      { nl: 'Ik vraag zelf om feedback, ook als die kritisch kan zijn.', en: 'I ask for feedback myself, even when it may be critical.' },
    ],
  },
  {
    key: 'performance_orientation',
    group: 'goal_orientation',
    name: { nl: 'Prestatiedoelgerichtheid', en: 'Performance orientation' },
    explanation: {
      nl: 'Gericht zijn op laten zien wat je kunt en fouten vermijden. Dat is op zich niet verkeerd, maar als er veel verandert en oude manieren niet meer werken, ligt stress op de loer. Het staat los van leerdoelgerichtheid: je kunt op beide hoog scoren.',
      en: 'Being focused on showing what you can do and avoiding mistakes. That is not wrong in itself, but when a lot changes and old ways stop working, stress is lurking. It is separate from learning orientation: you can score high on both.',
    },
    items: [
      { nl: 'Ik vind het belangrijk om te laten zien wat ik kan.', en: 'I find it important to show what I can do.' },
      { nl: 'Ik ga taken uit de weg waarbij ik fouten zou kunnen maken.', en: 'I avoid tasks where I might make mistakes.' },
      { nl: 'Kritiek op mijn werk voelt eerst vooral vervelend.', en: 'Criticism of my work mostly feels unpleasant at first.' },
      {
        nl: 'Ik houd vast aan een vertrouwde aanpak, ook als die minder goed werkt.',
        en: 'I stick to a familiar approach, even when it works less well.',
      },
    ],
  },
];

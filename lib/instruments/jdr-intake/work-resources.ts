import type { DimensionContent } from '../build';

const group = 'work_resources';

/** Work-related resources (hulpbronnen in het werk): a higher score means the work offers more. */
export const workResources: DimensionContent[] = [
  {
    key: 'autonomy',
    group,
    name: { nl: 'Autonomie', en: 'Autonomy' },
    explanation: {
      nl: 'Hoeveel je zelf kunt bepalen hoe en wanneer je je werk doet. Regelruimte is een van de sterkste buffers tegen werkdruk.',
      en: 'How much you can decide for yourself how and when you do your work. Room to organise your own work is one of the strongest buffers against workload.',
    },
    items: [
      { nl: 'Ik kan zelf bepalen hoe ik mijn werk aanpak.', en: 'I can decide for myself how I go about my work.' },
      { nl: 'Ik kan mijn werkdag zelf indelen.', en: 'I can plan my working day myself.' },
      {
        nl: 'Anderen schrijven me tot in detail voor hoe ik mijn werk moet doen.',
        en: 'Others tell me in detail how I must do my work.',
        reverse: true,
      },
    ],
  },
  {
    key: 'influence',
    group,
    name: { nl: 'Invloed op het werk', en: 'Influence on the work' },
    explanation: {
      nl: 'Of je mag meebepalen wát je doet: welke taken bij jou terechtkomen en hoe je functie eruitziet.',
      en: 'Whether you have a say in what you do: which tasks end up with you and what your job looks like.',
    },
    items: [
      { nl: 'Ik heb invloed op welke taken bij mij terechtkomen.', en: 'I have a say in which tasks end up with me.' },
      { nl: 'Ik kan de inhoud van mijn werk mee vormgeven.', en: 'I can help shape what my work consists of.' },
    ],
  },
  {
    key: 'colleague_support',
    group,
    name: { nl: 'Steun van collega’s', en: 'Support from colleagues' },
    explanation: {
      nl: 'Of je collega’s bijspringen en of je bij hen terecht kunt. Samen dragen maakt zwaar werk lichter.',
      en: 'Whether your colleagues step in and whether you can turn to them. Carrying things together makes heavy work lighter.',
    },
    items: [
      { nl: 'Als het druk is, springen collega’s bij.', en: 'When it is busy, colleagues step in to help.' },
      { nl: 'Ik kan bij collega’s terecht als iets me dwarszit.', en: 'I can turn to colleagues when something is bothering me.' },
    ],
  },
  {
    key: 'manager_support',
    group,
    name: { nl: 'Steun en coaching van de leidinggevende', en: 'Support and coaching from the manager' },
    explanation: {
      nl: 'Of je leidinggevende je helpt, meedenkt en tijd voor je maakt. Je leidinggevende heeft ook invloed op veel van de andere punten hier.',
      en: 'Whether your manager helps you, thinks along and makes time for you. Your manager also influences many of the other points here.',
    },
    items: [
      { nl: 'Mijn leidinggevende helpt me verder als ik vastloop.', en: 'My manager helps me move on when I get stuck.' },
      {
        nl: 'Mijn leidinggevende maakt tijd om te bespreken hoe het met me gaat.',
        en: 'My manager makes time to talk about how I am doing.',
      },
    ],
  },
  {
    key: 'feedback',
    group,
    name: { nl: 'Feedback', en: 'Feedback' },
    explanation: {
      nl: 'Weten hoe je het doet. Geen feedback krijgen is vaak stressvoller dan kritische feedback, zolang die opbouwend wordt gebracht.',
      en: 'Knowing how you are doing. Getting no feedback is often more stressful than critical feedback, as long as it is given constructively.',
    },
    items: [
      { nl: 'Ik hoor van anderen hoe ik mijn werk doe.', en: 'I hear from others how I am doing my work.' },
      { nl: 'De feedback die ik krijg, helpt me om mijn werk beter te doen.', en: 'The feedback I get helps me do my work better.' },
    ],
  },
  {
    key: 'participation',
    group,
    name: { nl: 'Inspraak bij besluiten', en: 'Participation in decisions' },
    explanation: {
      nl: 'Of je wordt betrokken bij besluiten die jouw werk raken, en of er iets met je ideeën gebeurt.',
      en: 'Whether you are involved in decisions that affect your work, and whether anything is done with your ideas.',
    },
    items: [
      { nl: 'Ik word betrokken bij besluiten die mijn werk raken.', en: 'I am involved in decisions that affect my work.' },
      { nl: 'Er wordt iets gedaan met mijn ideeën en voorstellen.', en: 'Something is done with my ideas and suggestions.' },
    ],
  },
  {
    key: 'task_variety',
    group,
    name: { nl: 'Afwisseling in taken', en: 'Task variety' },
    explanation: {
      nl: 'Of je werk afwisselend is en je verschillende kanten van jezelf kunt gebruiken.',
      en: 'Whether your work is varied and lets you use different sides of yourself.',
    },
    items: [
      { nl: 'In mijn werk wissel ik verschillende soorten taken af.', en: 'In my work I switch between different kinds of tasks.' },
      { nl: 'Ik gebruik in mijn werk veel verschillende vaardigheden.', en: 'I use many different skills in my work.' },
    ],
  },
  {
    key: 'development',
    group,
    name: { nl: 'Ontwikkelmogelijkheden', en: 'Learning and development opportunities' },
    explanation: {
      nl: 'Of je in je werk kunt blijven leren en groeien. Ontwikkeling geeft energie en het gevoel dat je het aankunt.',
      en: 'Whether you can keep learning and growing in your work. Development gives energy and the feeling that you can handle things.',
    },
    items: [
      { nl: 'Ik leer nieuwe dingen in mijn werk.', en: 'I learn new things in my work.' },
      {
        nl: 'Als ik een cursus of training wil volgen, krijg ik daar de kans voor.',
        en: 'When I want to take a course or training, I get the chance to.',
      },
    ],
  },
  {
    key: 'career_perspective',
    group,
    name: { nl: 'Loopbaanperspectief', en: 'Career perspective' },
    explanation: {
      nl: 'Of je een toekomst voor jezelf ziet: doorgroeien, iets anders gaan doen, of met plezier blijven.',
      en: 'Whether you can see a future for yourself: moving up, moving on to something else, or staying with pleasure.',
    },
    items: [
      { nl: 'Ik zie voor mezelf een toekomst in deze organisatie.', en: 'I can see a future for myself in this organisation.' },
      {
        nl: 'Ik heb mogelijkheden om door te groeien naar ander of zwaarder werk.',
        en: 'I have opportunities to grow into different or more senior work.',
      },
    ],
  },
  {
    key: 'clear_goals',
    group,
    name: { nl: 'Duidelijke doelen en taken', en: 'Clear goals and tasks' },
    explanation: {
      nl: 'Weten wat er van je verwacht wordt en wanneer iets goed genoeg is. Dat geeft houvast en maakt het makkelijker om grenzen te stellen.',
      en: 'Knowing what is expected of you and when something is good enough. It gives you something to hold on to and makes it easier to set limits.',
    },
    items: [
      { nl: 'Ik weet wat er van me verwacht wordt.', en: 'I know what is expected of me.' },
      { nl: 'Het is duidelijk wanneer mijn werk goed genoeg is.', en: 'It is clear when my work is good enough.' },
    ],
  },
];

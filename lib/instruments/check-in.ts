import { buildSection, frequencyScale } from './build';
import type { BuiltInInstrument } from './types';

export const CHECK_IN_KEY = 'check-in';

const work = buildSection('work', { nl: 'Je werk, de afgelopen twee weken', en: 'Your work, the past two weeks' }, [
  {
    key: 'demands',
    group: 'job_demands',
    name: { nl: 'Taakeisen', en: 'Job demands' },
    explanation: {
      nl: 'Hoeveel je werk de afgelopen tijd van je vroeg: hoeveelheid, tempo en emotionele zwaarte.',
      en: 'How much your work asked of you lately: amount, pace and emotional weight.',
    },
    items: [
      { nl: 'Ik had meer werk dan ik in de beschikbare tijd kon doen.', en: 'I had more work than I could do in the time available.' },
      { nl: 'Ik moest me haasten om dingen af te krijgen.', en: 'I had to rush to get things done.' },
      { nl: 'Mijn werk vroeg emotioneel veel van me.', en: 'My work was emotionally demanding.' },
    ],
  },
  {
    key: 'resources',
    group: 'work_resources',
    name: { nl: 'Hulpbronnen in het werk', en: 'Work resources' },
    explanation: {
      nl: 'Wat je werk de afgelopen tijd bood: ruimte, steun en kansen om te leren.',
      en: 'What your work offered you lately: room to decide, support and chances to learn.',
    },
    items: [
      { nl: 'Ik kon zelf bepalen hoe ik mijn werk deed.', en: 'I could decide for myself how to do my work.' },
      { nl: 'Ik kreeg steun als ik die nodig had.', en: 'I got support when I needed it.' },
      { nl: 'Ik had ruimte om te leren of iets nieuws te proberen.', en: 'I had room to learn or try something new.' },
    ],
  },
]);

const energy = buildSection('energy', { nl: 'Je energie, de afgelopen twee weken', en: 'Your energy, the past two weeks' }, [
  {
    key: 'exhaustion',
    group: 'burnout',
    name: { nl: 'Uitputting', en: 'Exhaustion' },
    explanation: {
      nl: 'Hoe leeg je je voelde en of rust je weer oplaadde.',
      en: 'How drained you felt and whether rest recharged you.',
    },
    items: [
      { nl: 'Na het werk voelde ik me leeg.', en: 'After work I felt drained.' },
      { nl: 'Ik was al moe voordat de dag goed en wel begonnen was.', en: 'I was tired before the day had properly started.' },
      { nl: 'Mijn vrije tijd was genoeg om bij te komen.', en: 'My time off was enough to recover.', reverse: true },
    ],
  },
  {
    key: 'engagement',
    group: 'engagement',
    name: { nl: 'Bevlogenheid', en: 'Engagement' },
    explanation: {
      nl: 'Of je zin had in je werk, het de moeite waard vond en erin opging.',
      en: 'Whether you felt like working, found it worthwhile and got absorbed in it.',
    },
    items: [
      { nl: 'Ik had zin in mijn werk.', en: 'I felt like getting on with my work.' },
      { nl: 'Ik vond mijn werk de moeite waard.', en: 'I found my work worthwhile.' },
      { nl: 'Ik ging op in waar ik mee bezig was.', en: 'I was absorbed in what I was doing.' },
    ],
  },
]);

/**
 * Short repeated measurement between sessions. Its indices are on the same 0–100 scale as the intake's,
 * so the trend can continue across both, but each index rests on one composite dimension here.
 */
export const checkInV1: BuiltInInstrument = {
  key: CHECK_IN_KEY,
  version: 1,
  origin: 'built_in',
  name: { nl: 'Check-in', en: 'Check-in' },
  description: {
    nl: 'Een korte vragenlijst om bij te houden hoe het gaat. Denk aan de afgelopen twee weken.',
    en: 'A short questionnaire to keep track of how things are going. Think of the past two weeks.',
  },
  scale: frequencyScale,
  // Its sections' and description's "de afgelopen twee weken".
  referencePeriod: { nl: 'twee weken', en: 'two weeks' },
  sections: [work.section, energy.section],
  openQuestions: [
    {
      key: 'energy_drains',
      text: { nl: 'Wat kostte je de afgelopen twee weken de meeste energie?', en: 'What cost you the most energy in the past two weeks?' },
    },
    {
      key: 'energy_sources',
      text: { nl: 'Wat gaf je de afgelopen twee weken energie?', en: 'What gave you energy in the past two weeks?' },
    },
  ],
  dimensions: [...work.dimensions, ...energy.dimensions],
  indices: {
    demands: ['demands'],
    work_resources: ['resources'],
    burnout: ['exhaustion'],
    engagement: ['engagement'],
  },
};

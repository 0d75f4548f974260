import { buildSection, frequencyScale } from './build';
import { jobDemands } from './jdr-intake/job-demands';
import { burnout, engagement } from './jdr-intake/outcomes';
import { personalResources } from './jdr-intake/personal-resources';
import { V2_DESCRIPTION, V2_ITEM_TEXTS } from './jdr-intake/v2-changes';
import { workResources } from './jdr-intake/work-resources';
import type { BuiltInInstrument } from './types';

export const JDR_INTAKE_KEY = 'jdr-intake';

const sections = [
  buildSection('work_demands', { nl: 'Je werk en wat het van je vraagt', en: 'Your work and what it asks of you' }, jobDemands),
  buildSection('work_resources', { nl: 'Wat je werk je biedt', en: 'What your work gives you' }, workResources),
  buildSection('personal_resources', { nl: 'Hoe jij in je werk staat', en: 'How you approach your work' }, personalResources),
  buildSection('energy', { nl: 'Je energie', en: 'Your energy' }, burnout),
  buildSection('engagement', { nl: 'Plezier en betrokkenheid', en: 'Enjoyment and involvement' }, engagement),
];

const keysOf = (content: { key: string }[]) => content.map((d) => d.key);

/**
 * Our own JD-R intake (items written for this product, not taken from a licensed instrument).
 * Index components follow seed 003: every job demand feeds the demands index, every work-related
 * resource the work-resources index. Personal resources get their own index, which includes
 * learning orientation (a protective resource, seed 000) but not performance orientation, which
 * seed 000 treats as a separate tendency rather than a resource; it is reported on its own.
 */
export const jdrIntakeV1: BuiltInInstrument = {
  key: JDR_INTAKE_KEY,
  version: 1,
  origin: 'built_in',
  name: { nl: 'JD-R-intake', en: 'JD-R intake' },
  description: {
    nl: 'Een intake volgens het Job Demands-Resources-model: wat je werk van je vraagt, wat het je biedt, wat je zelf meebrengt en hoe het met je energie en betrokkenheid gaat. Denk bij het invullen aan de afgelopen drie maanden. Er zijn geen goede of foute antwoorden.',
    en: 'An intake based on the Job Demands-Resources model: what your work asks of you, what it gives you, what you bring yourself and how your energy and involvement are doing. Think of the past three months when answering. There are no right or wrong answers.',
  },
  scale: frequencyScale,
  // The description's "de afgelopen drie maanden"; version 2 keeps it.
  referencePeriod: { nl: 'drie maanden', en: 'three months' },
  sections: sections.map((s) => s.section),
  openQuestions: [
    {
      key: 'energy_drains',
      section: 'work_demands',
      text: { nl: 'Wat kost je in je werk de meeste energie?', en: 'What in your work costs you the most energy?' },
    },
    {
      key: 'energy_sources',
      section: 'work_resources',
      text: { nl: 'Wat geeft je in je werk energie?', en: 'What in your work gives you energy?' },
    },
    {
      key: 'most_helpful',
      text: { nl: 'Wat zou jou op dit moment het meest helpen?', en: 'What would help you most right now?' },
    },
    {
      key: 'employer_change',
      text: {
        nl: 'Wat zou je werkgever kunnen veranderen zodat je werk beter te doen is?',
        en: 'What could your employer change to make your work more manageable?',
      },
    },
  ],
  dimensions: sections.flatMap((s) => s.dimensions),
  indices: {
    demands: keysOf(jobDemands),
    work_resources: keysOf(workResources),
    personal_resources: keysOf(personalResources.filter((d) => d.key !== 'performance_orientation')),
    burnout: keysOf(burnout),
    engagement: keysOf(engagement),
  },
};

/**
 * Version 2: the same structure, dimensions, item keys and reverse scoring, with reworded items
 * (see ./jdr-intake/v2-changes.ts). New measurements use it; measurements taken with version 1 keep
 * being scored with version 1.
 */
export const jdrIntakeV2: BuiltInInstrument = {
  ...jdrIntakeV1,
  version: 2,
  description: V2_DESCRIPTION,
  sections: jdrIntakeV1.sections.map((section) => ({
    ...section,
    items: section.items.map((item) => ({ ...item, text: V2_ITEM_TEXTS[item.key] ?? item.text })),
  })),
};

import type { Localized } from '../types';

/**
 * Item wording changed in version 2 of the JD-R intake, by item key. Structure, dimension keys,
 * item keys and reverse scoring stay as in version 1, so answers and scores of earlier measurements
 * keep their meaning (they are scored with version 1) and the two versions can be compared per dimension.
 *
 * Why each item changed:
 * - double-barrelled: two questions in one ("X of Y"), so an answer cannot be read;
 * - outcome inside: the item names its own effect ("kost me energie"), mixing a demand with strain;
 * - attitude on a frequency scale: "ik vind…"/"liever…" does not fit Nooit…Altijd;
 * - "nu"/"zwaarder werk": a client on sick leave answers about the last period they worked, and
 *   "heavier work" is the wrong prospect to offer someone with burnout complaints.
 */
export const V2_ITEM_TEXTS: Record<string, Localized> = {
  // double-barrelled (time or attention)
  work_home_interference_1: {
    nl: 'Mijn werk neemt zoveel tijd in beslag dat er te weinig overblijft voor thuis.',
    en: 'My work takes up so much time that too little is left for home.',
  },
  // outcome inside ("ik verveel me" is a reaction, not a feature of the work)
  monotony_2: { nl: 'Ik doe urenlang achter elkaar hetzelfde soort werk.', en: 'I do the same kind of work for hours on end.' },
  // double-barrelled (aggression or intimidation)
  aggression_1: {
    nl: 'Ik krijg te maken met agressie van cliënten, klanten of hun naasten.',
    en: 'I face aggression from clients, customers or their families.',
  },
  // the English added a second construct ("or intimidating") that the Dutch does not ask
  aggression_2: {
    nl: 'Ik krijg te maken met grensoverschrijdend gedrag van collega’s of leidinggevenden.',
    en: 'I face inappropriate behaviour from colleagues or managers.',
  },
  // "veel tijd" on a frequency scale
  administrative_burden_1: {
    nl: 'Een groot deel van mijn werkdag gaat op aan verslaglegging.',
    en: 'A large part of my working day goes on writing reports.',
  },
  // double-barrelled (registering and keeping systems up to date) and "veel tijd" on a frequency scale
  administrative_burden_2: {
    nl: 'Een groot deel van mijn werkdag gaat op aan registreren in systemen.',
    en: 'A large part of my working day goes on recording things in systems.',
  },
  // double-barrelled (permission or forms)
  bureaucracy_2: {
    nl: 'Voor eenvoudige beslissingen moet ik eerst toestemming vragen.',
    en: 'I have to ask permission first for simple decisions.',
  },
  // double-barrelled (tension or conflict)
  poor_relationships_1: { nl: 'Ik heb conflicten met mensen met wie ik samenwerk.', en: 'I have conflicts with people I work with.' },
  // outcome inside ("kost me energie")
  poor_relationships_2: {
    nl: 'In mijn team wordt over elkaar gepraat in plaats van met elkaar.',
    en: 'In my team people talk about each other rather than to each other.',
  },
  // double-barrelled (serious or distressing)
  problem_severity_1: {
    nl: 'Ik heb te maken met schrijnende situaties van de mensen voor wie ik werk.',
    en: 'I deal with distressing situations of the people I work for.',
  },
  // conditional ("als ik wil…") rather than what happens
  development_2: { nl: 'Ik krijg de kans om een cursus of training te volgen.', en: 'I get the chance to take a course or training.' },
  // attitude on a frequency scale
  career_perspective_1: {
    nl: 'Mijn werkgever bespreekt met mij welke toekomst ik in de organisatie heb.',
    en: 'My employer discusses with me what future I have in the organisation.',
  },
  // double-barrelled and "zwaarder werk"
  career_perspective_2: {
    nl: 'Er zijn voor mij mogelijkheden om een volgende stap in mijn loopbaan te zetten.',
    en: 'There are opportunities for me to take a next step in my career.',
  },
  // double-barrelled (criticism or disappointments)
  resilience_2: { nl: 'Een tegenvaller blijft lang aan me knagen.', en: 'A setback keeps gnawing at me for a long time.' },
  // double-barrelled (tasks and deadlines)
  time_management_1: { nl: 'Ik houd overzicht over mijn deadlines.', en: 'I keep track of my deadlines.' },
  // double-barrelled (better or more enjoyable)
  proactivity_2: {
    nl: 'Ik stel zelf voor hoe iets in mijn werk beter kan.',
    en: 'I suggest myself how something in my work could be done better.',
  },
  // attitude/preference on a frequency scale ("liever")
  learning_orientation_2: { nl: 'Ik kies voor taken waar ik iets nieuws van leer.', en: 'I choose tasks that teach me something new.' },
  // attitude on a frequency scale ("ik vind het belangrijk")
  performance_orientation_1: { nl: 'Ik probeer op mijn werk te laten zien wat ik kan.', en: 'At work I try to show what I can do.' },
  // double-barrelled (work or organisation)
  mental_distance_3: { nl: 'Ik merk dat ik cynisch over mijn werk praat.', en: 'I notice that I talk cynically about my work.' },
  // "nu": breaks for a client on sick leave answering about the last period they worked
  reduced_competence_2: {
    nl: 'Dingen die eerder vanzelf gingen, kosten me veel moeite.',
    en: 'Things that used to come easily take me a lot of effort.',
  },
  // conditional and about competence rather than absorption
  absorption_2: { nl: 'Tijdens mijn werk vergeet ik alles om me heen.', en: 'While working I forget everything around me.' },
};

export const V2_DESCRIPTION: Localized = {
  nl: 'Een intake volgens het Job Demands-Resources-model: wat je werk van je vraagt, wat het je biedt, wat je zelf meebrengt en hoe het met je energie en betrokkenheid gaat. Denk bij het invullen aan de afgelopen drie maanden; werk je op dit moment niet, denk dan aan de laatste periode dat je werkte. Er zijn geen goede of foute antwoorden.',
  en: 'An intake based on the Job Demands-Resources model: what your work asks of you, what it gives you, what you bring yourself and how your energy and involvement are doing. Think of the past three months when answering; if you are not working at the moment, think of the last period you worked. There are no right or wrong answers.',
};

/**
 * Health words in employer wording (action-plan issue, DOMAIN.md privacy): the Dutch regulator reads
 * health data broadly (being ill, symptoms, functional limitations), so before an item is released the
 * coach and the client see a warning naming each health word found. Pure, both languages.
 *
 * Matching is per word, case- and diacritics-insensitive, and aware of Dutch compounds: a stem can
 * match the start of a word (`slaapproblemen`, `ziekmelding`), its end (`stressklachten`, `faalangst`)
 * or anywhere in it (`burn-outklachten`, `antidepressiva`), as set per stem. Words that are usually a
 * workplace or a profession in this product's field (care: `ziekenhuis`, `ziekenverzorgende`,
 * `fysiotherapeut`, `psychiatrie`, `ggz`, `slaapdienst`, `gezondheidszorg`) are deliberately not flagged;
 * a hospital admission (`ziekenhuisopname`) is.
 */

type Mode = 'word' | 'prefix' | 'suffix' | 'edge' | 'anywhere';

interface Term {
  stem: string;
  /** word: the whole word; prefix/suffix: start/end of a word; edge: either; anywhere: inside a word. */
  mode: Mode;
}

const t = (mode: Mode, ...stems: string[]): Term[] => stems.map((stem) => ({ stem, mode }));

/** Normalised (lower case, no diacritics, no hyphens) stems. */
const TERMS: readonly Term[] = [
  // Burnout and overstrain.
  ...t('anywhere', 'burnout', 'overspann', 'depressi', 'gediagnost'),
  ...t('prefix', 'overspanning', 'uitgeput', 'uitputting', 'uitputtend', 'opgebrand', 'vermoeid', 'surmenage'),
  ...t('word', 'moe', 'burnedout', 'burntout'),
  // Illness and absence.
  ...t('prefix', 'ziek', 'arbeidsongeschikt', 'verzuim', 'sickness', 'illness', 'disease', 'disorder'),
  ...t('edge', 'ziekte', 'ziekteverzuim', 'stoornis', 'ziekenhuisopname'),
  ...t('word', 'sick', 'ill', 'illhealth', 'unwell', 'zieke', 'ziekteverlof'),
  // Dropping out and recovering from it: in a plan these are about the person, not about a server.
  ...t('prefix', 'uitval', 'uitgevallen', 'uitvallen', 'herstel', 'recover', 'overbelast'),
  // Mood, fear, panic, trauma.
  ...t('edge', 'angst', 'paniek', 'trauma', 'psychose'),
  ...t('prefix', 'angstig', 'anxiety', 'anxious', 'panic', 'depressed', 'traumat', 'psychosis', 'psychotic'),
  ...t('prefix', 'gestrest', 'gestresst', 'stressed'),
  // Sleep.
  ...t('edge', 'slaap', 'slapen', 'slapeloos', 'insomnia'),
  ...t('prefix', 'sleep', 'slept', 'asleep'),
  ...t('word', 'sliep', 'sliepen', 'slaapt'),
  // Medication, diagnosis, treatment, care providers.
  ...t(
    'prefix',
    'medicatie',
    'medicijn',
    'medication',
    'antidepressant',
    'diagnose',
    'diagnosis',
    'therap',
    'psycholoog',
    'psychologen',
    'psychologist',
  ),
  ...t('prefix', 'psychiater', 'psychiatrist'),
  ...t('suffix', 'therapie', 'therapy'),
  ...t('edge', 'huisarts', 'bedrijfsarts', 'arboarts', 'verzekeringsarts', 'psychisch', 'verslaving', 'verslaafd', 'addiction', 'addicted'),
  ...t('word', 'dokter', 'gp', 'meds', 'medicine', 'pills', 'pillen'),
  // Symptoms and complaints.
  ...t('edge', 'klacht', 'klachten', 'symptoom', 'symptomen'),
  ...t('prefix', 'symptom', 'exhausted', 'exhaustion', 'fatigue', 'hyperventil', 'hartklopping', 'concentratieproblem', 'geheugenproblem'),
  ...t('suffix', 'pijn'),
  ...t('edge', 'migraine', 'headache'),
  ...t('word', 'pain', 'pains', 'tired', 'tiredness'),
  // Functional limitations and return to work after illness (health data too, DOMAIN.md privacy).
  ...t('prefix', 'belastbaar', 'arbeidstherap', 'reintegr', 'reintegratie'),
  ...t('prefix', 'functiebeperk'),
  ...t('suffix', 'belastbaarheid', 'belastbaar'),
  ...t('word', 'fml', 'beperkingen'),
  // Named conditions, pregnancy, surgery, mood: the words a coach or client writes when a reason slips into the text
  // ("geen tilwerk vanwege haar hernia"). Business senses kept apart: `opereren` (to operate, as a team), `behandeling`
  // (a request in behandeling), `corona` (the measures of a workplace) are not listed.
  ...t('edge', 'hernia', 'diabetes', 'kanker', 'cancer', 'astma', 'asthma', 'artrose', 'reuma', 'rheuma', 'whiplash'),
  ...t('prefix', 'diabet', 'adhd', 'autis', 'epilep', 'artritis', 'arthritis', 'tumor', 'tumour', 'chemo', 'bestraling'),
  ...t('prefix', 'hartprobl', 'hartinfarct', 'hartaanval', 'herseninfarct', 'beroerte', 'bipola', 'anorexia', 'boulimi'),
  ...t('anywhere', 'covid'),
  ...t('word', 'rsi', 'ptss', 'ptsd', 'ocd'),
  ...t('prefix', 'zwanger', 'pregnan', 'bevalling', 'miskraam', 'miscarriage'),
  ...t('prefix', 'geopereerd', 'surgery', 'surgical', 'revalidatie', 'rehabilitat'),
  ...t('word', 'operatie', 'operaties', 'arts', 'artsen', 'doctor', 'doctors', 'ivf'),
  ...t('prefix', 'somber', 'neerslachtig', 'huilbui', 'suicid', 'zelfmoord', 'zelfdoding'),
  ...t('prefix', 'werkhervat'),
  // Health as such.
  ...t('prefix', 'gezondheid'),
  ...t('word', 'health', 'unhealthy'),
];

/** Multi-word phrases, matched on consecutive normalised words. */
const PHRASES: readonly string[][] = [
  ['burned', 'out'],
  ['burnt', 'out'],
  ['burn', 'out'],
  ['worn', 'out'],
  ['sick', 'leave'],
  ['ill', 'health'],
  ['mental', 'health'],
  ['company', 'doctor'],
  ['functional', 'limitations'],
  ['functionele', 'beperkingen'],
  ['functionele', 'beperking'],
  // One limitation of the person (`haar beperking`), not a limit on the work (`beperking van het overwerk`).
  ['haar', 'beperking'],
  ['zijn', 'beperking'],
  ['mijn', 'beperking'],
  ['her', 'limitations'],
  ['his', 'limitations'],
  ['my', 'limitations'],
  ['their', 'limitations'],
  ['physical', 'limitations'],
  ['return', 'to', 'work'],
  ['werk', 'hervatten'],
  ['werk', 'hervat'],
  ['occupational', 'physician'],
  ['general', 'practitioner'],
  ['medical', 'condition'],
  ['medical', 'reasons'],
  ['medische', 'reden'],
  ['medische', 'redenen'],
  ['medische', 'gegevens'],
];

/** Workplace phrases that contain a health word but are about the work (matched before the phrases above). */
const ALLOWED_PHRASES: readonly string[][] = [
  ['health', 'and', 'safety'],
  ['arts', 'and', 'crafts'],
];

/**
 * Not health words although a stem matches: workplaces and professions in care (the clients of this
 * product are often nurses, doctors' assistants, physiotherapists), customer complaints, and
 * ordinary words that happen to contain a stem (`langst`, `ontvangst`).
 */
const ALLOWED_PREFIXES: readonly string[] = [
  'zieken',
  'gezondheidszorg',
  'klachtenregeling',
  'klachtencommissie',
  'klachtenafhandeling',
  'klachtenprocedure',
];
const ALLOWED_WORDS: ReadonlySet<string> = new Set([
  'langst',
  'langste',
  'vangst',
  'ontvangst',
  'klantklacht',
  'klantklachten',
  'klantenklacht',
  'klantenklachten',
  'slaapdienst',
  'slaapdiensten',
  'fysiotherapeut',
  'fysiotherapeuten',
  'ergotherapeut',
  'ergotherapeuten',
  'logopedist',
  'healthcare',
]);

function normalise(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[-‐‑]/g, '');
}

function termMatches(term: Term, word: string): boolean {
  switch (term.mode) {
    case 'word':
      return word === term.stem;
    case 'prefix':
      return word.startsWith(term.stem);
    case 'suffix':
      return word.endsWith(term.stem);
    case 'edge':
      return word.startsWith(term.stem) || word.endsWith(term.stem);
    case 'anywhere':
      return word.includes(term.stem);
  }
}

function isHealthWord(normalised: string): boolean {
  if (normalised.length === 0 || ALLOWED_WORDS.has(normalised)) return false;
  const allowed = ALLOWED_PREFIXES.some((p) => normalised.startsWith(p));
  // `ziekenhuisopname` starts with an allowed prefix but is a health word on its own.
  if (allowed && !normalised.startsWith('ziekenhuisopname')) return false;
  return TERMS.some((term) => termMatches(term, normalised));
}

/** Words with inner hyphens stay one word (`burn-out`, `burn-outklachten`); an apostrophe splits (`I'll` is not `ill`). */
const WORD = /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/gu;

/**
 * The health words in `text`, as written there (first spelling wins), in order of appearance and
 * without repeats. A hyphenated word also counts when one of its parts is a health word
 * (`slaap-waakritme`), except for the short English words, so `ill-equipped` stays clean.
 */
export function findHealthWords(text: string): string[] {
  const words = [...text.replace(/\u00AD/g, '').matchAll(WORD)].map((m) => m[0]);
  const normalised = words.map(normalise);
  const found: string[] = [];
  const seen = new Set<string>();
  const add = (original: string, key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    found.push(original);
  };

  for (let i = 0; i < words.length; i++) {
    const allowed = ALLOWED_PHRASES.find((p) => p.every((part, j) => normalised[i + j] === part));
    if (allowed) {
      i += allowed.length - 1;
      continue;
    }
    const phrase = PHRASES.find((p) => p.every((part, j) => normalised[i + j] === part));
    if (phrase) {
      add(words.slice(i, i + phrase.length).join(' '), phrase.join(' '));
      i += phrase.length - 1;
      continue;
    }
    const word = words[i] as string;
    const key = normalised[i] as string;
    const parts = word
      .split(/[-‐‑]/)
      .map(normalise)
      .filter((p) => p.length > 3);
    if (isHealthWord(key) || (parts.length > 1 && parts.some(isHealthWord))) add(word, key);
  }
  return found;
}

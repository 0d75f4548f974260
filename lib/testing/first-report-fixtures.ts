import { translatorFor } from '@/lib/i18n/translator';
import { reportSummary } from '@/lib/reports/summary';
import type { ClientReportData, ManagerReportData } from '@/lib/reports/types';
import { clientReportFixture, managerReportFixture } from './report-fixtures';

// The client's own words in the intake questionnaire, as a client writes them: a few sentences each.
const OWN_WORDS_NL = [
  {
    question: 'Wat kost je energie?',
    answer:
      'Sinds de reorganisatie in het voorjaar doe ik het werk van anderhalve functie. Ik beantwoord ’s avonds nog mail om bij te blijven, en als alles tegelijk komt, weet ik niet wat voorgaat. Het werk is nooit af.',
  },
  {
    question: 'Wat geeft je energie?',
    answer: 'Het contact met mijn team en het werk met klanten zelf. Fietsen naar mijn werk en de lunch met collega’s.',
  },
  {
    question: 'Wat wil je bereiken met de coaching?',
    answer:
      'Dat ik weer grip krijg op mijn werk en ’s avonds echt vrij ben. Ik slaap slechter dan een jaar geleden en ik heb minder zin in sporten en afspreken met vrienden; dat wil ik terug. Ik wil ook leren om met mijn leidinggevende te bespreken wat wel en niet haalbaar is, zonder dat het voelt alsof ik tekortschiet. Mijn leidinggevende zie ik weinig, en ons overleg gaat meestal over planning en niet over hoe het met me gaat.',
  },
];
const OWN_WORDS_EN = [
  {
    question: 'What costs you energy?',
    answer:
      'Since the reorganisation in the spring I have been doing the work of one and a half jobs. I answer email in the evening to keep up, and when everything comes at once I do not know what comes first. The work is never done.',
  },
  {
    question: 'What gives you energy?',
    answer: 'The contact with my team and the work with clients itself. Cycling to work and lunch with my colleagues.',
  },
  {
    question: 'What do you want to achieve with the coaching?',
    answer:
      'To get a grip on my work again and to be really off in the evening. I sleep worse than a year ago and I feel less like sport or seeing friends; I want that back. I also want to learn to discuss with my manager what is and is not feasible, without feeling that I am falling short. I see little of my manager, and our meetings are mostly about planning, not about how I am doing.',
  },
];

// The intake session's summary for the client, as a coach writes it: a few paragraphs.
const INTAKE_NL = [
  'We hebben je uitslag samen doorgelopen. Je herkende vooral de werkdruk: sinds de reorganisatie doe je het werk van anderhalve functie, en je merkt dat je ’s avonds nog mail beantwoordt om bij te blijven.',
  'Wat je energie geeft, is het contact met je team en het werk met klanten zelf. Je wilt dat graag houden. Wat je energie kost, is vooral het gevoel dat het werk nooit af is en dat je niet weet wat voorgaat als alles tegelijk komt. Je leidinggevende zie je weinig; jullie overleg gaat meestal over planning en niet over hoe het met je gaat.',
  'We hebben afgesproken dat je eerst met je leidinggevende bespreekt wat voorrang heeft, en dat je na 18.00 uur geen mail meer leest. Daarnaast houd je twee weken een energiedagboek bij, zodat we in het volgende gesprek kunnen zien wanneer je energie lekt en wanneer je juist oplaadt. Het driegesprek met je leidinggevende plannen we zodra je daar klaar voor bent.',
  'Je vertelde ook dat je slechter slaapt dan een jaar geleden en minder zin hebt in sporten en afspreken met vrienden. Dat nemen we mee: in het energiedagboek noteer je ook hoe je hebt geslapen, zodat we kunnen zien of het samenhangt met drukke werkdagen. Herstel is net zo belangrijk als minder werkdruk.',
  'Je gaf aan dat je het fijn vond om je situatie een keer op een rij te zien. Als er voor het volgende gesprek iets verandert, mag je me altijd mailen. Ik zie je graag terug op 25 mei, dan kijken we samen naar je energiedagboek en naar wat het gesprek met je leidinggevende heeft opgeleverd.',
].join('\n');
const INTAKE_EN = [
  'We went through your results together. You recognised the workload most of all: since the reorganisation you have been doing the work of one and a half jobs, and you notice that you still answer email in the evening to keep up.',
  'What gives you energy is the contact with your team and the work with clients itself. You would like to keep that. What costs you energy is mostly the feeling that the work is never done and that you do not know what comes first when everything arrives at once. You see little of your manager; your meetings are mostly about planning, not about how you are doing.',
  'We agreed that you first discuss with your manager what takes priority, and that you no longer read email after 6 pm. You will also keep an energy diary for two weeks, so that in our next session we can see when your energy leaks away and when you recharge. We will plan the three-way meeting with your manager as soon as you are ready for it.',
  'You also told me that you sleep worse than a year ago and feel less like sport or seeing friends. We will take that along: in the energy diary you also note how you slept, so that we can see whether it goes with busy working days. Recovery matters as much as a lower workload.',
  'You said you liked seeing your situation laid out for once. If anything changes before our next session, you can always email me. I look forward to seeing you on 25 May, when we will look at your energy diary together and at what the talk with your manager has brought.',
].join('\n');

/**
 * A brand-new practice's first client report, made after the client's JD-R intake questionnaire and the intake session:
 * one measurement (a profile of one point, no trend yet), five demands that stand out, the client's own words, a plan
 * of three items, the one session and the next steps lib/reports/client-report-data.ts writes. The summary is
 * the one lib/reports/summary.ts writes for these scores.
 */
export function firstClientReportFixture(locale: 'nl' | 'en' = 'nl', overrides: Partial<ClientReportData> = {}): ClientReportData {
  const nl = locale === 'nl';
  const t = translatorFor(locale);
  const base = clientReportFixture(locale);
  const flags: ClientReportData['flags'] = [
    { label: nl ? 'Werkdruk' : 'Workload', score: 92, kind: 'high_demand' },
    { label: nl ? 'Tijdsdruk' : 'Time pressure', score: 81, kind: 'high_demand' },
    { label: nl ? 'Emotionele belasting' : 'Emotional demands', score: 76, kind: 'high_demand' },
    { label: nl ? 'Werk-privé-interferentie' : 'Work-home interference', score: 77, kind: 'high_demand' },
    { label: nl ? 'Complexiteit' : 'Complexity', score: 79, kind: 'high_demand' },
  ];
  const flagged = new Set(flags.map((f) => f.label));
  const groups = base.groups.map((g) => ({ ...g, rows: g.rows.map((r) => ({ ...r, flagged: flagged.has(r.label) })) }));
  const plan = base.plan.slice(0, 3).map((item, i) => ({
    ...item,
    title: nl
      ? ['Prioriteiten herzien met de leidinggevende', 'Geen mail na 18.00 uur', 'Energiedagboek bijhouden'][i]!
      : ['Review priorities with the manager', 'No email after 6 pm', 'Keep an energy diary'][i]!,
    description: nl
      ? [
          'Elke twee weken samen de werkvoorraad doornemen en vastleggen wat kan wachten.',
          'De mail gaat na 18.00 uur van je telefoon af; wat dringend is, loopt via je teamleider.',
          'Twee weken lang elke avond noteren wat energie gaf en wat energie kostte, om in het volgende gesprek te bespreken.',
        ][i]!
      : [
          'Every two weeks, go through the workload together and agree what can wait.',
          'Email comes off your phone after 6 pm; anything urgent goes through your team leader.',
          'For two weeks, note every evening what gave and what cost you energy, to discuss in the next session.',
        ][i]!,
    owner: nl ? ['Samen', 'Cliënt', 'Cliënt'][i]! : ['Together', 'Client', 'Client'][i]!,
    status: nl ? ['Gepland', 'Bezig', 'Bezig'][i]! : ['Planned', 'In progress', 'In progress'][i]!,
    dueDate: ['2026-07-01', '2026-06-01', '2026-06-08'][i]!,
    category: nl
      ? ['Minder belemmerende taakeisen', 'Herstel en grenzen', 'Inzicht in energie'][i]!
      : ['Fewer hindering demands', 'Recovery and boundaries', 'Insight into energy'][i]!,
  }));
  return {
    ...base,
    generatedAt: '2026-05-16T10:00:00Z',
    summary: reportSummary(
      {
        measuredOn: nl ? '4 mei 2026' : '4 May 2026',
        profileKey: 'high_demands_low_resources',
        highDemands: flags.filter((f) => f.kind === 'high_demand').map((f) => f.label),
        lowResources: flags.filter((f) => f.kind === 'low_resource').map((f) => f.label),
        burnoutSignal: false,
        engagement: 41,
        planItems: plan.length,
        openPlanItems: plan.length,
        sessionsHeld: 1,
      },
      t,
    ),
    profile: { ...base.profile!, path: base.profile!.path.slice(-1).map((p) => ({ ...p, label: '1', date: '2026-05-04' })) },
    groups: groups.map((g) => ({
      ...g,
      rows: g.rows.map((r) => {
        const flag = flags.find((f) => f.label === r.label);
        return flag ? { ...r, score: flag.score } : r;
      }),
    })),
    outcomes: base.outcomes.map((o) => (o.key === 'burnout' ? { ...o, score: 55 } : o)),
    flags,
    ownWords: nl ? OWN_WORDS_NL : OWN_WORDS_EN,
    measurement: { ...base.measurement!, date: '2026-05-04' },
    trends: [],
    plan,
    sessions: [
      {
        date: '2026-05-11',
        kind: nl ? 'Intakegesprek' : 'Intake session',
        summary: nl ? INTAKE_NL : INTAKE_EN,
        homework: [nl ? 'Energiedagboek bijhouden' : 'Keep an energy diary'],
      },
    ],
    nextSteps: [
      t('reports.data.nextSession', {
        date: nl ? '25 mei 2026 om 10:00' : '25 May 2026 at 10:00',
        kind: nl ? 'coachgesprek' : 'coaching session',
      }),
      t('reports.data.dueSoon', { date: nl ? '1 juni 2026' : '1 June 2026', title: plan[1]!.title }),
    ],
    ...overrides,
  };
}

/** A brand-new practice's first manager report: one released agreement, no meeting planned yet. */
export function firstManagerReportFixture(locale: 'nl' | 'en' = 'nl', overrides: Partial<ManagerReportData> = {}): ManagerReportData {
  const base = managerReportFixture(locale);
  return { ...base, items: base.items.slice(0, 1), meetings: [], ...overrides };
}

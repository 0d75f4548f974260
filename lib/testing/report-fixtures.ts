import type { ClientReportData, ManagerReportData } from '@/lib/reports/types';

/** A full client report: 3 measurements, 12 plan items, 20 sessions (the size the benchmark asks for). */
export function clientReportFixture(locale: 'nl' | 'en' = 'nl', overrides: Partial<ClientReportData> = {}): ClientReportData {
  const nl = locale === 'nl';
  // Labels in the report's language and scores that agree with the summary and the flags below, so the PNGs of
  // `npm run reports:png` read like a real client's report.
  const dims = (rows: [key: string, nl: string, en: string, score: number, flagged?: boolean][]) =>
    rows.map(([key, nlLabel, enLabel, score, flagged = false]) => ({ key, label: nl ? nlLabel : enLabel, score, flagged }));
  return {
    locale,
    generatedAt: '2026-11-30T10:00:00Z',
    practice: { name: 'Praktijk Evenwicht', reportColor: '#0f766e', logo: null },
    coach: { name: 'Marieke de Vries', email: 'marieke@evenwicht.example', phone: '06 1234 5678' },
    client: { name: 'Sanne Jansen', initials: 'SJ' },
    measurement: { date: '2026-11-02', instrumentName: nl ? 'JD-R-intake' : 'JD-R intake' },
    summary: [
      nl
        ? 'Je werk vraagt op dit moment veel van je, vooral in werkdruk en tijdsdruk. Tegelijk ervaar je weinig steun van je leidinggevende.'
        : 'Your work asks a lot of you at the moment, mostly in workload and time pressure. At the same time you feel little support from your manager.',
    ],
    profile: {
      profileKey: 'high_demands_low_resources',
      profileLabel: nl ? 'Veel taakeisen, weinig hulpbronnen' : 'High demands, few resources',
      demands: 68,
      resources: 34,
      referenceLabel: nl
        ? 'Hoog of laag: vergeleken met het midden van de schaal (50). Een score van precies 50 telt als laag.'
        : 'High or low: compared with the middle of the scale (50). A score of exactly 50 counts as low.',
      componentsLabel: nl
        ? 'De twee scores zijn het gemiddelde van de taakeisen en van de hulpbronnen in je werk.'
        : 'The two scores are the average of the job demands and of the resources in your work.',
      quadrantLabels: nl
        ? {
            high_demands_low_resources: 'Hoge eisen, weinig hulpbronnen',
            high_demands_high_resources: 'Hoge eisen, veel hulpbronnen',
            low_demands_low_resources: 'Lage eisen, weinig hulpbronnen',
            low_demands_high_resources: 'Lage eisen, veel hulpbronnen',
          }
        : {
            high_demands_low_resources: 'High demands, few resources',
            high_demands_high_resources: 'High demands, many resources',
            low_demands_low_resources: 'Low demands, few resources',
            low_demands_high_resources: 'Low demands, many resources',
          },
      reference: { demands: 50, resources: 50 },
      path: [
        { demands: 74, resources: 30, label: '1', date: '2026-06-01' },
        { demands: 71, resources: 31, label: '2', date: '2026-09-01' },
        { demands: 68, resources: 34, label: '3', date: '2026-11-02' },
      ],
    },
    groups: [
      {
        key: 'job_demands',
        title: nl ? 'Taakeisen' : 'Job demands',
        rows: dims([
          ['workload', 'Werkdruk', 'Workload', 92, true],
          ['time_pressure', 'Tijdsdruk', 'Time pressure', 71],
          ['emotional_demands', 'Emotionele belasting', 'Emotional demands', 58],
          ['work_home_interference', 'Werk-privé-interferentie', 'Work-home interference', 67],
          ['role_problems', 'Rolproblemen', 'Role problems', 40],
          ['complexity', 'Complexiteit', 'Complexity', 55],
        ]),
      },
      {
        key: 'work_resources',
        title: nl ? 'Hulpbronnen in het werk' : 'Work resources',
        rows: dims([
          ['autonomy', 'Autonomie', 'Autonomy', 42],
          ['influence', 'Inspraak', 'Influence', 51],
          ['colleague_support', 'Steun van collega’s', 'Colleague support', 60],
          ['manager_support', 'Steun van je leidinggevende', 'Manager support', 17, true],
          ['feedback', 'Feedback', 'Feedback', 48],
        ]),
      },
    ],
    outcomes: [
      {
        key: 'burnout',
        label: nl ? 'Burn-outklachten' : 'Burnout complaints',
        score: 72,
        note: nl ? 'aandachtspunt, niet genormeerd, geen diagnose' : 'point of attention, not normed, not a diagnosis',
      },
      { key: 'engagement', label: nl ? 'Bevlogenheid' : 'Engagement', score: 41 },
    ],
    questionnaires: [],
    flags: [
      { label: nl ? 'Werkdruk' : 'Workload', score: 92, kind: 'high_demand' },
      { label: nl ? 'Steun van je leidinggevende' : 'Manager support', score: 17, kind: 'low_resource' },
    ],
    ownWords: [
      {
        question: nl ? 'Wat kost je energie?' : 'What costs you energy?',
        answer: nl ? 'De mailstroom ’s avonds.' : 'The flow of email in the evening.',
      },
    ],
    trends: [
      {
        instrumentName: nl ? 'JD-R-intake' : 'JD-R intake',
        series: [
          {
            key: 'demands',
            points: [
              { date: '2026-06-01T10:00:00.000Z', value: 74 },
              { date: '2026-09-01T10:00:00.000Z', value: 71 },
              { date: '2026-11-02T10:00:00.000Z', value: 68 },
            ],
          },
          {
            key: 'work_resources',
            points: [
              { date: '2026-06-01T10:00:00.000Z', value: 30 },
              { date: '2026-09-01T10:00:00.000Z', value: 31 },
              { date: '2026-11-02T10:00:00.000Z', value: 34 },
            ],
          },
          {
            key: 'burnout',
            points: [
              { date: '2026-06-01T10:00:00.000Z', value: 80 },
              { date: '2026-09-01T10:00:00.000Z', value: 76 },
              { date: '2026-11-02T10:00:00.000Z', value: 72 },
            ],
          },
        ],
        // ISO timestamps, ordered by the chart; the tick text beside them, as lib/reports/client-report-data.ts gives it.
        dateLabels: {
          '2026-06-01T10:00:00.000Z': nl ? '1 jun 26' : '1 Jun 26',
          '2026-09-01T10:00:00.000Z': nl ? '1 sep 26' : '1 Sept 26',
          '2026-11-02T10:00:00.000Z': nl ? '2 nov 26' : '2 Nov 26',
        },
        seriesLabels: {
          demands: nl ? 'Taakeisen' : 'Demands',
          work_resources: nl ? 'Hulpbronnen' : 'Resources',
          burnout: nl ? 'Burn-outklachten' : 'Burnout',
        },
      },
    ],
    plan: Array.from({ length: 12 }, (_, i) => ({
      title: nl
        ? `Afspraak ${i + 1}: prioriteiten herzien met de leidinggevende`
        : `Agreement ${i + 1}: review priorities with the manager`,
      description: nl
        ? 'Elke twee weken samen de werkvoorraad doornemen en vastleggen wat kan wachten.'
        : 'Every two weeks, go through the workload together and agree what can wait.',
      owner: nl ? 'Samen' : 'Together',
      status: nl ? 'Gepland' : 'Planned',
      dueDate: '2027-01-15',
      category: nl ? 'Minder belemmerende taakeisen' : 'Fewer hindering demands',
      shared: null,
    })),
    sessions: Array.from({ length: 20 }, (_, i) => ({
      date: `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + i).padStart(2, '0')}`,
      kind: nl ? 'Coachgesprek' : 'Coaching session',
      summary: nl
        ? `Samenvatting van gesprek ${i + 1}: we bespraken je energiebalans.`
        : `Summary of session ${i + 1}: we discussed your energy balance.`,
      homework: i % 3 === 0 ? [nl ? 'Energiedagboek' : 'Energy diary'] : [],
    })),
    nextSteps: [nl ? 'Driegesprek met je leidinggevende plannen.' : 'Plan a three-way meeting with your manager.'],
    ...overrides,
  };
}

export function managerReportFixture(locale: 'nl' | 'en' = 'nl', overrides: Partial<ManagerReportData> = {}): ManagerReportData {
  const nl = locale === 'nl';
  return {
    locale,
    generatedAt: '2026-11-30T10:00:00Z',
    practice: { name: 'Praktijk Evenwicht', reportColor: '#0f766e', logo: null },
    coach: { name: 'Marieke de Vries', email: 'marieke@evenwicht.example', phone: null },
    clientLabel: 'Sanne',
    items: [
      {
        employerWording: nl ? 'Wekelijks overleg over prioriteiten' : 'Weekly meeting about priorities',
        owner: nl ? 'Leidinggevende' : 'Manager',
        dueDate: '2027-01-15',
        status: nl ? 'Gepland' : 'Planned',
      },
      {
        employerWording: nl ? 'Geen mail na 18.00 uur' : 'No email after 6 pm',
        owner: nl ? 'Samen' : 'Together',
        dueDate: null,
        status: nl ? 'Bezig' : 'In progress',
      },
    ],
    meetings: [{ date: '2026-12-10', time: '14:00' }],
    confirmedAt: null,
    confirmationLapsedSince: null,
    ...overrides,
  };
}

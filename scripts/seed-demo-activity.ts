import type { Database } from '@/db/client';
import {
  coachingSessions,
  homework,
  homeworkAnswers,
  measurementAnswers,
  measurementIndexPoints,
  measurements,
  timelineEvents,
} from '@/db/schema';
import { addDays, todayIn } from '@/lib/caseload/dates';
import { jdrIntakeV1 } from '@/lib/instruments/jdr-intake';
import { allItems, type Group } from '@/lib/instruments/types';
import { attentionSummary, indexPointsForStorage, scoresForStorage } from '@/lib/intake/stored-scores';
import { scoreMeasurement } from '@/lib/scoring/score';
import { SCORING_RULES_VERSION } from '@/lib/scoring/version';
import { workingDayAround } from '@/lib/sessions/working-day';
import { zonedToUtc } from '@/lib/sessions/zoned-time';

/** How high each group should come out, 0 (lowest) to 1 (highest), before item-level variation. */
type Levels = Record<Group, number>;

const RISK: Levels = {
  job_demands: 0.85,
  work_resources: 0.25,
  personal_resources: 0.35,
  burnout: 0.8,
  engagement: 0.3,
  goal_orientation: 0.4,
};
const RECOVERING: Levels = {
  job_demands: 0.6,
  work_resources: 0.55,
  personal_resources: 0.55,
  burnout: 0.5,
  engagement: 0.5,
  goal_orientation: 0.6,
};
const BUFFERED: Levels = {
  job_demands: 0.75,
  work_resources: 0.7,
  personal_resources: 0.65,
  burnout: 0.35,
  engagement: 0.7,
  goal_orientation: 0.7,
};

/** Deterministic answers on the intake's own items (no copyrighted instrument), shaped by group levels. */
function demoAnswers(levels: Levels, seed: number): Record<string, number> {
  const { min, max } = jdrIntakeV1.scale;
  const groupOf = new Map(jdrIntakeV1.dimensions.map((d) => [d.key, d.group]));
  return Object.fromEntries(
    allItems(jdrIntakeV1).map((item, i) => {
      const jitter = (((i * 7 + seed * 13) % 5) - 2) * 0.08;
      const level = Math.min(1, Math.max(0, (levels[groupOf.get(item.dimension)!] ?? 0.5) + jitter));
      const value = Math.round(min + level * (max - min));
      return [item.key, item.reverse ? min + max - value : value];
    }),
  );
}

const OWN_WORDS: Record<string, string> = {
  energy_drains:
    'De roosters die steeds op het laatste moment veranderen, en de registratie na elk bezoek. Ik neem het werk mee naar huis in mijn hoofd.',
  energy_sources: 'Het contact met cliënten thuis, en als een collega even meedenkt. Wandelen met de hond.',
  most_helpful: 'Minder administratie en een vaste dag zonder vergaderingen.',
  employer_change: 'Een voorspelbaarder rooster en iemand die de registratie deels overneemt.',
};

/**
 * Measurements, sessions and homework for the demo clients, so the dashboard, agenda, results and
 * timeline have something to show. Dates are relative to today; everything is invented.
 */
export async function seedDemoActivity(db: Database, practiceId: string, coaches: string[], clientIds: Map<string, string>): Promise<void> {
  const today = todayIn();
  const at = (days: number, hour = 10) => new Date(`${addDays(today, days)}T${String(hour).padStart(2, '0')}:00:00Z`);
  // Sessions on working days at the practice's own clock time, as the timeline lines that announce them say.
  const sessionAt = (days: number, time: string) => zonedToUtc(workingDayAround(today, days), time);
  const anouk = clientIds.get('Anouk')!;
  const esra = clientIds.get('Esra')!;
  const bram = clientIds.get('Bram')!;
  const [sanne, jeroen] = [coaches[0]!, coaches[1]!];
  const events: (typeof timelineEvents.$inferInsert)[] = [];

  // Taken by the coach in a session: started as it began, completed 50 minutes in (each has its held session below).
  const completed = async (
    clientId: string,
    coachId: string,
    daysAgo: number,
    time: string,
    levels: Levels,
    seed: number,
    ownWords = false,
  ) => {
    const startedAt = new Date(sessionAt(-daysAgo, time).getTime() + 5 * 60_000);
    const completedAt = new Date(startedAt.getTime() + 50 * 60_000);
    const values = demoAnswers(levels, seed);
    const scored = scoreMeasurement(jdrIntakeV1, values);
    const scores = scoresForStorage(scored, jdrIntakeV1);
    const [m] = await db
      .insert(measurements)
      .values({
        practiceId,
        clientId,
        instrumentKey: jdrIntakeV1.key,
        instrumentVersion: jdrIntakeV1.version,
        administeredBy: 'coach',
        status: 'completed',
        scores,
        // The dashboard's attention summary, as completion writes it (db/queries/measurements.ts markCompleted).
        ...attentionSummary(scores),
        // Scored by today's rules: the start-up recompute (lib/intake/rescore.ts) need not look at it again.
        scoringVersion: SCORING_RULES_VERSION,
        createdBy: coachId,
        startedAt,
        completedAt,
      })
      .returning({ id: measurements.id });
    // The practice median reads these (as completeMeasurement writes them).
    const points = indexPointsForStorage(jdrIntakeV1, scored).map((p) => ({
      practiceId,
      measurementId: m!.id,
      clientId,
      instrumentKey: jdrIntakeV1.key,
      completedAt,
      ...p,
    }));
    if (points.length > 0) await db.insert(measurementIndexPoints).values(points);
    const rows = Object.entries(values).map(([itemKey, value]) => ({
      practiceId,
      measurementId: m!.id,
      itemKey,
      value,
      answeredBy: 'coach' as const,
    }));
    if (ownWords)
      rows.push(
        ...Object.entries(OWN_WORDS).map(([itemKey, text]) => ({
          practiceId,
          measurementId: m!.id,
          itemKey,
          value: null as never,
          text,
          answeredBy: 'coach' as const,
        })),
      );
    await db.insert(measurementAnswers).values(rows);
    const data = { measurementId: m!.id, instrument: 'jdr_intake', name: jdrIntakeV1.name.nl, by: 'coach' };
    events.push(
      { practiceId, clientId, kind: 'measurement.started', actorUserId: coachId, data, occurredAt: startedAt },
      { practiceId, clientId, kind: 'measurement.completed', actorUserId: coachId, data, occurredAt: completedAt },
    );
  };

  // Anouk: a risk profile at the start, recovering now. Esra: buffered at her intake, at risk four weeks later (after a
  // reorganisation, her second session says), nothing planned yet.
  await completed(anouk, sanne, 28, '10:00', RISK, 1, true);
  await completed(anouk, sanne, 2, '10:00', RECOVERING, 2, true);
  await completed(esra, sanne, 34, '16:00', BUFFERED, 3);
  await completed(esra, sanne, 6, '16:00', RISK, 4);

  // Bram: the intake was started and is half done.
  const [open] = await db
    .insert(measurements)
    .values({
      practiceId,
      clientId: bram,
      instrumentKey: jdrIntakeV1.key,
      instrumentVersion: 1,
      administeredBy: 'coach',
      createdBy: jeroen,
      startedAt: sessionAt(-1, '15:05'),
    })
    .returning({ id: measurements.id });
  const firstHalf = Object.entries(demoAnswers(RISK, 5)).slice(0, 30);
  await db
    .insert(measurementAnswers)
    .values(firstHalf.map(([itemKey, value]) => ({ practiceId, measurementId: open!.id, itemKey, value, answeredBy: 'coach' as const })));
  events.push({
    practiceId,
    clientId: bram,
    kind: 'measurement.started',
    actorUserId: jeroen,
    data: { measurementId: open!.id, instrument: 'jdr_intake', name: jdrIntakeV1.name.nl, by: 'coach' },
    occurredAt: sessionAt(-1, '15:05'),
  });

  const session = (
    clientId: string,
    coachId: string,
    day: number,
    time: string,
    kind: 'intake' | 'coaching' | 'tripartite' | 'evaluation',
    status: 'planned' | 'held',
    summary = '',
  ) => ({
    practiceId,
    clientId,
    coachId,
    startsAt: sessionAt(day, time),
    durationMinutes: kind === 'tripartite' ? 90 : 60,
    kind,
    location: kind === 'coaching' && day % 2 === 0 ? ('video' as const) : ('on_site' as const),
    status,
    clientSummary: summary,
    privateNotes: status === 'held' ? 'Eigen aantekeningen van de coach.' : '',
  });
  await db
    .insert(coachingSessions)
    .values([
      session(anouk, sanne, -28, '10:00', 'intake', 'held', 'We brachten in kaart wat energie kost en wat energie geeft.'),
      session(anouk, sanne, -14, '10:00', 'coaching', 'held', 'Afspraak: elke dag een echte pauze en het energiedagboek bijhouden.'),
      session(
        anouk,
        sanne,
        -2,
        '10:00',
        'evaluation',
        'held',
        'Tweede meting: er is weer meer ruimte. Het plan met je leidinggevende bespreken we in het driegesprek.',
      ),
      session(anouk, sanne, 1, '10:00', 'coaching', 'planned'),
      session(anouk, sanne, 5, '14:00', 'tripartite', 'planned'),
      session(esra, sanne, -34, '16:00', 'intake', 'held', 'Eerste gesprek over werkdruk en herstel.'),
      session(
        esra,
        sanne,
        -6,
        '16:00',
        'coaching',
        'held',
        'Tweede meting, na de reorganisatie: je team is kleiner en je leidinggevende is vertrokken.',
      ),
      session(bram, jeroen, -1, '15:00', 'intake', 'held'),
      session(bram, jeroen, 3, '12:00', 'coaching', 'planned'),
    ]);

  events.push(
    {
      practiceId,
      clientId: anouk,
      kind: 'session.planned',
      actorUserId: sanne,
      data: { date: workingDayAround(today, 1), time: '10:00', kind: 'coaching', count: 1 },
      occurredAt: at(-14, 11),
    },
    {
      practiceId,
      clientId: anouk,
      kind: 'session.planned',
      actorUserId: sanne,
      data: { date: workingDayAround(today, 5), time: '14:00', kind: 'tripartite', count: 1 },
      occurredAt: at(-7, 11),
    },
  );

  const esraAssigned = new Date(sessionAt(-6, '16:00').getTime() + 55 * 60_000);
  const [diary, crafting] = await db
    .insert(homework)
    .values([
      {
        practiceId,
        clientId: anouk,
        template: 'energy_diary',
        message: 'Vul elke avond kort in hoe je dag was.',
        dueDate: addDays(today, -1),
        status: 'submitted',
        assignedBy: sanne,
        assignedAt: at(-14, 10),
        submittedAt: at(-1, 20),
      },
      {
        practiceId,
        clientId: esra,
        template: 'job_crafting',
        message: 'Kies één ding dat je deze week anders gaat doen.',
        dueDate: addDays(today, -3),
        assignedBy: sanne,
        // At the end of her second session.
        assignedAt: esraAssigned,
      },
    ])
    .returning({ id: homework.id });
  const diaryDays = [
    [4, 'Drie spoedvisites erbij en de registratie liep achter.', 'Een kop koffie met een collega.'],
    [6, 'Lang overleg over het rooster.', 'Wandeling in de pauze, die ik echt nam.'],
    [5, 'Een lastig gesprek met een familie.', 'Compliment van een cliënt.'],
  ] as const;
  // Filled in on three evenings before she handed it in (the coach's view says on which day).
  await db.insert(homeworkAnswers).values(
    diaryDays.flatMap(([energy, drained, gave], i) => {
      const updatedAt = at(i - 4, 21);
      return [
        { practiceId, homeworkId: diary!.id, fieldKey: `day${i + 1}.energy`, value: String(energy), updatedAt },
        { practiceId, homeworkId: diary!.id, fieldKey: `day${i + 1}.drained`, value: drained, updatedAt },
        { practiceId, homeworkId: diary!.id, fieldKey: `day${i + 1}.gave`, value: gave, updatedAt },
      ];
    }),
  );
  events.push(
    {
      practiceId,
      clientId: anouk,
      kind: 'homework.assigned',
      actorUserId: sanne,
      data: { homeworkId: diary!.id, template: 'energy_diary', dueDate: addDays(today, -1) },
      occurredAt: at(-14, 10),
    },
    {
      practiceId,
      clientId: anouk,
      kind: 'homework.submitted',
      actorKind: 'client',
      data: { homeworkId: diary!.id, template: 'energy_diary' },
      occurredAt: at(-1, 20),
    },
    {
      practiceId,
      clientId: esra,
      kind: 'homework.assigned',
      actorUserId: sanne,
      data: { homeworkId: crafting!.id, template: 'job_crafting', dueDate: addDays(today, -3) },
      occurredAt: esraAssigned,
    },
  );
  await db.insert(timelineEvents).values(events);
}

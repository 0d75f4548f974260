import { randomBytes } from 'node:crypto';
import { and, count, eq, ne } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { type ClientStatus, clients, consents, employerContacts, employers, practices, timelineEvents, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { CONSENT_TEXT_VERSIONS } from '@/lib/caseload/consent-state';
import { addDays, todayIn } from '@/lib/caseload/dates';
import { seedDemoActivity } from './seed-demo-activity';
import { seedDemoPlan } from './seed-demo-plan';

export const DEMO_LOGIN = { email: 'coach@demo.balanspunt.nl', password: 'demo-balans-2026' } as const;

/**
 * Seeds an invented demo practice once, on an empty database. Returns true when it seeded. `authSecret` derives the
 * demo manager's share link (scripts/seed-demo-plan.ts); without one the link exists but cannot be printed.
 */
export async function seedDemoIfEmpty(db: Database, authSecret = process.env.AUTH_SECRET): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(practices);
  if ((row?.n ?? 0) > 0) return false;
  const passwordHash = await hashPassword(DEMO_LOGIN.password);
  await db.transaction(async (tx) => {
    const [practice] = await tx
      .insert(practices)
      .values({ name: 'Praktijk De Balans (demo)', address: 'Voorbeeldstraat 12, 3511 AB Utrecht', kvkNumber: '12345678', isDemo: true })
      .returning({ id: practices.id });
    if (!practice) throw new Error('seed failed');
    const [owner] = await tx
      .insert(users)
      .values([
        { practiceId: practice.id, email: DEMO_LOGIN.email, name: 'Sanne de Vries', passwordHash, role: 'owner', locale: 'nl' },
        { practiceId: practice.id, email: 'coach2@demo.balanspunt.nl', name: 'Jeroen Bakker', passwordHash, role: 'coach', locale: 'nl' },
      ])
      .returning({ id: users.id });
    if (!owner) throw new Error('seed failed');
    await seedDemoCaseload(tx as unknown as Database, practice.id, owner.id, authSecret ?? randomBytes(32).toString('base64url'));
  });
  return true;
}

type DemoContact = [name: string, role: 'manager' | 'hr' | 'company_doctor', email: string, phone: string];
type DemoClient = {
  first: string;
  last: string;
  job: string;
  employer: number;
  manager: string;
  coach: 0 | 1;
  status: ClientStatus;
  referral: (typeof clients.$inferInsert)['referralRoute'];
  /** Days ago: the trajectory's start, the first sick day, the closing day. */
  started: number;
  sick?: number;
  closed?: number;
  reason?: string;
  archived?: boolean;
  consents: ('coaching' | 'sharing' | 'sharing-withdrawn')[];
  notes?: string;
};

const DEMO_EMPLOYERS: { name: string; address: string; contacts: DemoContact[] }[] = [
  {
    name: 'Zorggroep Lindehof',
    address: 'Lindelaan 40, 3582 KL Utrecht',
    contacts: [
      ['Marieke van Dam', 'manager', 'm.vandam@lindehof.example', '030 555 0140'],
      ['Ahmed El Amrani', 'hr', 'hr@lindehof.example', '030 555 0100'],
      ['dr. Paul Verbeek', 'company_doctor', 'p.verbeek@arbo-midden.example', '030 555 0199'],
    ],
  },
  {
    name: 'Gemeente Rijnstede',
    address: 'Stadhuisplein 1, 3431 AB Rijnstede',
    contacts: [
      ['Kees Hoogendoorn', 'manager', 'k.hoogendoorn@rijnstede.example', '0345 555 210'],
      ['Fatima Bouzid', 'hr', 'f.bouzid@rijnstede.example', '0345 555 200'],
      ['dr. Ingrid Smeets', 'company_doctor', 'i.smeets@arbo-midden.example', '030 555 0198'],
    ],
  },
  {
    name: 'Noorderlicht ICT',
    address: 'Zernikepark 8, 9747 AN Groningen',
    contacts: [
      ['Tom Jansen', 'manager', 'tom@noorderlicht.example', '050 555 3300'],
      ['Lisa de Boer', 'hr', 'people@noorderlicht.example', '050 555 3301'],
    ],
  },
];

const DEMO_CLIENTS: DemoClient[] = [
  {
    first: 'Anouk',
    last: 'de Groot',
    job: 'Teamleider wijkverpleging',
    employer: 0,
    manager: 'Marieke van Dam',
    coach: 0,
    status: 'active',
    referral: 'employer',
    started: 30,
    sick: 45,
    consents: ['coaching', 'sharing'],
    notes: 'Wil graag eerst rust; driegesprek met Marieke na de probleemanalyse.',
  },
  {
    first: 'Bram',
    last: 'Visser',
    job: 'Beleidsadviseur',
    employer: 1,
    manager: 'Kees Hoogendoorn',
    coach: 1,
    status: 'intake',
    referral: 'company_doctor',
    started: 5,
    sick: 12,
    consents: ['coaching'],
  },
  {
    first: 'Chantal',
    last: 'Mulder',
    job: 'Projectmanager',
    employer: 2,
    manager: 'Tom Jansen',
    coach: 0,
    status: 'new',
    referral: 'self',
    started: 0,
    consents: [],
  },
  {
    first: 'Dennis',
    last: 'Kramer',
    job: 'Verpleegkundige',
    employer: 0,
    manager: 'Marieke van Dam',
    coach: 1,
    status: 'paused',
    referral: 'employer',
    started: 90,
    sick: 110,
    consents: ['coaching', 'sharing-withdrawn'],
  },
  {
    first: 'Esra',
    last: 'Yilmaz',
    job: 'Medewerker klantcontact',
    employer: 1,
    manager: 'Kees Hoogendoorn',
    coach: 0,
    status: 'active',
    referral: 'self',
    started: 50,
    consents: ['coaching', 'sharing'],
    notes: 'Preventief traject: veel werkdruk, nog niet ziekgemeld.',
  },
  {
    first: 'Frank',
    last: 'Willems',
    job: 'Softwareontwikkelaar',
    employer: 2,
    manager: 'Tom Jansen',
    coach: 0,
    status: 'closed',
    referral: 'employer',
    started: 240,
    closed: 60,
    reason: 'returned_to_work',
    consents: ['coaching'],
  },
  {
    first: 'Gerda',
    last: 'Hendriks',
    job: 'Docent',
    employer: -1,
    manager: '',
    coach: 1,
    status: 'closed',
    referral: 'insurer',
    started: 3300,
    closed: 2950,
    reason: 'completed',
    archived: true,
    consents: ['coaching'],
  },
];

/** Invented employers with contacts and clients in every status, spread over both demo coaches. */
async function seedDemoCaseload(db: Database, practiceId: string, ownerId: string, authSecret: string): Promise<void> {
  const [other] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.practiceId, practiceId), ne(users.id, ownerId)))
    .limit(1);
  const coaches = [ownerId, other?.id ?? ownerId];
  const today = todayIn();
  const daysAgo = (n: number) => addDays(today, -n);
  const at = (n: number, hour = 10) => new Date(`${daysAgo(n)}T${String(hour).padStart(2, '0')}:00:00Z`);

  const employerIds: string[] = [];
  const contactIds = new Map<string, string>();
  for (const e of DEMO_EMPLOYERS) {
    const [row] = await db.insert(employers).values({ practiceId, name: e.name, address: e.address }).returning({ id: employers.id });
    employerIds.push(row!.id);
    const contacts = await db
      .insert(employerContacts)
      .values(e.contacts.map(([name, role, email, phone]) => ({ practiceId, employerId: row!.id, name, role, email, phone })))
      .returning({ id: employerContacts.id, name: employerContacts.name });
    for (const c of contacts) contactIds.set(c.name, c.id);
  }

  const clientIds = new Map<string, string>();
  for (const [n, c] of DEMO_CLIENTS.entries()) {
    const coachId = coaches[c.coach]!;
    const [client] = await db
      .insert(clients)
      .values({
        practiceId,
        firstName: c.first,
        lastName: c.last,
        email: `${`${c.first}.${c.last}`.toLowerCase().replace(/\s+/g, '')}@mail.example`,
        phone: `06 5550 ${1200 + n * 137}`,
        jobTitle: c.job,
        employerId: employerIds[c.employer] ?? null,
        managerContactId: contactIds.get(c.manager) ?? null,
        coachId,
        status: c.status,
        startDate: daysAgo(c.started),
        referralRoute: c.referral,
        onSickLeave: c.sick !== undefined,
        sickLeaveSince: c.sick !== undefined ? daysAgo(c.sick) : null,
        notes: c.notes ?? '',
        closedOn: c.closed !== undefined ? daysAgo(c.closed) : null,
        closeReason: c.reason ?? null,
        archivedAt: c.archived && c.closed !== undefined ? at(c.closed - 30) : null,
        createdAt: at(c.started, 9),
      })
      .returning({ id: clients.id });
    const clientId = client!.id;
    clientIds.set(c.first, clientId);
    const events: (typeof timelineEvents.$inferInsert)[] = [
      { practiceId, clientId, kind: 'client.created', actorUserId: coachId, occurredAt: at(c.started, 9) },
    ];
    if (c.sick !== undefined)
      events.push({
        practiceId,
        clientId,
        kind: 'client.sick_leave_started',
        actorUserId: coachId,
        data: { since: daysAgo(c.sick) },
        occurredAt: at(c.started, 9),
      });
    if (c.status !== 'new' && c.status !== 'closed') {
      events.push({
        practiceId,
        clientId,
        kind: 'client.status_changed',
        actorUserId: coachId,
        data: { from: 'new', to: c.status },
        occurredAt: at(Math.max(c.started - 2, 0), 14),
      });
    }
    for (const [i, kind] of c.consents.entries()) {
      const isSharing = kind !== 'coaching';
      const key = isSharing ? 'employer_sharing' : 'coaching_agreement';
      const day = Math.max(c.started - 1 - i, 0);
      const given = {
        practiceId,
        clientId,
        kind: key,
        action: 'given',
        textVersion: CONSENT_TEXT_VERSIONS[key],
        recordedBy: coachId,
        createdAt: at(day, 11),
      } as const;
      await db.insert(consents).values(given);
      events.push({
        practiceId,
        clientId,
        kind: 'consent.given',
        actorUserId: coachId,
        data: { kind: key, textVersion: given.textVersion },
        occurredAt: given.createdAt,
      });
      if (kind === 'sharing-withdrawn') {
        const withdrawnAt = at(Math.max(day - 20, 0), 15);
        await db
          .insert(consents)
          .values({ ...given, action: 'withdrawn', note: 'Wil eerst zelf met de leidinggevende praten.', createdAt: withdrawnAt });
        events.push({
          practiceId,
          clientId,
          kind: 'consent.withdrawn',
          actorUserId: coachId,
          data: { kind: key, textVersion: given.textVersion },
          occurredAt: withdrawnAt,
        });
      }
    }
    if (c.closed !== undefined) {
      events.push({
        practiceId,
        clientId,
        kind: 'client.closed',
        actorUserId: coachId,
        data: { date: daysAgo(c.closed), reason: c.reason ?? 'other' },
        occurredAt: at(c.closed, 16),
      });
      if (c.archived) events.push({ practiceId, clientId, kind: 'client.archived', actorUserId: coachId, occurredAt: at(c.closed - 30) });
    }
    await db.insert(timelineEvents).values(events);
  }
  await seedDemoActivity(db, practiceId, coaches, clientIds);
  const anouk = DEMO_CLIENTS.find((c) => c.first === 'Anouk')!;
  await seedDemoPlan(db, {
    practiceId,
    coachId: coaches[anouk.coach]!,
    clientId: clientIds.get('Anouk')!,
    employerId: employerIds[anouk.employer]!,
    managerContactId: contactIds.get(anouk.manager)!,
    authSecret,
    at: (n, hour) => at(-n, hour),
    dateIn: (n) => addDays(today, n),
  });
}

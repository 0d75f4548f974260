import { CONSENT_TEXT_VERSIONS } from '../lib/caseload/consent-state';
import { allItems, type Instrument } from '../lib/instruments';
import { formSections, formSteps, type Step } from '../lib/intake/form-layout';
import { e2eDatabase } from './helpers';

/** A client of the practice whose owner signed up with `ownerEmail`, inserted directly (the caseload has its own tests). */
export async function insertClient(ownerEmail: string, name: { firstName: string; lastName: string }) {
  const sql = e2eDatabase();
  try {
    const [owner] = await sql<
      { id: string; practice_id: string }[]
    >`select id, practice_id from users where lower(email) = ${ownerEmail.toLowerCase()}`;
    if (!owner) throw new Error(`no user ${ownerEmail}`);
    const email = `${name.firstName.toLowerCase()}-${Date.now()}@client.e2e.test`;
    const [row] = await sql<{ id: string }[]>`
      insert into clients (practice_id, first_name, last_name, email, coach_id, status)
      values (${owner.practice_id}, ${name.firstName}, ${name.lastName}, ${email}, ${owner.id}, 'intake')
      returning id`;
    // Measurements and homework need the coaching agreement on record (lib/caseload/consent-gate.ts).
    await sql`
      insert into consents (practice_id, client_id, kind, action, text_version, recorded_by)
      values (${owner.practice_id}, ${row!.id}, 'coaching_agreement', 'given', ${CONSENT_TEXT_VERSIONS.coaching_agreement}, ${owner.id})`;
    return row!.id;
  } finally {
    await sql.end();
  }
}

export async function storedAnswers(measurementId: string) {
  const sql = e2eDatabase();
  try {
    return await sql<{ item_key: string; value: number | null; text: string | null; answered_by: string }[]>`
      select item_key, value, text, answered_by from measurement_answers where measurement_id = ${measurementId}`;
  } finally {
    await sql.end();
  }
}

/**
 * The steps of the form in order, each with the key to press (items) or the words to type (open
 * questions): job demands and burnout at the top of the scale, everything else at the bottom, with
 * reverse-scored items flipped, so the client lands squarely in the high-demands/low-resources quadrant.
 */
export function riskProfileAnswers(instrument: Instrument): Array<Step & { press?: string; words?: string }> {
  const groupOf = new Map(instrument.dimensions.map((d) => [d.key, d.group]));
  const itemOf = new Map(allItems(instrument).map((i) => [i.key, i]));
  const { min, max } = instrument.scale;
  return formSteps(formSections(instrument)).map((step) => {
    const item = itemOf.get(step.key);
    if (!item) return { ...step, words: `Eigen woorden bij ${step.key}` };
    const high = ['job_demands', 'burnout'].includes(groupOf.get(item.dimension) ?? '');
    return { ...step, press: String(high !== item.reverse ? max : min) };
  });
}

import type { Localized } from '../instruments/types';

/**
 * Which period the questions are about. Normally the instrument's own wording ("the past three months" in the JD-R
 * intake, "the past two weeks" in the check-in). A client on sick leave has not worked in that period: questions about
 * workload or the manager would then measure the sick leave, not the work. So the intake says to answer about the last
 * period they worked, naming the instrument's period. An instrument that states no period (a custom questionnaire, a
 * symptom list) gets no notice: there is no "past three months" to read differently.
 */
export type ReferencePeriodNotice = {
  key: 'referencePeriod.sickLeave' | 'referencePeriod.sickLeaveSince';
  params: Record<string, string>;
  /** The instrument's period as its wording names it ("drie maanden"). */
  period: Localized;
};

/**
 * `instrument`: the one being filled in (null: none, as for a handed-in homework); the notice only for one that states
 * a work reference period (Instrument.referencePeriod), at the coach's intake and in the client's portal alike.
 */
export function referencePeriodNotice(
  client: { onSickLeave: boolean; sickLeaveSince: string | null } | null,
  instrument: { referencePeriod?: Localized } | null,
): ReferencePeriodNotice | null {
  if (!client?.onSickLeave || !instrument?.referencePeriod) return null;
  const period = instrument.referencePeriod;
  return client.sickLeaveSince
    ? { key: 'referencePeriod.sickLeaveSince', params: { since: client.sickLeaveSince }, period }
    : { key: 'referencePeriod.sickLeave', params: {}, period };
}

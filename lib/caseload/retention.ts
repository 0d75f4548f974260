import { addYears, daysBetween, type IsoDate } from './dates';

export const RETENTION_MIN_YEARS = 1;
export const RETENTION_MAX_YEARS = 20;

/** The day a closed client's record is due for erasure under the practice's retention period. */
export function erasureDueOn(closedOn: IsoDate, retentionYears: number): IsoDate {
  return addYears(closedOn, retentionYears);
}

export function isDueForErasure(client: { status: string; closedOn: IsoDate | null }, retentionYears: number, today: IsoDate): boolean {
  if (client.status !== 'closed' || !client.closedOn) return false;
  return daysBetween(erasureDueOn(client.closedOn, retentionYears), today) >= 0;
}

/**
 * Wall-clock dates and times in the practice's time zone (Europe/Amsterdam) and the UTC instants they
 * stand for. Series keep their local time across daylight-saving changes, so every conversion goes
 * through the zone's offset on that very day.
 */
export const ZONE = 'Europe/Amsterdam';

export type LocalDate = string; // YYYY-MM-DD
export type LocalTime = string; // HH:MM

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/**
 * A date a page may take from its query string: a real date from 1900 to 2999, so that stepping from it (a week on,
 * a day on) stays a four-digit year that the formatters and PostgreSQL accept.
 */
export function isQueryDate(value: string): boolean {
  return isLocalDate(value) && value >= '1900-01-01' && value <= '2999-12-31';
}

export function isLocalTime(value: string): boolean {
  return TIME.test(value);
}

const partsFormatter = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string) {
  let f = partsFormatter.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatter.set(zone, f);
  }
  return f;
}

/** The zone's wall clock read from the formatter: exact, but 6–9 µs a call (a week's agenda makes hundreds). */
function exactWallClock(instant: Date, zone: string) {
  const parts = Object.fromEntries(
    formatter(zone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

const QUARTER = 15 * 60_000;
/** Offset in ms per zone and UTC quarter hour, kept only for quarters whose start and end agree. */
const quarterOffsets = new Map<string, number>();

function exactOffsetMs(at: number, zone: string) {
  const w = exactWallClock(new Date(at), zone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(at / 1000) * 1000;
}

/**
 * Offsets change at most on a quarter hour (tzdb transitions are on :00, :15, :30 or :45), so a quarter whose first
 * and last second have the same offset has it throughout; a quarter with a change goes to the formatter.
 */
function wallClock(instant: Date, zone: string) {
  const at = instant.getTime();
  const start = Math.floor(at / QUARTER) * QUARTER;
  const key = `${zone} ${start}`;
  let offset = quarterOffsets.get(key);
  if (offset === undefined) {
    const first = exactOffsetMs(start, zone);
    if (first !== exactOffsetMs(start + QUARTER - 1000, zone)) return exactWallClock(instant, zone);
    if (quarterOffsets.size > 50_000) quarterOffsets.clear();
    quarterOffsets.set(key, first);
    offset = first;
  }
  const local = new Date(Math.floor(at / 1000) * 1000 + offset);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

/** Minutes the zone is ahead of UTC at this instant (60 in winter, 120 in summer for Amsterdam). */
export function zoneOffsetMinutes(instant: Date, zone = ZONE): number {
  const w = wallClock(instant, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The instant as the zone's wall clock with its offset, to the second: `2026-12-02T11:19:40+01:00` (exports). */
export function zonedIsoTime(instant: Date, zone = ZONE): string {
  const offset = zoneOffsetMinutes(instant, zone);
  const wall = new Date(Math.floor(instant.getTime() / 1000) * 1000 + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${wall}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The instant of a local date and time. A time skipped by the spring change (02:30 on the last Sunday
 * of March) moves forward by the gap; a repeated autumn time takes its first (summer-time) occurrence.
 */
export function zonedToUtc(date: LocalDate, time: LocalTime, zone = ZONE): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  const before = zoneOffsetMinutes(new Date(naive - 6 * 3_600_000), zone);
  const after = zoneOffsetMinutes(new Date(naive + 6 * 3_600_000), zone);
  const candidates = [naive - Math.max(before, after) * 60_000, naive - Math.min(before, after) * 60_000];
  const exact = candidates.find((instant) => sameWall(instant, naive, zone));
  // In the spring gap the wall time never happens: the offset from before the change moves it forward.
  return new Date(exact ?? naive - before * 60_000);
}

/** A wall time the spring change skips (02:00–02:59 on the last Sunday of March): zonedToUtc would move it an hour on. */
export function isSkippedTime(date: LocalDate, time: LocalTime, zone = ZONE): boolean {
  return utcToZoned(zonedToUtc(date, time, zone), zone).time !== time;
}

function sameWall(instant: number, naive: number, zone: string) {
  const w = wallClock(new Date(instant), zone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) === naive;
}

export function utcToZoned(instant: Date, zone = ZONE): { date: LocalDate; time: LocalTime } {
  const w = wallClock(instant, zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${w.year}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

export function todayIn(now = new Date(), zone = ZONE): LocalDate {
  return utcToZoned(now, zone).date;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

export function startOfWeek(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** The start of a local day as an instant: the bound for "sessions on this day". */
export function startOfDay(date: LocalDate, zone = ZONE): Date {
  return zonedToUtc(date, '00:00', zone);
}

/** An end of 00:00 after a later start is the next midnight: a session until midnight (23:00–00:00). */
const endsAtMidnight = (start: LocalTime, end: LocalTime) => end === '00:00' && start !== '00:00';

/** Minutes between two local times on one day, as the clock reads; negative or zero when the end is not after the start. */
export function minutesBetween(start: LocalTime, end: LocalTime): number {
  const toMin = (t: LocalTime) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return (endsAtMidnight(start, end) ? 24 * 60 : toMin(end)) - toMin(start);
}

/**
 * A session's length in real minutes on `date`: the hour a clock change takes or adds counts (01:30–03:30 on the
 * night summer time starts is one hour), so that its start plus its length reads as the end the coach typed.
 */
export function sessionMinutes(date: LocalDate, start: LocalTime, end: LocalTime, zone = ZONE): number {
  const endDate = endsAtMidnight(start, end) ? addDays(date, 1) : date;
  return Math.round((zonedToUtc(endDate, end, zone).getTime() - zonedToUtc(date, start, zone).getTime()) / 60_000);
}

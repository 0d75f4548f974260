/**
 * A minimal RFC 5545 writer for the coach's calendar feed: CRLF line ends, lines folded at 75 octets
 * (never inside a UTF-8 character), TEXT values escaped, every time in UTC ("Z").
 */
export type CalendarEvent = {
  uid: string;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  /** Where: an address, or how ("Videobellen"). */
  location?: string;
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  /** Bumped when the event changes, so subscribed calendars take the new version. */
  sequence?: number;
  lastModified?: Date;
};

export type Calendar = { name: string; events: CalendarEvent[]; now: Date };

export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

export function formatUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const encoder = new TextEncoder();

/** Splits a content line into pieces of at most 75 octets; continuation lines start with one space. */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = pieces.length === 0 ? 75 : 74; // the leading space counts on continuation lines
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

function eventLines(event: CalendarEvent, now: Date): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${formatUtc(now)}`,
    `DTSTART:${formatUtc(event.startsAt)}`,
    `DTEND:${formatUtc(event.endsAt)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    `STATUS:${event.status ?? 'CONFIRMED'}`,
    `SEQUENCE:${event.sequence ?? 0}`,
    ...(event.lastModified ? [`LAST-MODIFIED:${formatUtc(event.lastModified)}`] : []),
    // A cancelled session no longer makes the coach busy (it stays in the feed a while, so calendars take the change).
    `TRANSP:${event.status === 'CANCELLED' ? 'TRANSPARENT' : 'OPAQUE'}`,
    'END:VEVENT',
  ];
}

export function serializeCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Balanspunt//Agenda//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...calendar.events.flatMap((event) => eventLines(event, calendar.now)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** Initials only ("Anna" + "de Vries" → "AV"): a calendar on a phone or shared screen shows no names. */
export function initials(firstName: string, lastName: string): string {
  const first = firstLetter(firstName);
  const lastWords = lastName.trim().split(/\s+/).filter(Boolean);
  const last = firstLetter(lastWords.at(-1) ?? '');
  return `${first}${last}`.toLocaleUpperCase('nl-NL') || '?';
}

const graphemes = new Intl.Segmenter('nl', { granularity: 'grapheme' });

/** The first letter as the reader sees it: a letter outside the 16-bit range, or one typed with a separate accent, whole. */
function firstLetter(word: string): string {
  const [first] = graphemes.segment(word.normalize('NFC').trim());
  return first?.segment ?? '';
}

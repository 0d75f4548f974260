import { Page, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { Translate } from '../../i18n/translator';
import { pdfText } from '../text';
import { styles } from './theme';

/** A page with the running header and the page numbers; content flows over as many pages as it needs. */
export function ReportPage({ header, footer, t, children }: { header: string; footer: string; t: Translate; children: ReactNode }) {
  return (
    <Page size="A4" style={styles.page} wrap>
      <View style={styles.header} fixed>
        <Text>{pdfText(header)}</Text>
        <Text>{t('reports.common.confidential')}</Text>
      </View>
      <View style={styles.footer} fixed>
        <Text>{pdfText(footer)}</Text>
        <Text render={({ pageNumber, totalPages }) => t('reports.common.page', { page: pageNumber, total: totalPages })} />
      </View>
      {children}
    </Page>
  );
}

/**
 * Room a heading inside a section needs below it to stay on its page rather than close it: four lines of body text.
 * react-pdf splits a text only with two lines on either side, so a text of up to four lines moves as a whole.
 */
export const HEADING_AHEAD = 60;
const BODY_LINE = 14.7;
/** Fewer than fit on a line of the body (about 95 at 10.5 pt over the page's width): an estimate errs on the high side. */
const BODY_CHARS_PER_LINE = 80;

/**
 * Room a heading needs for the start of `text` under it: the text's height, estimated, when it is shorter than four
 * lines (so a heading over one line of text does not leave a gap at the foot of a page), else HEADING_AHEAD.
 */
export function headingAhead(text: string, charsPerLine = BODY_CHARS_PER_LINE): number {
  const lines = text.split('\n').reduce((n, paragraph) => n + Math.max(1, Math.ceil(paragraph.length / charsPerLine)), 0);
  return Math.min(HEADING_AHEAD, lines * BODY_LINE + 6);
}
/** The same for a section's title: a heading (h3) and the four lines under it. */
export const SECTION_AHEAD = 96;

/** Estimated lines of body text a list takes (a line per item, more for a long one). */
function listLines(lines: readonly string[]): number {
  return lines.reduce((n, line) => n + Math.max(1, Math.ceil(line.length / BODY_CHARS_PER_LINE)), 0);
}
/** Lines up to which a list goes whole with its heading: a short list is read as one and never parted from it. */
const SHORT_LIST_LINES = 8;
/** Of a longer list, the items that go with its heading; the others run on over the page break as they come. */
const LIST_LEAD = 2;

/** A list that is short enough to go whole with its heading (up to SHORT_LIST_LINES lines, about eight items). */
export function isShortList(lines: readonly string[]): boolean {
  return listLines(lines) <= SHORT_LIST_LINES;
}

/**
 * A list split for its heading: `lead` goes with the heading (as a section's lead, or in one block with it), `rest`
 * may run onto the next page. A short list is all lead, so a heading never sits over one item with the others on the
 * next page; a longer one leads with its first items and runs on, so it never leaves a page half empty.
 */
export function listLead<T>(lines: readonly T[], text: (line: T) => string = String): { lead: T[]; rest: T[] } {
  const n = isShortList(lines.map(text)) ? lines.length : LIST_LEAD;
  return { lead: lines.slice(0, n), rest: lines.slice(n) };
}

/**
 * Room the closing block (the coach's contact, two or three small lines under a rule) needs under the block before
 * it. Given to the document's last block, that block goes to the next page with the contact rather than leave it
 * alone on a last page. It may err high: react-pdf measures up to the end of what follows, not past it.
 */
export const CLOSING_AHEAD = 72;

/**
 * A section. The title and `lead` never part: give as lead only a short block that cannot break (a chart, a table's
 * head and first row, a sentence), never a text that may be long, since a never-split block taller than the space left
 * is cut at the page's foot. Without a lead the title moves to the next page unless the start of what follows (a few
 * lines) fits under it; `keepWithNext` asks the same after a lead (for a table's header and first row).
 *
 * The parts are the page's own children (a fragment, not a view): react-pdf keeps a block with what follows
 * (minPresenceAhead) only when something came before it in the same parent, so the first child of a view would
 * never move.
 */
export function Section({
  title,
  lead,
  children,
  accent,
  keepWithNext = false,
  ahead,
}: {
  title: string;
  lead?: ReactNode;
  children?: ReactNode;
  accent: string;
  keepWithNext?: boolean;
  /** Room the title and lead need below them, instead of keepWithNext's: e.g. CLOSING_AHEAD for a section that ends the document. */
  ahead?: number;
}) {
  return (
    <>
      <View wrap={false} minPresenceAhead={ahead ?? (keepWithNext || !lead ? SECTION_AHEAD : undefined)}>
        <Text style={[styles.h2, { color: accent }]}>{title}</Text>
        {lead}
      </View>
      {children}
    </>
  );
}

export function Paragraphs({ lines }: { lines: readonly string[] }) {
  return (
    <View>
      {lines.map((line, i) => (
        <Text key={i} style={styles.paragraph}>
          {pdfText(line)}
        </Text>
      ))}
    </View>
  );
}

/**
 * A bulleted list; each item stays on one page. The items are the parent's own children (a fragment), so `lastAhead`
 * (room the last item needs below it, e.g. CLOSING_AHEAD) also works on a list of one item: see Section.
 */
export function Bullets({ lines, lastAhead }: { lines: readonly string[]; lastAhead?: number }) {
  return (
    <>
      {lines.map((line, i) => (
        <View key={i} style={styles.bullet} wrap={false} minPresenceAhead={i === lines.length - 1 ? lastAhead : undefined}>
          <Text style={{ width: 12 }}>•</Text>
          <Text style={{ flex: 1 }}>{pdfText(line)}</Text>
        </View>
      ))}
    </>
  );
}

export function Empty({ text }: { text: string }) {
  return <Text style={[styles.muted, styles.paragraph]}>{text}</Text>;
}

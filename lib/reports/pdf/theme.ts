import { StyleSheet } from '@react-pdf/renderer';
import { REPORT_FONTS } from '../fonts';

export const INK = '#1e293b';
export const MUTED = '#475569';
export const RULE = '#cbd5e1';
export const FLAG = '#b91c1c';

/** A practice colour we can print with: `#rrggbb`, else the product's teal. */
export function accentOf(color: string | null | undefined): string {
  return color && /^#[0-9a-f]{6}$/i.test(color) ? color : '#0f766e';
}

export const styles = StyleSheet.create({
  // No lineHeight on the page: react-pdf then drops the page-number text (a render prop); body styles set their own.
  page: { fontFamily: REPORT_FONTS, fontSize: 10.5, color: INK, paddingTop: 56, paddingBottom: 56, paddingHorizontal: 48 },
  header: {
    position: 'absolute',
    top: 22,
    left: 48,
    right: 48,
    flexDirection: 'row',
    justifyContent: 'space-between',
    fontSize: 8.5,
    color: MUTED,
    borderBottomWidth: 0.5,
    borderBottomColor: RULE,
    paddingBottom: 4,
  },
  footer: {
    position: 'absolute',
    bottom: 22,
    left: 48,
    right: 48,
    flexDirection: 'row',
    justifyContent: 'space-between',
    fontSize: 8.5,
    color: MUTED,
  },
  h1: { fontSize: 24, lineHeight: 1.25, fontWeight: 700, marginBottom: 6 },
  h2: { fontSize: 15, lineHeight: 1.25, fontWeight: 700, marginTop: 14, marginBottom: 6 },
  h3: { fontSize: 11.5, lineHeight: 1.3, fontWeight: 600, marginTop: 8, marginBottom: 3 },
  muted: { color: MUTED },
  small: { fontSize: 9, color: MUTED },
  // A unitless lineHeight is resolved against the element's OWN fontSize (react-pdf's default 18 when only
  // inherited), so styles with a lineHeight set the body size too: otherwise lines stand ~2.4× apart.
  paragraph: { fontSize: 10.5, marginBottom: 5, lineHeight: 1.4 },
  row: { flexDirection: 'row' },
  tableHead: {
    flexDirection: 'row',
    borderBottomWidth: 0.75,
    borderBottomColor: INK,
    paddingBottom: 3,
    marginBottom: 2,
    fontWeight: 600,
    fontSize: 9.5,
  },
  tableRow: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: RULE, paddingVertical: 4, fontSize: 10.5, lineHeight: 1.35 },
  // The plan table's fixed columns, with a gutter so "15 September 2027" never touches the status. The owner column
  // holds "Je leidinggevende" on one line (at 84 it was broken as "leidinggeven-de") and keeps a gutter to the date.
  colOwner: { width: 104, paddingRight: 10 },
  colDue: { width: 92, paddingRight: 6 },
  colStatus: { width: 68 },
  bullet: { flexDirection: 'row', marginBottom: 3, fontSize: 10.5, lineHeight: 1.35 },
});

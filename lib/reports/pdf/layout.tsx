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
 * A section. The title and `lead` (the section's first block) stay on one page, so a title never sits
 * alone at the foot of a page (react-pdf's minPresenceAhead does not look into nested views).
 */
/**
 * A section: its title and lead never part; `keepWithNext` also keeps them with the start of what follows (a table's
 * header and first row), by moving them to the next page when less than that would fit under them.
 */
export function Section({
  title,
  lead,
  children,
  accent,
  keepWithNext = false,
}: {
  title: string;
  lead?: ReactNode;
  children?: ReactNode;
  accent: string;
  keepWithNext?: boolean;
}) {
  return (
    <View>
      <View wrap={false} minPresenceAhead={keepWithNext ? 80 : undefined}>
        <Text style={[styles.h2, { color: accent }]}>{title}</Text>
        {lead}
      </View>
      {children}
    </View>
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

export function Bullets({ lines }: { lines: readonly string[] }) {
  return (
    <View>
      {lines.map((line, i) => (
        <View key={i} style={styles.bullet} wrap={false}>
          <Text style={{ width: 12 }}>•</Text>
          <Text style={{ flex: 1 }}>{pdfText(line)}</Text>
        </View>
      ))}
    </View>
  );
}

export function Empty({ text }: { text: string }) {
  return <Text style={[styles.muted, styles.paragraph]}>{text}</Text>;
}

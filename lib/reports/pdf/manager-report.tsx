import { Document, Image, Text, View } from '@react-pdf/renderer';
import type { Translate } from '../../i18n/translator';
import { formatReportDate } from '../dates';
import { pdfText } from '../text';
import type { ManagerReportData } from '../types';
import { CLOSING_AHEAD, Empty, listLead, ReportPage, Section } from './layout';
import { accentOf, styles } from './theme';

/** The employer's report: only what the employer view emits (released items in their employer wording). */
export function ManagerReport({ data, t }: { data: ManagerReportData; t: Translate }) {
  const accent = accentOf(data.practice.reportColor);
  const date = (iso: string | null) => (iso ? formatReportDate(iso, data.locale) : '–');
  const meetingText = (m: ManagerReportData['meetings'][number]) => t('reports.manager.meetingAt', { date: date(m.date), time: m.time });
  const meetingLine = (m: ManagerReportData['meetings'][number], i: number, ahead?: number) => (
    <Text key={i} minPresenceAhead={ahead}>
      {meetingText(m)}
    </Text>
  );
  // A short list of meetings goes whole with its title; a longer one with its first (see listLead).
  const meetings = listLead(data.meetings, meetingText);
  const itemRow = (item: ManagerReportData['items'][number], i: number) => (
    <View key={i} style={styles.tableRow} wrap={false}>
      <Text style={{ flex: 1, paddingRight: 8 }}>{pdfText(item.employerWording)}</Text>
      <Text style={styles.colOwner}>{pdfText(item.owner)}</Text>
      <Text style={styles.colDue}>{date(item.dueDate)}</Text>
      <Text style={styles.colStatus}>{pdfText(item.status)}</Text>
    </View>
  );
  return (
    <Document
      title={t('reports.manager.title')}
      author={data.practice.name}
      subject={pdfText(t('reports.manager.subtitle', { client: data.clientLabel }))}
      language={data.locale === 'en' ? 'en-GB' : 'nl-NL'}
      creator="Balanspunt"
      producer="Balanspunt"
    >
      <ReportPage
        header={t('reports.manager.header', { practice: data.practice.name })}
        footer={t('reports.common.generatedOn', { date: date(data.generatedAt) })}
        t={t}
      >
        <View style={{ borderLeftWidth: 4, borderLeftColor: accent, paddingLeft: 14, marginTop: 12, marginBottom: 12 }}>
          {data.practice.logo ? (
            <Image src={data.practice.logo} style={{ maxWidth: 140, maxHeight: 50, objectFit: 'contain', marginBottom: 12 }} />
          ) : null}
          <Text style={[styles.h1, { color: accent }]}>{t('reports.manager.title')}</Text>
          <Text style={{ fontSize: 12, lineHeight: 1.3 }}>{pdfText(t('reports.manager.subtitle', { client: data.clientLabel }))}</Text>
        </View>
        <Text style={[styles.paragraph, { padding: 8, backgroundColor: '#f1f5f9' }]}>
          {pdfText(t('reports.manager.privacy', { client: data.clientLabel }))}
        </Text>

        <Section
          title={t('reports.manager.items')}
          accent={accent}
          lead={data.items.length ? undefined : <Empty text={t('reports.manager.noItems')} />}
          keepWithNext={data.items.length > 0}
        >
          {data.items.length ? (
            <View>
              {/* Fixed inside the table: repeated at the top of every page the table runs onto, and only there. */}
              <View style={styles.tableHead} fixed>
                <Text style={{ flex: 1 }}>{t('reports.manager.action')}</Text>
                <Text style={styles.colOwner}>{t('reports.manager.owner')}</Text>
                <Text style={styles.colDue}>{t('reports.manager.due')}</Text>
                <Text style={styles.colStatus}>{t('reports.manager.status')}</Text>
              </View>
              {data.items.map(itemRow)}
            </View>
          ) : null}
          <Text style={[styles.small, { marginTop: 6 }]}>
            {data.confirmedAt
              ? t('reports.manager.confirmed', { date: date(data.confirmedAt) })
              : data.confirmationLapsedSince
                ? t('reports.manager.confirmationLapsed', { date: date(data.confirmationLapsedSince) })
                : t('reports.manager.notConfirmed')}
          </Text>
        </Section>

        {/* The last section keeps the coach's contact below it on its page: the meetings go with it to a new page rather
            than leave the contact alone on the last one. */}
        <Section
          title={t('reports.manager.meetings')}
          accent={accent}
          lead={
            meetings.lead.length ? (
              <View>{meetings.lead.map((m, i) => meetingLine(m, i))}</View>
            ) : (
              <Empty text={t('reports.manager.noMeetings')} />
            )
          }
          ahead={meetings.rest.length ? undefined : CLOSING_AHEAD}
        >
          {meetings.rest.map((m, i) =>
            meetingLine(m, meetings.lead.length + i, i === meetings.rest.length - 1 ? CLOSING_AHEAD : undefined),
          )}
        </Section>

        <View style={{ marginTop: 18, borderTopWidth: 0.5, borderTopColor: '#94a3b8', paddingTop: 6 }} wrap={false}>
          <Text style={[styles.small, { fontWeight: 600 }]}>{t('reports.common.coachContactManager')}</Text>
          <Text style={styles.small}>
            {pdfText(data.coach.name)} · {pdfText(data.practice.name)} · {t('reports.common.email')}: {pdfText(data.coach.email)}
            {data.coach.phone ? ` · ${t('reports.common.phone')}: ${pdfText(data.coach.phone)}` : ''}
          </Text>
        </View>
      </ReportPage>
    </Document>
  );
}

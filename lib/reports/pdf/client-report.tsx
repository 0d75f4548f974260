import { Document, Image, Text, View } from '@react-pdf/renderer';
import { Fragment } from 'react';
import { colorFor } from '../../charts/colors';
import type { Translate } from '../../i18n/translator';
import { dimensionValueFormat } from '../../scoring/shown-dimension-value';
import { indexValueFormat } from '../../scoring/shown-index-value';
import { formatReportDate } from '../dates';
import { pdfText } from '../text';
import type { ClientReportData } from '../types';
import { Bars, QuadrantChart, Trend } from './charts';
import {
  Bullets,
  CLOSING_AHEAD,
  Empty,
  headingAhead,
  isShortList,
  listLead,
  Paragraphs,
  ReportPage,
  SECTION_AHEAD,
  Section,
} from './layout';
import { accentOf, MUTED, styles } from './theme';

/** Characters in a plan row (title, description, what the employer reads) above which the row may run over a page break. */
const LONG_ROW = 600;
/** The characters around the employer's wording in "Vrijgegeven voor je werkgever op 30 november 2026, in deze woorden: ‘…’". */
const SHARED_LINE_CHARS = 70;
const rowLength = (item: ClientReportData['plan'][number]) =>
  item.title.length + item.description.length + (item.shared ? SHARED_LINE_CHARS + item.shared.wording.length : 0);
/**
 * The plan table's heading row, a row's padding, its category line and its text lines (10.5 pt at 1.35), in points,
 * and the characters of a line in its first column (43 to 48 fit; an estimate a little high, never far: too high a
 * figure sends the plan to the next page with room to spare).
 */
const PLAN_HEAD = 22;
const PLAN_ROW_PADDING = 8;
const PLAN_CATEGORY_LINE = 12;
const PLAN_LINE = 14.2;
const PLAN_CHARS_PER_LINE = 42;

/**
 * Room the plan's title and intro need below them: the table's heading row and its first row. A row is one block unless
 * it is very long, so with less room the heading row stayed alone at the foot of a page and the rows began on the next.
 * A very long row may split: then its first lines are enough.
 */
function planAhead(first: ClientReportData['plan'][number]): number {
  // Per paragraph: a description typed with line breaks prints a line more for each.
  const lines = (text: string) =>
    text.split('\n').reduce((n, paragraph) => n + Math.max(1, Math.ceil(paragraph.length / PLAN_CHARS_PER_LINE)), 0);
  const whole = rowLength(first) <= LONG_ROW;
  const sharedLines = first.shared ? Math.ceil((SHARED_LINE_CHARS + first.shared.wording.length) / PLAN_CHARS_PER_LINE) : 0;
  const textLines = whole ? lines(first.title) + (first.description ? lines(first.description) : 0) + sharedLines : 4;
  return Math.max(SECTION_AHEAD, PLAN_HEAD + PLAN_ROW_PADDING + PLAN_CATEGORY_LINE + textLines * PLAN_LINE);
}

/** The client's own report: profile, scores with flags, own words, trend, the whole plan, sessions (never private notes). */
export function ClientReport({ data, t }: { data: ClientReportData; t: Translate }) {
  const accent = accentOf(data.practice.reportColor);
  const date = (iso: string | null) => (iso ? formatReportDate(iso, data.locale) : t('reports.common.noDate'));
  const header = t('reports.client.header', { practice: data.practice.name, name: data.client.initials });
  const footer = t('reports.common.generatedOn', { date: date(data.generatedAt) });
  // A dimension score beside its flag: whole, or with a decimal where the whole number would contradict the flag
  // (a demand of 74.6 is no "75" without its marker); in the report's language (74,6 / 74.6).
  const dimensionValue = dimensionValueFormat(data.locale === 'en' ? 'en-GB' : 'nl-NL');
  const flagLine = (f: ClientReportData['flags'][number]) => `${f.label}: ${dimensionValue(f.score)}`;
  // An index score (burnout, engagement, a later questionnaire's indices): whole, or with a decimal where the whole
  // number would contradict the burnout signal the summary follows (69.6 is no "70") or, for job demands and work
  // resources, the split at the scale midpoint; in the report's language.
  const indexValue = indexValueFormat(data.locale === 'en' ? 'en-GB' : 'nl-NL');

  const groupBlock = (group: ClientReportData['groups'][number]) => (
    <View key={group.key} wrap={false}>
      <Text style={styles.h3}>{pdfText(group.title)}</Text>
      <Bars
        notEnough={t('reports.common.notEnough')}
        formatValue={dimensionValue}
        rows={group.rows.map((row) => ({
          key: row.key,
          label: pdfText(row.label),
          // Kept whole beside a shortened name: on grey paper the marker, not the colour, shows the flag.
          marker: row.flagged ? `(${t('reports.client.flagged')})` : undefined,
          value: row.score,
          group: group.key,
          level: row.flagged ? 'red' : undefined,
        }))}
      />
    </View>
  );

  // A row stays on one page, unless it is so long that it may not fit on one: then it runs on (never cut off).
  const planRow = (item: ClientReportData['plan'][number], i: number) => (
    <View key={i} style={styles.tableRow} wrap={rowLength(item) > LONG_ROW}>
      <View style={{ flex: 1, paddingRight: 8 }}>
        <Text style={{ fontWeight: 600 }}>{pdfText(item.title)}</Text>
        <Text style={styles.small}>{pdfText(item.category)}</Text>
        {item.description ? <Text>{pdfText(item.description)}</Text> : null}
        {item.shared ? (
          <Text style={[styles.small, { marginTop: 2 }]}>
            {pdfText(t('reports.client.planShared', { date: date(item.shared.since), wording: item.shared.wording }))}
          </Text>
        ) : null}
      </View>
      <Text style={styles.colOwner}>{pdfText(item.owner)}</Text>
      <Text style={styles.colDue}>{item.dueDate ? date(item.dueDate) : '–'}</Text>
      <Text style={styles.colStatus}>{pdfText(item.status)}</Text>
    </View>
  );

  const outcomeRow = (o: ClientReportData['outcomes'][number]) => (
    <View key={o.key} style={styles.tableRow} wrap={false}>
      <Text style={{ flex: 1 }}>{pdfText(o.label)}</Text>
      <Text style={{ width: 60, textAlign: 'right' }}>{o.score == null ? t('reports.common.notEnough') : indexValue(o.key, o.score)}</Text>
      <Text style={[styles.small, { width: 220, paddingLeft: 12 }]}>{pdfText(o.note)}</Text>
    </View>
  );

  // A value on a questionnaire's own scale as the coach's results page writes it: whole, or with two decimals (three
  // where two would read as the other side of a cut-off: shownOwnScaleValue, applied by the data).
  const decimals = new Intl.NumberFormat(data.locale === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 3 });
  const ownValue = (v: number) => (Number.isInteger(v) ? String(v) : decimals.format(v));
  // A questionnaire listed row by row: the head goes with the first row (a section's lead), the other rows may run on.
  const questionnaireHead = (q: ClientReportData['questionnaires'][number]) => (
    <View style={styles.tableHead}>
      <Text style={{ flex: 1 }}>{t('reports.client.dimensionColumn')}</Text>
      <Text style={{ width: 84, textAlign: 'right' }}>
        {t('reports.client.scoreColumn', {
          min: q.ownScale?.min ?? 0,
          max: q.ownScale?.max ?? 100,
          scoring: q.ownScale?.scoring ?? 'mean',
        })}
      </Text>
      <Text style={{ width: q.ownScale ? 150 : 220, paddingLeft: 12 }}>{q.ownScale ? t('reports.client.levelColumn') : ''}</Text>
    </View>
  );
  const questionnaireRow = (
    q: ClientReportData['questionnaires'][number],
    row: ClientReportData['questionnaires'][number]['rows'][number],
  ) => (
    <View key={row.key} style={styles.tableRow} wrap={false}>
      <Text style={{ flex: 1 }}>{pdfText(row.label)}</Text>
      <Text style={{ width: 84, textAlign: 'right' }}>
        {row.value === null ? t('reports.common.notEnough') : q.ownScale ? ownValue(row.value) : indexValue(row.key, row.value)}
      </Text>
      {q.ownScale ? (
        // The band's own label ("Hoog") carries the level in print; the square repeats it in colour.
        <View style={{ width: 150, paddingLeft: 12, flexDirection: 'row', alignItems: 'center' }}>
          {row.band ? <View style={{ width: 7, height: 7, marginRight: 5, backgroundColor: colorFor('burnout', row.band.level) }} /> : null}
          <Text style={row.band?.level === 'red' ? { fontWeight: 600 } : {}}>{row.band ? pdfText(row.band.label) : '–'}</Text>
        </View>
      ) : (
        <Text style={[styles.small, { width: 220, paddingLeft: 12 }]}>{pdfText(row.note)}</Text>
      )}
    </View>
  );

  // The scores note says what the figures on the pages are: a questionnaire's own scale and cut-offs, 0–100, or both.
  const ownScales = data.questionnaires.filter((q) => q.ownScale);
  const anyHundred =
    Boolean(data.profile) ||
    data.groups.length > 0 ||
    data.outcomes.length > 0 ||
    data.flags.length > 0 ||
    data.questionnaires.some((q) => !q.ownScale) ||
    data.trends.some((trend) => !trend.note && !trend.ownScale && trend.series.length > 0);
  const scoresNotes = ownScales.length
    ? [
        ...ownScales.map((q) =>
          t('reports.client.scoresNoteOwnScale', {
            instrument: q.instrumentName,
            min: q.ownScale?.min ?? 0,
            max: q.ownScale?.max ?? 0,
            scoring: q.ownScale?.scoring ?? 'mean',
            bands: String(Boolean(q.ownScale?.bands)),
          }),
        ),
        ...(anyHundred ? [t('reports.client.scoresNoteOther')] : []),
      ]
    : anyHundred
      ? [t('reports.client.scoresNote')]
      : // No score anywhere in the document (no finished measurement yet): nothing to explain.
        [];
  const laterQuestionnaires = data.questionnaires.filter((q) => q.role === 'later');
  const mainList = data.questionnaires.find((q) => q.role === 'main');

  // An answer may run over pages (up to 5,000 characters); its question goes with its first lines. Page-level parts, not
  // a view: see Section.
  const ownWordsBlock = (w: ClientReportData['ownWords'][number], i: number) => (
    <Fragment key={i}>
      <Text style={[styles.small, { fontWeight: 600 }]} minPresenceAhead={headingAhead(w.answer)}>
        {pdfText(w.question)}
      </Text>
      <Text style={{ fontStyle: 'italic', marginBottom: 6 }}>{pdfText(w.answer)}</Text>
    </Fragment>
  );

  // A trend is a chart, or a note in its place (a questionnaire without 0–100 scores); never an empty grid.
  const trends = data.trends.filter((trend) => trend.note || trend.series.length > 0);
  const trendBlock = (trend: ClientReportData['trends'][number], i: number) => (
    <View key={i} wrap={false} style={{ marginBottom: 8 }}>
      <Text style={styles.h3}>{pdfText(trend.instrumentName)}</Text>
      {trend.ownScale && <Text style={styles.small}>{pdfText(trend.ownScale.caption)}</Text>}
      {trend.note ? (
        <Empty text={pdfText(trend.note)} />
      ) : (
        <Trend
          series={trend.series}
          labels={trend.seriesLabels}
          dateLabels={trend.dateLabels}
          {...(trend.ownScale ? { scale: trend.ownScale, styles: trend.ownScale.styles } : {})}
        />
      )}
    </View>
  );

  // A summary may run over pages (up to 5,000 characters); the heading goes with its first lines. The homework's label
  // goes with the whole of a short list (in one block), with the first point of a longer one; a session without a
  // summary keeps its heading in that block too. Page-level parts, not a view: see Section.
  const sessionBlock = (s: ClientReportData['sessions'][number], i: number) => {
    const heading = (ahead: number) => (
      <Text style={[styles.h3, { marginTop: 16 }]} minPresenceAhead={ahead}>
        {date(s.date)} · {pdfText(s.kind)}
      </Text>
    );
    const label = (ahead?: number) => (
      <Text style={[styles.small, { fontWeight: 600 }]} minPresenceAhead={ahead}>
        {t('reports.client.homework')}
      </Text>
    );
    const shortHomework = s.homework.length > 0 && isShortList(s.homework);
    if (!s.summary && shortHomework) {
      return (
        <View key={i} wrap={false}>
          {heading(0)}
          {label()}
          <Bullets lines={s.homework} />
        </View>
      );
    }
    return (
      <Fragment key={i}>
        {heading(s.summary ? headingAhead(s.summary) : s.homework.length ? headingAhead(s.homework[0] ?? '') + 12 : 0)}
        {s.summary ? <Text style={styles.paragraph}>{pdfText(s.summary)}</Text> : null}
        {shortHomework ? (
          <View wrap={false}>
            {label()}
            <Bullets lines={s.homework} />
          </View>
        ) : s.homework.length ? (
          <>
            {label(headingAhead(s.homework[0] ?? ''))}
            <Bullets lines={s.homework} />
          </>
        ) : null}
      </Fragment>
    );
  };

  // A short list goes whole with its title; a longer one with its first points (see listLead).
  const flagList = listLead(data.flags, flagLine);
  const nextSteps = listLead(data.nextSteps);

  return (
    <Document
      title={t('reports.client.title')}
      author={data.practice.name}
      subject={t('reports.client.subtitle')}
      language={data.locale === 'en' ? 'en-GB' : 'nl-NL'}
      creator="Balanspunt"
      producer="Balanspunt"
    >
      <ReportPage header={header} footer={footer} t={t}>
        <View style={{ borderLeftWidth: 4, borderLeftColor: accent, paddingLeft: 14, marginTop: 40, marginBottom: 24 }}>
          {data.practice.logo ? (
            <Image src={data.practice.logo} style={{ maxWidth: 160, maxHeight: 60, objectFit: 'contain', marginBottom: 18 }} />
          ) : null}
          <Text style={[styles.small, { color: accent, fontWeight: 600 }]}>{pdfText(data.practice.name)}</Text>
          <Text style={[styles.h1, { color: accent }]}>{t('reports.client.title')}</Text>
          <Text style={{ fontSize: 13, lineHeight: 1.3, marginBottom: 10 }}>{t('reports.client.subtitle')}</Text>
          <Text>{pdfText(t('reports.client.for', { name: data.client.name }))}</Text>
          {/* Without a finished measurement the summary says so, once. */}
          {data.measurement ? (
            <Text style={styles.muted}>
              {t('reports.client.measurement', { date: date(data.measurement.date), instrument: data.measurement.instrumentName })}
            </Text>
          ) : null}
          {laterQuestionnaires.map((q, i) => (
            <Text key={i} style={styles.muted}>
              {pdfText(t('reports.client.measurement', { date: date(q.date), instrument: q.instrumentName }))}
            </Text>
          ))}
          <Text style={styles.muted}>{pdfText(data.coach.name)}</Text>
        </View>

        <Section
          title={t('reports.client.summary')}
          accent={accent}
          lead={data.summary.length ? <Paragraphs lines={data.summary.slice(0, 1)} /> : <Empty text={t('reports.client.noMeasurement')} />}
        >
          <Paragraphs lines={data.summary.slice(1)} />
          {scoresNotes.map((note, i) => (
            <Text key={i} style={[styles.small, { marginBottom: 3 }]}>
              {pdfText(note)}
            </Text>
          ))}
        </Section>

        {data.profile ? (
          <Section
            title={t('reports.client.profile')}
            accent={accent}
            lead={
              <View style={styles.row} wrap={false}>
                <QuadrantChart
                  profile={data.profile}
                  axisDemands={t('reports.client.axisDemands')}
                  axisResources={t('reports.client.axisResources')}
                />
                <View style={{ flex: 1, paddingLeft: 14, paddingTop: 10 }}>
                  <Text style={[styles.h3, { marginTop: 0 }]}>{pdfText(data.profile.profileLabel)}</Text>
                  <Text style={styles.paragraph}>
                    {/* As reportProfile shows them (against the split): 50.04 is "50,1" beside a "high" profile, not "50". */}
                    {t('reports.client.position', { demands: data.profile.demands, resources: data.profile.resources })}
                  </Text>
                  <Text style={styles.small}>
                    {/* The line through earlier measurements is there only when there are any. */}
                    {data.profile.path.length > 1
                      ? `${t('reports.client.profileAxes')} ${t('reports.client.profilePath')}`
                      : t('reports.client.profileAxes')}
                  </Text>
                  <Text style={[styles.small, { marginTop: 6 }]}>{pdfText(data.profile.referenceLabel)}</Text>
                  <Text style={[styles.small, { marginTop: 3 }]}>{pdfText(data.profile.componentsLabel)}</Text>
                </View>
              </View>
            }
          />
        ) : null}

        {/* Flags are about job demands and resources: not for a questionnaire without them (a BAT alone). */}
        {data.measurement && (data.profile || data.groups.length > 0 || data.flags.length > 0) ? (
          <Section
            title={t('reports.client.flags')}
            accent={accent}
            lead={
              <View>
                {/* The intro leads into the list; without one, a sentence of its own says what would have been listed. */}
                {data.flags.length ? (
                  <>
                    <Text style={[styles.small, styles.paragraph]}>{t('reports.client.flagsIntro')}</Text>
                    <Bullets lines={flagList.lead.map(flagLine)} />
                  </>
                ) : (
                  <Empty text={t('reports.client.noFlags')} />
                )}
              </View>
            }
          >
            <Bullets lines={flagList.rest.map(flagLine)} />
          </Section>
        ) : null}

        {data.groups.length ? (
          <Section title={t('reports.client.dimensions')} accent={accent} lead={groupBlock(data.groups[0]!)}>
            {data.groups.slice(1).map(groupBlock)}
          </Section>
        ) : null}

        {mainList ? (
          <Section
            title={t('reports.client.dimensions')}
            accent={accent}
            lead={
              <View>
                {questionnaireHead(mainList)}
                {mainList.rows.slice(0, 1).map((row) => questionnaireRow(mainList, row))}
              </View>
            }
          >
            {mainList.rows.slice(1).map((row) => questionnaireRow(mainList, row))}
          </Section>
        ) : null}

        {data.outcomes.length ? (
          <Section title={t('reports.client.outcomes')} accent={accent} lead={outcomeRow(data.outcomes[0]!)}>
            {data.outcomes.slice(1).map(outcomeRow)}
          </Section>
        ) : null}

        {laterQuestionnaires.map((q, i) => (
          <Section
            key={`later-${i}`}
            title={pdfText(t('reports.client.laterTitle', { instrument: q.instrumentName }))}
            accent={accent}
            lead={
              <View>
                <Text style={[styles.small, styles.paragraph]}>{t('reports.client.laterIntro', { date: date(q.date) })}</Text>
                {questionnaireHead(q)}
                {q.rows.slice(0, 1).map((row) => questionnaireRow(q, row))}
              </View>
            }
          >
            {q.rows.slice(1).map((row) => questionnaireRow(q, row))}
          </Section>
        ))}
        {data.measurement ? (
          <Section
            title={t('reports.client.ownWords')}
            accent={accent}
            lead={data.ownWords.length ? undefined : <Empty text={t('reports.client.noOwnWords')} />}
          >
            {data.ownWords.map(ownWordsBlock)}
          </Section>
        ) : null}

        {/* Without a finished measurement there is no course to speak of (the summary says there is none yet). */}
        {data.measurement || trends[0] ? (
          <Section
            title={t('reports.client.trend')}
            accent={accent}
            lead={trends[0] ? trendBlock(trends[0], 0) : <Empty text={t('reports.client.noTrend')} />}
          >
            {trends.slice(1).map((trend, i) => trendBlock(trend, i + 1))}
          </Section>
        ) : null}

        <Section
          title={t('reports.client.plan')}
          accent={accent}
          lead={
            <View>
              <Text style={[styles.small, styles.paragraph]}>{t('reports.client.planIntro')}</Text>
              {data.plan.length ? null : <Empty text={t('reports.client.noPlan')} />}
            </View>
          }
          ahead={data.plan[0] ? planAhead(data.plan[0]) : undefined}
        >
          {data.plan.length ? (
            <View>
              {/* Fixed inside the table: repeated at the top of every page the table runs onto, and only there. */}
              <View style={styles.tableHead} fixed>
                <Text style={{ flex: 1 }}>{t('reports.client.planItem')}</Text>
                <Text style={styles.colOwner}>{t('reports.client.planOwner')}</Text>
                <Text style={styles.colDue}>{t('reports.client.planDue')}</Text>
                <Text style={styles.colStatus}>{t('reports.client.planStatus')}</Text>
              </View>
              {data.plan.map(planRow)}
            </View>
          ) : null}
        </Section>

        <Section
          title={t('reports.client.sessions')}
          accent={accent}
          lead={data.sessions.length ? undefined : <Empty text={t('reports.client.noSessions')} />}
          ahead={data.sessions.length || data.nextSteps.length ? undefined : CLOSING_AHEAD}
        >
          {data.sessions.map(sessionBlock)}
        </Section>

        {/* The last section keeps the coach's contact below it on its page: the next steps go with it to a new page
            rather than leave the contact alone on the last one. (The data always has a next step.) */}
        {data.nextSteps.length ? (
          <Section
            title={t('reports.client.nextSteps')}
            accent={accent}
            lead={<Bullets lines={nextSteps.lead} />}
            ahead={nextSteps.rest.length ? undefined : CLOSING_AHEAD}
          >
            <Bullets lines={nextSteps.rest} lastAhead={CLOSING_AHEAD} />
          </Section>
        ) : null}

        <View style={{ marginTop: 18, borderTopWidth: 0.5, borderTopColor: MUTED, paddingTop: 6 }} wrap={false}>
          <Text style={[styles.small, { fontWeight: 600 }]}>{t('reports.common.coachContact')}</Text>
          <Text style={styles.small}>
            {pdfText(data.coach.name)} · {t('reports.common.email')}: {pdfText(data.coach.email)}
            {data.coach.phone ? ` · ${t('reports.common.phone')}: ${pdfText(data.coach.phone)}` : ''}
          </Text>
        </View>
      </ReportPage>
    </Document>
  );
}

import type { OpenPbClient } from '@openpb/sdk';
import { PageHeading } from '../components/page-heading.tsx';
import { RequestView } from '../components/request-view.tsx';
import { ChartWithTable } from '../figures/chart-with-table.tsx';
import { formatDate, todayInLondon } from '../format/dates.ts';
import { formatPence } from '../format/money.ts';
import { useRequest } from '../hooks/use-request.ts';
import { qualificationLabel } from './workspace-screen.tsx';

/** 1 April of the financial year that holds `today`. */
export function financialYearStart(today: string): string {
  const year = Number(today.slice(0, 4));
  return today.slice(5) >= '04-01' ? `${year}-04-01` : `${year - 1}-04-01`;
}

interface RatioFigures {
  readonly numerator: number;
  readonly denominator: number;
}

const percent = (ratio: RatioFigures) =>
  ratio.denominator > 0 ? Math.round((ratio.numerator / ratio.denominator) * 1000) / 10 : 0;
const pct = (value: number) => `${value}%`;
const days = (value: number) => `${value} days`;
const poundsShort = (pence: number) =>
  pence >= 100_000_000 ? `£${(pence / 100_000_000).toFixed(1)}m` : formatPence(pence);
const OVERDUE_BANDS = [
  ['Up to 30 days', 0, 30],
  ['31 to 90 days', 31, 90],
  ['91 to 365 days', 91, 365],
  ['Over a year', 366, Number.POSITIVE_INFINITY],
] as const;

const countsOf = (counts: {
  readonly fullyMet: number;
  readonly partiallyMet: number;
  readonly notMet: number;
  readonly notRecorded: number;
}) => ({
  fullyMet: counts.fullyMet,
  partiallyMet: counts.partiallyMet,
  notMet: counts.notMet,
  notRecorded: counts.notRecorded,
});

function Theme({
  title,
  children,
}: {
  readonly title: string;
  readonly children: React.ReactNode;
}) {
  return (
    <section className="theme" aria-labelledby={`theme-${title.replace(/\W+/g, '-')}`}>
      <h2 className="govuk-heading-l" id={`theme-${title.replace(/\W+/g, '-')}`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export function FiguresScreen({
  client,
  refreshKey,
}: {
  readonly client: OpenPbClient;
  readonly refreshKey: number;
}) {
  const today = todayInLondon();
  const yearStart = financialYearStart(today);
  const ascof = useRequest(
    async (signal) => await client.reports.ascof3d({ snapshotDate: today }, { signal }),
    [client],
    { reloadOn: [refreshKey] },
  );
  const money = useRequest(
    async (signal) => await client.reports.councilSummary({ asOf: today }, { signal }),
    [client],
    { reloadOn: [refreshKey] },
  );
  const waits = useRequest(
    async (signal) => await client.reports.waitingTimes({ from: yearStart, to: today }, { signal }),
    [client],
    { reloadOn: [refreshKey] },
  );
  const overdue = useRequest(
    (signal) =>
      client.reports.reviewsOverdue(undefined, { pageSize: 100, signal }).toArray({ limit: 2000 }),
    [client],
    { reloadOn: [refreshKey] },
  );
  const outcomes = useRequest(
    async (signal) =>
      await client.reports.outcomesAtReview({ from: yearStart, to: today }, { signal }),
    [client],
    { reloadOn: [refreshKey] },
  );
  const caseload = useRequest(
    async (signal) => await client.reports.caseloadByQualification({}, { signal }),
    [client],
    { reloadOn: [refreshKey] },
  );
  const unqualified = useRequest(
    (signal) =>
      client.reports
        .complexCasesWithoutQualifiedWorker({}, { pageSize: 100, signal })
        .toArray({ limit: 2000 }),
    [client],
    { reloadOn: [refreshKey] },
  );

  return (
    <>
      <PageHeading title="The council in figures" caption={`As at ${formatDate(today)}`}>
        The council in figures
      </PageHeading>
      <p className="govuk-body">
        Grouped under the four themes the Care Quality Commission assesses councils’ Care Act duties
        by. Every chart has its figures in a table beside it.
      </p>

      <Theme title="Working with people">
        <RequestView state={waits} what="waiting times">
          {(data) => (
            <ChartWithTable
              id="waiting-times"
              title={`Waiting times for requests received ${formatDate(data.from)} to ${formatDate(data.to)}`}
              note={`${data.people} people made a request in the period.`}
              category="stage"
              categoryLabel="Stage"
              format={days}
              series={[
                { key: 'median', label: 'Median (days)' },
                { key: 'p90', label: '90th percentile (days)' },
              ]}
              data={[
                {
                  stage: `Request to assessment (${data.requestToAssessment.people} people)`,
                  median: data.requestToAssessment.medianDays ?? 0,
                  p90: data.requestToAssessment.percentile90Days ?? 0,
                },
                {
                  stage: `Assessment to service (${data.assessmentToService.people} people)`,
                  median: data.assessmentToService.medianDays ?? 0,
                  p90: data.assessmentToService.percentile90Days ?? 0,
                },
              ]}
            />
          )}
        </RequestView>
        <RequestView state={outcomes} what="outcomes met at review">
          {(data) => (
            <ChartWithTable
              id="outcomes-at-review"
              title={`Outcomes met at reviews held ${formatDate(data.from)} to ${formatDate(data.to)}`}
              note={`${data.total.reviews} reviews took place; of those that recorded outcomes, ${data.total.metShare.percentage ?? '0'}% met them fully or partly.`}
              category="reason"
              categoryLabel="Review"
              series={[
                { key: 'fullyMet', label: 'Fully met' },
                { key: 'partiallyMet', label: 'Partially met' },
                { key: 'notMet', label: 'Not met' },
                { key: 'notRecorded', label: 'Not recorded' },
              ]}
              data={[
                ...data.byReason.map((row) => ({
                  reason: qualificationLabel(row.reason),
                  ...countsOf(row.counts),
                })),
                { reason: 'All reviews', ...countsOf(data.total) },
              ]}
            />
          )}
        </RequestView>
      </Theme>

      <Theme title="Providing support">
        <RequestView state={ascof} what="ASCOF 3D">
          {(data) => (
            <ChartWithTable
              id="ascof-3d"
              title="ASCOF 3D: people who receive self-directed support and direct payments"
              note="1a and 2a: service users on the snapshot date; 1b and 2b: carers over the year. Recorded figures."
              category="part"
              categoryLabel="Measure"
              format={pct}
              series={[
                { key: 'age18To64', label: 'Aged 18 to 64 (%)' },
                { key: 'age65AndOver', label: 'Aged 65 and over (%)' },
                { key: 'total', label: 'All (%)' },
              ]}
              data={[data.part1a, data.part2a, data.part1b, data.part2b].map((part) => ({
                part: `3D ${part.part}`,
                age18To64: percent(part.recorded.age18To64),
                age65AndOver: percent(part.recorded.age65AndOver),
                total: percent(part.recorded.total),
              }))}
            />
          )}
        </RequestView>
        <RequestView state={money} what="the council’s money">
          {(data) => (
            <>
              <ChartWithTable
                id="money"
                title={`Money committed, paid and spent since ${formatDate(data.yearStart)}`}
                category="what"
                categoryLabel="Money"
                format={formatPence}
                axisFormat={poundsShort}
                series={[{ key: 'pence', label: 'Amount' }]}
                data={[
                  { what: 'Committed', pence: data.committedPence },
                  { what: 'Paid', pence: data.paidPence },
                  { what: 'Spent', pence: data.spentPence },
                ]}
              />
              <ChartWithTable
                id="spend-by-category"
                title="Direct payment spend by category"
                category="category"
                categoryLabel="Category"
                format={formatPence}
                axisFormat={poundsShort}
                series={[{ key: 'pence', label: 'Spent' }]}
                data={data.spendByCategory.map((row) => ({
                  category: row.category ? qualificationLabel(row.category) : 'Not categorised',
                  pence: row.spentPence,
                }))}
              />
              <ChartWithTable
                id="deployment"
                title="How budgets in force are taken"
                category="mode"
                categoryLabel="Deployment"
                series={[{ key: 'count', label: 'Budgets' }]}
                data={data.averageWeeklyBudgetByDeploymentMode.map((row) => ({
                  mode: qualificationLabel(row.deploymentMode),
                  count: row.count,
                }))}
              />
            </>
          )}
        </RequestView>
      </Theme>

      <Theme title="Ensuring safety within the system">
        <RequestView state={overdue} what="overdue reviews">
          {(items) => (
            <ChartWithTable
              id="overdue-reviews"
              title={`Overdue reviews by kind and how long overdue (${items.length} in all)`}
              category="band"
              categoryLabel="How long overdue"
              series={['FIRST_REVIEW', 'ANNUAL_REVIEW', 'DIRECT_PAYMENT_REVIEW'].map((kind) => ({
                key: kind,
                label: qualificationLabel(kind),
              }))}
              data={OVERDUE_BANDS.map(([band, from, to]) => {
                const inBand = items.filter(
                  (item) => item.daysOverdue >= from && item.daysOverdue <= to,
                );
                return {
                  band,
                  FIRST_REVIEW: inBand.filter((item) => item.kind === 'FIRST_REVIEW').length,
                  ANNUAL_REVIEW: inBand.filter((item) => item.kind === 'ANNUAL_REVIEW').length,
                  DIRECT_PAYMENT_REVIEW: inBand.filter(
                    (item) => item.kind === 'DIRECT_PAYMENT_REVIEW',
                  ).length,
                };
              })}
            />
          )}
        </RequestView>
        <RequestView state={unqualified} what="complex and safeguarding cases">
          {(items) => (
            <ChartWithTable
              id="unqualified-cases"
              title={`Complex or safeguarding cases without a qualified social worker (${items.length})`}
              category="why"
              categoryLabel="Why a qualified social worker is needed"
              series={[{ key: 'cases', label: 'Cases' }]}
              data={[
                {
                  why: 'High complexity',
                  cases: items.filter((item) => item.highComplexity).length,
                },
                {
                  why: 'Open safeguarding concern',
                  cases: items.filter((item) => item.openSafeguardingConcern).length,
                },
              ]}
            />
          )}
        </RequestView>
      </Theme>

      <Theme title="Leadership">
        <RequestView state={caseload} what="caseload by qualification">
          {(rows) => (
            <ChartWithTable
              id="caseload"
              title="Caseload by qualification (open cases per full-time equivalent)"
              category="qualification"
              categoryLabel="Qualification"
              series={[{ key: 'perFte', label: 'Cases per FTE' }]}
              data={rows.map((row) => ({
                qualification: qualificationLabel(row.qualification),
                perFte: row.casesPerFte ?? 0,
              }))}
            />
          )}
        </RequestView>
      </Theme>
    </>
  );
}

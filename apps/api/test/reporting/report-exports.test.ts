import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncilWithStaff, globalId } from '../support/fixtures.ts';
import { type ExportServer, startExportServer } from './support/export-server.ts';
import {
  addAgreement,
  addAllocation,
  addLedgerEntry,
  addOtherCouncil,
  addRecovery,
  addRequest,
  addStaff,
} from './support/operational-fixtures.ts';
import { addPerson, addPlan } from './support/reporting-fixtures.ts';

const AS_OF = '2025-06-30';

let server: ExportServer;
let councilId: string;
let otherCouncilId: string;

beforeAll(async () => {
  // two rows a page: the exports read every page of the list
  server = await startExportServer({ batchSize: 2 });
  const setup = await createCouncilWithStaff(server.db);
  councilId = setup.councilId;
  const assessorId = setup.staffIds.socialWorker;
  const agreements: string[] = [];
  const people: string[] = [];
  for (const paidIn of [100_000, 200_000, 50_000, 30_000]) {
    const personId = await addPerson(server.db, councilId, { birthDate: '1970-01-01' });
    const agreementId = await addAgreement(server.db, { councilId, personId, assessorId });
    await addLedgerEntry(
      server.db,
      { councilId, agreementId },
      { kind: 'PAYMENT_IN', amountPence: paidIn, postedDate: '2025-01-01' },
    );
    agreements.push(agreementId);
    people.push(personId);
  }
  // plans never reviewed (first and annual reviews overdue), and complex cases held by an assistant
  const assistant = await addStaff(server.db, councilId, {
    qualification: 'SOCIAL_WORK_ASSISTANT',
  });
  for (const [index, startDate] of ['2024-03-01', '2025-02-01', '2023-05-10'].entries()) {
    const personId = people[index] ?? '';
    await addPlan(
      server.db,
      { councilId, personId, preparedById: assessorId },
      {
        startDate,
        lines: [{ serviceType: 'LT_COMMUNITY', deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT' }],
      },
    );
    await addAllocation(
      server.db,
      { councilId, staffId: assistant, personId },
      { complexity: 'HIGH', fromDate: startDate },
    );
  }
  const [first = '', second = ''] = agreements;
  await addRequest(server.db, { councilId, personId: people[0] ?? '' }, '2025-02-01');
  await addRequest(server.db, { councilId, personId: people[1] ?? '' }, '2025-03-01');
  await addLedgerEntry(
    server.db,
    { councilId, agreementId: first },
    { kind: 'SPEND', amountPence: -2_500, postedDate: '2025-05-01' },
  );
  for (const [agreementId, raisedDate, amountPence, recoveredPence] of [
    [first, '2025-01-10', 9_000, 1_000],
    [first, '2025-05-01', 4_000, 0],
    [second, '2025-03-31', 7_000, 7_000],
    [second, '2025-06-29', 1_000, 0],
    [second, '2025-07-05', 5_000, 0],
  ] as const) {
    await addRecovery(
      server.db,
      { councilId, agreementId },
      {
        status: recoveredPence === amountPence ? 'RECOVERED' : 'NOTIFIED',
        amountPence,
        recoveredPence,
        raisedDate,
      },
    );
  }
  // another council's surplus and recovery: in neither export
  const other = await addOtherCouncil(server.db);
  otherCouncilId = other.councilId;
  const outsider = await addPerson(server.db, other.councilId, { birthDate: '1970-01-01' });
  const otherAgreement = await addAgreement(server.db, {
    councilId: other.councilId,
    personId: outsider,
    assessorId: other.staffId,
  });
  await addLedgerEntry(
    server.db,
    { councilId: other.councilId, agreementId: otherAgreement },
    { kind: 'PAYMENT_IN', amountPence: 500_000, postedDate: '2025-01-01' },
  );
  await addRecovery(
    server.db,
    { councilId: other.councilId, agreementId: otherAgreement },
    { status: 'PROPOSED', amountPence: 50_000, raisedDate: '2025-06-01' },
  );
});
afterAll(() => server?.close());

const exportCsv = (path: string, query: string, token: string | null) =>
  fetch(`${server.url}/exports/${path}?${query}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

/** The CSV's header and rows (no cell of these exports holds a comma or a quote). */
async function csvOf(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
  const [header = '', ...rows] = (await response.text()).split('\r\n').filter(Boolean);
  return { header: header.split(','), rows: rows.map((row) => row.split(',')) };
}

async function graphql<T>(token: string, query: string, variables: object): Promise<T> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const financeToken = () =>
  server.tokenFor({ councilId, roles: ['FINANCE_OFFICER'], subject: 'staff:export-finance' });

describe('report CSV exports equal the GraphQL reports for the same date', () => {
  it('direct-payment-surpluses.csv: every row of directPaymentSurpluses, money in pence', async () => {
    const token = await financeToken();
    const { header, rows } = await csvOf(
      await exportCsv('direct-payment-surpluses.csv', `asOf=${AS_OF}`, token),
    );
    expect(header).toEqual([
      'agreement_id',
      'person_id',
      'closing_balance_pence',
      'weekly_net_pence',
      'contingency_allowance_pence',
      'recoverable_pence',
    ]);
    const data = await graphql<{
      directPaymentSurpluses: {
        totalCount: number;
        edges: {
          node: {
            person: { id: string };
            directPaymentAgreement: { id: string };
            closingBalancePence: number;
            weeklyNetPence: number;
            contingencyAllowancePence: number;
            recoverablePence: number;
          };
        }[];
      };
    }>(
      token,
      `query($asOf: Date) { directPaymentSurpluses(first: 100, filter: { asOf: $asOf }) {
         totalCount
         edges { node { person { id } directPaymentAgreement { id } closingBalancePence
                        weeklyNetPence contingencyAllowancePence recoverablePence } } } }`,
      { asOf: AS_OF },
    );
    const expected = data.directPaymentSurpluses.edges.map(({ node }) => [
      node.directPaymentAgreement.id,
      node.person.id,
      String(node.closingBalancePence),
      String(node.weeklyNetPence),
      String(node.contingencyAllowancePence),
      String(node.recoverablePence),
    ]);
    // four of this council's accounts hold more than 4 weeks of 100.00: all but the last
    expect(expected).toHaveLength(3);
    expect(data.directPaymentSurpluses.totalCount).toBe(3);
    expect(
      rows.map(([agreement = '', person = '', ...money]) => [
        globalId('DirectPaymentAgreement', agreement),
        globalId('Person', person),
        ...money,
      ]),
    ).toEqual(expected);
  });

  it('recoveries.csv: every row of recoveries as at the date, dates as ISO dates', async () => {
    const token = await financeToken();
    const { header, rows } = await csvOf(await exportCsv('recoveries.csv', `asOf=${AS_OF}`, token));
    expect(header).toEqual([
      'recovery_id',
      'raised_date',
      'age_days',
      'outstanding_pence',
      'status_as_of',
    ]);
    const data = await graphql<{
      recoveries: {
        edges: {
          node: {
            recovery: { id: string; raisedDate: string };
            ageDays: number;
            outstandingPence: number;
            statusAsOf: string;
          };
        }[];
      };
    }>(
      token,
      `query($asOf: Date) { recoveries(first: 100, filter: { asOf: $asOf }) {
         edges { node { recovery { id raisedDate } ageDays outstandingPence statusAsOf } } } }`,
      { asOf: AS_OF },
    );
    const expected = data.recoveries.edges.map(({ node }) => [
      node.recovery.id,
      node.recovery.raisedDate,
      String(node.ageDays),
      String(node.outstandingPence),
      node.statusAsOf,
    ]);
    // raised after the date: left out
    expect(expected).toHaveLength(4);
    expect(rows.map(([id = '', ...rest]) => [globalId('Recovery', id), ...rest])).toEqual(expected);
    expect(rows[0]?.slice(1, 4)).toEqual(['2025-01-10', '171', '8000']);
  });
});

const managerToken = () =>
  server.tokenFor({ councilId, roles: ['TEAM_MANAGER'], subject: 'staff:export-manager' });

describe('report CSV exports of the worklist reports', () => {
  it('reviews-overdue.csv: every row of reviewsOverdue, as the council policy has it on the date', async () => {
    const token = await managerToken();
    const { header, rows } = await csvOf(
      await exportCsv('reviews-overdue.csv', `asOf=${AS_OF}`, token),
    );
    expect(header).toEqual([
      'person_id',
      'kind',
      'due_date',
      'days_overdue',
      'last_review_date',
      'support_plan_id',
      'direct_payment_agreement_id',
    ]);
    const data = await graphql<{
      reviewsOverdue: {
        edges: {
          node: {
            person: { id: string };
            kind: string;
            dueDate: string;
            daysOverdue: number;
            lastReviewDate: string | null;
            supportPlan: { id: string } | null;
            directPaymentAgreement: { id: string } | null;
          };
        }[];
      };
    }>(
      token,
      `query($asOf: Date) { reviewsOverdue(first: 100, filter: { asOf: $asOf }) {
         edges { node { person { id } kind dueDate daysOverdue lastReviewDate
                        supportPlan { id } directPaymentAgreement { id } } } } }`,
      { asOf: AS_OF },
    );
    const expected = data.reviewsOverdue.edges.map(({ node }) => [
      node.person.id,
      node.kind,
      node.dueDate,
      String(node.daysOverdue),
      node.lastReviewDate ?? '',
      node.supportPlan?.id ?? '',
      node.directPaymentAgreement?.id ?? '',
    ]);
    expect(expected.length).toBeGreaterThan(4);
    const id = (typename: string, value: string) => (value ? globalId(typename, value) : '');
    expect(
      rows.map(
        ([person = '', kind = '', due = '', days = '', last = '', plan = '', agreement = '']) => [
          globalId('Person', person),
          kind,
          due,
          days,
          last,
          id('SupportPlan', plan),
          id('DirectPaymentAgreement', agreement),
        ],
      ),
    ).toEqual(expected);
  });

  it('complex-cases-without-qualified-worker.csv: every row of the GraphQL report', async () => {
    const token = await managerToken();
    const { rows } = await csvOf(
      await exportCsv('complex-cases-without-qualified-worker.csv', `asOf=${AS_OF}`, token),
    );
    const data = await graphql<{
      complexCasesWithoutQualifiedWorker: {
        edges: {
          node: {
            person: { id: string };
            highComplexity: boolean;
            openSafeguardingConcern: boolean;
          };
        }[];
      };
    }>(
      token,
      `query($asOf: Date) { complexCasesWithoutQualifiedWorker(first: 100, asOf: $asOf) {
         edges { node { person { id } highComplexity openSafeguardingConcern } } } }`,
      { asOf: AS_OF },
    );
    const expected = data.complexCasesWithoutQualifiedWorker.edges.map(({ node }) => [
      node.person.id,
      String(node.highComplexity),
      String(node.openSafeguardingConcern),
    ]);
    expect(expected).toHaveLength(3);
    expect(
      rows.map(([, person = '', , , high, concern]) => [globalId('Person', person), high, concern]),
    ).toEqual(expected);
  });
});

describe('the council summary as CSV', () => {
  it('council-summary.csv: one row per figure of councilSummary on the date, money in pence', async () => {
    const token = await financeToken();
    const { header, rows } = await csvOf(
      await exportCsv('council-summary.csv', `asOf=${AS_OF}`, token),
    );
    expect(header).toEqual([
      'section',
      'key',
      'count',
      'total_pence',
      'mean_pence',
      'median_pence',
    ]);
    const { councilSummary: summary } = await graphql<{
      councilSummary: {
        yearStart: string;
        committedPence: number;
        paidPence: number;
        spentPence: number;
        spendByCategory: { category: string | null; entries: number; spentPence: number }[];
        indicativeVariance: {
          primarySupportReason: string;
          budgets: number;
          totalVariancePence: number;
          meanVariancePence: number;
          medianVariancePence: number;
        }[];
        averageWeeklyBudgetByReason: {
          primarySupportReason: string;
          count: number;
          totalAnnualPence: number;
          averageWeeklyPence: number;
        }[];
        averageWeeklyBudgetByDeploymentMode: {
          deploymentMode: string;
          count: number;
          totalAnnualPence: number;
          averageWeeklyPence: number;
        }[];
      };
    }>(
      token,
      `query($asOf: Date!) { councilSummary(asOf: $asOf) {
         yearStart committedPence paidPence spentPence
         spendByCategory { category entries spentPence }
         indicativeVariance { primarySupportReason budgets totalVariancePence meanVariancePence medianVariancePence }
         averageWeeklyBudgetByReason { primarySupportReason count totalAnnualPence averageWeeklyPence }
         averageWeeklyBudgetByDeploymentMode { deploymentMode count totalAnnualPence averageWeeklyPence } } }`,
      { asOf: AS_OF },
    );
    const text = (row: unknown[]) => row.map((cell) => (cell === null ? '' : String(cell)));
    expect(summary.spendByCategory).toEqual([{ category: null, entries: 1, spentPence: 2_500 }]);
    expect(rows).toEqual(
      [
        ['year_start', summary.yearStart, '', '', '', ''],
        ['committed', '', '', summary.committedPence, '', ''],
        ['paid', '', '', summary.paidPence, '', ''],
        ['spent', '', '', summary.spentPence, '', ''],
        ...summary.spendByCategory.map((r) => [
          'spend_by_category',
          r.category,
          r.entries,
          r.spentPence,
          '',
          '',
        ]),
        ...summary.indicativeVariance.map((r) => [
          'indicative_variance',
          r.primarySupportReason,
          r.budgets,
          r.totalVariancePence,
          r.meanVariancePence,
          r.medianVariancePence,
        ]),
        ...summary.averageWeeklyBudgetByReason.map((r) => [
          'weekly_budget_by_reason',
          r.primarySupportReason,
          r.count,
          r.totalAnnualPence,
          r.averageWeeklyPence,
          '',
        ]),
        ...summary.averageWeeklyBudgetByDeploymentMode.map((r) => [
          'weekly_budget_by_deployment_mode',
          r.deploymentMode,
          r.count,
          r.totalAnnualPence,
          r.averageWeeklyPence,
          '',
        ]),
      ].map(text),
    );
  });
});

describe('ASCOF 3D as CSV', () => {
  it('ascof-3d.csv: every ratio of ascof3d, by part, method and age band', async () => {
    const token = await managerToken();
    const { rows } = await csvOf(await exportCsv('ascof-3d.csv', `snapshotDate=${AS_OF}`, token));
    const ratio = 'numerator denominator percentage';
    const figures = `{ total { ${ratio} } age18To64 { ${ratio} } age65AndOver { ${ratio} } }`;
    const partFields = `{ dhsc ${figures} recorded ${figures} }`;
    type Ratio = { numerator: number; denominator: number; percentage: string | null };
    type Figures = { total: Ratio; age18To64: Ratio; age65AndOver: Ratio };
    const { ascof3d } = await graphql<{
      ascof3d: Record<string, { dhsc: Figures; recorded: Figures }>;
    }>(
      token,
      `query($on: Date!) { ascof3d(snapshotDate: $on) {
         part1a ${partFields} part2a ${partFields} part1b ${partFields} part2b ${partFields} } }`,
      { on: AS_OF },
    );
    const expected = ['1a', '2a', '1b', '2b'].flatMap((part) =>
      (['DHSC', 'RECORDED'] as const).flatMap((method) => {
        const figures = ascof3d[`part${part}`]?.[method === 'DHSC' ? 'dhsc' : 'recorded'];
        return (
          [
            ['TOTAL', figures?.total],
            ['AGE_18_TO_64', figures?.age18To64],
            ['AGE_65_AND_OVER', figures?.age65AndOver],
          ] as const
        ).map(([band, r]) => [
          part,
          method,
          band,
          String(r?.numerator),
          String(r?.denominator),
          r?.percentage ?? '',
        ]);
      }),
    );
    expect(rows).toEqual(expected);
    expect(rows).toHaveLength(24);
    const bad = await exportCsv(
      'ascof-3d.csv',
      `snapshotDate=${AS_OF}&yearStart=2025-07-01`,
      token,
    );
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'The year starts after the snapshot date' });
  });
});

describe('waiting times as CSV', () => {
  it('waiting-times.csv: the figures of waitingTimes for the period', async () => {
    const token = await managerToken();
    const { header, rows } = await csvOf(
      await exportCsv('waiting-times.csv', 'from=2025-01-01&to=2025-06-30', token),
    );
    expect(header).toEqual(['stage', 'people', 'median_days', 'percentile_90_days']);
    type Wait = { people: number; medianDays: number | null; percentile90Days: number | null };
    const { waitingTimes } = await graphql<{
      waitingTimes: { people: number; requestToAssessment: Wait; assessmentToService: Wait };
    }>(
      token,
      `{ waitingTimes(from: "2025-01-01", to: "2025-06-30") { people
         requestToAssessment { people medianDays percentile90Days }
         assessmentToService { people medianDays percentile90Days } } }`,
      {},
    );
    const wait = (stage: string, w: Wait) => [
      stage,
      String(w.people),
      w.medianDays === null ? '' : String(w.medianDays),
      w.percentile90Days === null ? '' : String(w.percentile90Days),
    ];
    expect(waitingTimes.people).toBe(2);
    expect(rows).toEqual([
      ['requests', '2', '', ''],
      wait('request_to_assessment', waitingTimes.requestToAssessment),
      wait('assessment_to_service', waitingTimes.assessmentToService),
    ]);
    const backwards = await exportCsv('waiting-times.csv', 'from=2025-06-30&to=2025-01-01', token);
    expect(backwards.status).toBe(400);
    expect(await backwards.json()).toEqual({ error: 'The period ends before it starts' });
  });
});

describe('report exports refuse as the CLD export does, and are audited', () => {
  it('401 without a token, 403 for a role the GraphQL field refuses, 400 for a bad date', async () => {
    const unauthenticated = await exportCsv('recoveries.csv', `asOf=${AS_OF}`, null);
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get('www-authenticate')).toBe('Bearer');

    const socialWorker = await server.tokenFor({
      councilId,
      roles: ['QUALIFIED_SOCIAL_WORKER'],
      subject: 'staff:export-sw',
    });
    const forbidden = await exportCsv(
      'direct-payment-surpluses.csv',
      `asOf=${AS_OF}`,
      socialWorker,
    );
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toEqual({ error: 'Your role does not allow this' });

    const token = await financeToken();
    for (const query of [
      'asOf=2025-02-30',
      'asOf=30/06/2025',
      'asOf=2025-06-30&olderThanDays=-1',
      'asOf=2025-06-30&sort=x',
    ]) {
      const bad = await exportCsv('recoveries.csv', query, token);
      expect(bad.status, query).toBe(400);
      expect(((await bad.json()) as { error: string }).error).toBeTruthy();
    }
    const audit = await server.db.auditLogEntry.findMany({
      where: {
        kind: 'DENIAL',
        operation: { startsWith: 'GET /exports/' },
        actorSubject: { not: 'staff:export-manager' },
      },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((row) => [row.actorSubject, row.operation, row.outcome])).toEqual([
      ['anonymous', 'GET /exports/recoveries.csv', 'UNAUTHENTICATED'],
      ['staff:export-sw', 'GET /exports/direct-payment-surpluses.csv', 'FORBIDDEN'],
      ...Array.from({ length: 4 }, () => [
        'staff:export-finance',
        'GET /exports/recoveries.csv',
        'BAD_REQUEST',
      ]),
    ]);
  });

  it('writes one READ row per export with its parameters and the rows sent', async () => {
    const subject = 'staff:export-audit';
    const token = await server.tokenFor({ councilId, roles: ['FINANCE_OFFICER'], subject });
    await (await exportCsv('recoveries.csv', `asOf=${AS_OF}&olderThanDays=60`, token)).text();
    await (await exportCsv('direct-payment-surpluses.csv', `asOf=${AS_OF}`, token)).text();
    const audit = await server.db.auditLogEntry.findMany({
      where: { actorSubject: subject },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((row) => [row.kind, row.operation, row.entity, row.outcome])).toEqual([
      [
        'READ',
        `GET /exports/recoveries.csv asOf=${AS_OF} olderThanDays=60`,
        'RecoveriesExport',
        'OK rows=2',
      ],
      [
        'READ',
        `GET /exports/direct-payment-surpluses.csv asOf=${AS_OF} minRecoverablePence=0`,
        'DirectPaymentSurplusesExport',
        'OK rows=3 people=3',
      ],
    ]);
  });
});

// after the audit test above, which counts every refusal so far
describe('recovery and caseload summaries as CSV', () => {
  it('recovery-summary.csv: every total of recoverySummary on the date, money in pence', async () => {
    const token = await financeToken();
    const { header, rows } = await csvOf(
      await exportCsv('recovery-summary.csv', `asOf=${AS_OF}`, token),
    );
    expect(header).toEqual([
      'section',
      'key',
      'recoveries',
      'raised_pence',
      'recovered_pence',
      'outstanding_pence',
    ]);
    const { recoverySummary } = await graphql<{
      recoverySummary: {
        byStatus: {
          status: string;
          recoveries: number;
          raisedPence: number;
          recoveredPence: number;
        }[];
        ageing: { bucket: string; recoveries: number; outstandingPence: number }[];
      };
    }>(
      token,
      `query($asOf: Date) { recoverySummary(asOf: $asOf) {
         byStatus { status recoveries raisedPence recoveredPence }
         ageing { bucket recoveries outstandingPence } } }`,
      { asOf: AS_OF },
    );
    expect(rows).toEqual([
      ...recoverySummary.byStatus.map((row) => [
        'by_status',
        row.status,
        String(row.recoveries),
        String(row.raisedPence),
        String(row.recoveredPence),
        '',
      ]),
      ...recoverySummary.ageing.map((row) => [
        'ageing',
        row.bucket,
        String(row.recoveries),
        '',
        '',
        String(row.outstandingPence),
      ]),
    ]);
    // this council's four recoveries raised by the date (not the one of 5 July): 21,000 asked for
    const raised = rows.filter(([section]) => section === 'by_status').map((row) => row[3]);
    expect(raised.reduce((sum, pence) => sum + Number(pence), 0)).toBe(21_000);
  });

  it('caseload-by-qualification.csv: every row of caseloadByQualification on the date', async () => {
    const token = await managerToken();
    const { header, rows } = await csvOf(
      await exportCsv('caseload-by-qualification.csv', `asOf=${AS_OF}`, token),
    );
    expect(header).toEqual(['qualification', 'workers', 'open_cases', 'fte', 'cases_per_fte']);
    const { caseloadByQualification } = await graphql<{
      caseloadByQualification: {
        qualification: string;
        workers: number;
        openCases: number;
        fte: number;
        casesPerFte: number | null;
      }[];
    }>(
      token,
      `query($asOf: Date) { caseloadByQualification(asOf: $asOf) {
         qualification workers openCases fte casesPerFte } }`,
      { asOf: AS_OF },
    );
    expect(rows).toEqual(
      caseloadByQualification.map((row) => [
        row.qualification,
        String(row.workers),
        String(row.openCases),
        String(row.fte),
        row.casesPerFte === null ? '' : String(row.casesPerFte),
      ]),
    );
    // the assistant holds the three complex cases
    expect(rows.find(([qualification]) => qualification === 'SOCIAL_WORK_ASSISTANT')?.[2]).toBe(
      '3',
    );
  });

  it('outcomes-at-review.csv: every byReason row of outcomesAtReview for the period', async () => {
    // reviews of three reasons with every kind of recorded outcome, in the period; and reviews the
    // report leaves out: after the period, only due, cancelled, another council's
    const reviewed = await addPerson(server.db, councilId, { birthDate: '1960-01-01' });
    const outsider = await addPerson(server.db, otherCouncilId, { birthDate: '1960-01-01' });
    const review = (
      reason: string,
      completedDate: string | null,
      outcomesAchieved: string | null,
      more: { personCouncil?: 'other'; cancelledOn?: string } = {},
    ) =>
      server.db.review.create({
        data: {
          councilId: more.personCouncil === 'other' ? otherCouncilId : councilId,
          personId: more.personCouncil === 'other' ? outsider : reviewed,
          reason,
          dueDate: new Date(`${completedDate ?? '2025-01-01'}T00:00:00Z`),
          ...(completedDate === null
            ? {}
            : {
                completedDate: new Date(`${completedDate}T00:00:00Z`),
                involvement: 'SERVICE_USER_ONLY',
                outcome: 'CONTINUATION_OF_SUPPORT_OR_SERVICES',
                ...(outcomesAchieved === null ? {} : { outcomesAchieved }),
              }),
          ...(more.cancelledOn
            ? {
                cancelledOn: new Date(`${more.cancelledOn}T00:00:00Z`),
                cancellationReason: 'DECEASED',
              }
            : {}),
        },
      });
    await review('PLANNED', '2024-04-01', 'FULLY_MET');
    await review('PLANNED', '2024-11-20', 'FULLY_MET');
    await review('PLANNED', '2025-01-15', 'PARTIALLY_MET');
    await review('PLANNED', AS_OF, 'NOT_MET');
    await review('UNPLANNED_HOSPITAL', '2024-10-01', null);
    await review('UNPLANNED_SAFEGUARDING_CONCERN', '2025-03-03', 'PARTIALLY_MET');
    await review('UNPLANNED_SAFEGUARDING_CONCERN', '2025-04-04', 'NOT_MET');
    await review('PLANNED', '2024-03-31', 'NOT_MET');
    await review('PLANNED', '2025-07-01', 'NOT_MET');
    await review('UNPLANNED_OTHER', null, null);
    await review('UNPLANNED_OTHER', '2025-02-02', 'FULLY_MET', { cancelledOn: '2025-02-02' });
    await review('UNPLANNED_CARER_RELATED', '2025-02-02', 'FULLY_MET', { personCouncil: 'other' });

    const token = await managerToken();
    const { header, rows } = await csvOf(
      await exportCsv('outcomes-at-review.csv', `from=2024-04-01&to=${AS_OF}`, token),
    );
    expect(header).toEqual([
      'reason',
      'reviews',
      'fully_met',
      'partially_met',
      'not_met',
      'not_recorded',
    ]);
    const { outcomesAtReview } = await graphql<{
      outcomesAtReview: {
        byReason: {
          reason: string;
          counts: {
            reviews: number;
            fullyMet: number;
            partiallyMet: number;
            notMet: number;
            notRecorded: number;
          };
        }[];
      };
    }>(
      token,
      `query($from: Date!, $to: Date!) { outcomesAtReview(from: $from, to: $to) {
         byReason { reason counts { reviews fullyMet partiallyMet notMet notRecorded } } } }`,
      { from: '2024-04-01', to: AS_OF },
    );
    // reason, reviews, fully met, partially met, not met, not recorded; in review-reason order
    expect(rows).toEqual([
      ['PLANNED', '4', '2', '1', '1', '0'],
      ['UNPLANNED_HOSPITAL', '1', '0', '0', '0', '1'],
      ['UNPLANNED_SAFEGUARDING_CONCERN', '2', '0', '1', '1', '0'],
    ]);
    expect(rows).toEqual(
      outcomesAtReview.byReason.map(({ reason, counts }) =>
        [
          reason,
          counts.reviews,
          counts.fullyMet,
          counts.partiallyMet,
          counts.notMet,
          counts.notRecorded,
        ].map(String),
      ),
    );
  });

  it('cld-submission-readiness.csv: the counts and failing checks of cldSubmissionReadiness', async () => {
    const token = await managerToken();
    const { header, rows } = await csvOf(
      await exportCsv('cld-submission-readiness.csv', `from=2024-04-01&to=${AS_OF}`, token),
    );
    expect(header).toEqual(['section', 'rule', 'field', 'severity', 'count']);
    const { cldSubmissionReadiness: readiness } = await graphql<{
      cldSubmissionReadiness: {
        events: number;
        eventsWithErrors: number;
        blockedBy: { rule: string; field: string; severity: string; failures: number }[];
        warnedBy: { rule: string; field: string; severity: string; failures: number }[];
      };
    }>(
      token,
      `query($from: Date!, $to: Date!) { cldSubmissionReadiness(from: $from, to: $to) {
         events eventsWithErrors
         blockedBy { rule field severity failures } warnedBy { rule field severity failures } } }`,
      { from: '2024-04-01', to: AS_OF },
    );
    expect(readiness.events).toBeGreaterThan(0);
    const [events, withErrors, ...checks] = rows;
    expect(events).toEqual(['events', '', '', '', String(readiness.events)]);
    expect(withErrors).toEqual([
      'events_with_errors',
      '',
      '',
      '',
      String(readiness.eventsWithErrors),
    ]);
    const failing = [...readiness.blockedBy, ...readiness.warnedBy].map((check) => [
      'failing_check',
      check.rule,
      check.field,
      check.severity,
      String(check.failures),
    ]);
    // the CSV keeps check order across severities; GraphQL splits them by severity
    expect(checks.filter((row) => row[3] === 'ERROR')).toEqual(
      failing.filter((row) => row[3] === 'ERROR'),
    );
    expect(checks.filter((row) => row[3] === 'WARNING')).toEqual(
      failing.filter((row) => row[3] === 'WARNING'),
    );
    expect(checks).toHaveLength(failing.length);
  });

  it('403 for a role the GraphQL fields refuse', async () => {
    const socialWorker = await server.tokenFor({
      councilId,
      roles: ['QUALIFIED_SOCIAL_WORKER'],
      subject: 'staff:export-sw',
    });
    for (const [path, query] of [
      ['recovery-summary.csv', `asOf=${AS_OF}`],
      ['caseload-by-qualification.csv', `asOf=${AS_OF}`],
      ['outcomes-at-review.csv', `from=2025-04-01&to=${AS_OF}`],
      ['cld-submission-readiness.csv', `from=2025-04-01&to=${AS_OF}`],
    ]) {
      const forbidden = await exportCsv(path ?? '', query ?? '', socialWorker);
      expect(forbidden.status, path).toBe(403);
    }
    const bad = await exportCsv('recovery-summary.csv', 'asOf=2025-02-30', await financeToken());
    expect(bad.status).toBe(400);
  });
});

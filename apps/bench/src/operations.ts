import { randomBytes } from 'node:crypto';
import { CASELOAD } from '@openpb/api/testing/caseload-query';
import type { WriteRows } from './write-rows.ts';

/** One GraphQL operation the bench sends, with a fresh body for every request. */
export interface Operation {
  readonly key: string;
  readonly title: string;
  /** Whether the floor server answers it too (the API result is then reported as a ratio). */
  readonly hasFloor: boolean;
  /** A write: only the plain floor answers it (the same INSERTs in one transaction). */
  readonly write?: boolean;
  /** Only counted (SQL statements and rows per request), not timed: the page-size comparison. */
  readonly probeOnly?: boolean;
  /** The caseload page size, for the page-size comparison. */
  readonly pageSize?: number;
  /** The POST /graphql body of the n-th request of a measurement. */
  body(n: number): string;
  /** Whether a 2xx response body is a successful answer (GraphQL errors come back as 200). */
  succeeded(body: string): boolean;
}

const COUNCIL_SUMMARY_QUERY = `query CouncilSummary($asOf: Date!) {
  councilSummary(asOf: $asOf) { asOf yearStart committedPence paidPence spentPence
    spendByCategory { category entries spentPence }
    averageWeeklyBudgetByReason { primarySupportReason count averageWeeklyPence }
    averageWeeklyBudgetByDeploymentMode { deploymentMode count averageWeeklyPence }
    indicativeVariance { primarySupportReason budgets meanVariancePence medianVariancePence } }
}`;

const PERSON_QUERY = `query PersonById($id: ID!) {
  node(id: $id) { id ... on Person { givenName familyName laPersonId birthDate postcode primarySupportReason } }
}`;

const RECORD_DIRECT_PAYMENT_MUTATION = `mutation RecordDirectPayment($input: RecordDirectPaymentInput!) {
  recordDirectPayment(input: $input) {
    __typename
    ... on MutationRecordDirectPaymentSuccess { payment { id status } }
    ... on Error { code message }
  }
}`;

const SUBMIT_SUPPORT_PLAN_MUTATION = `mutation SubmitSupportPlan($input: SubmitSupportPlanInput!) {
  submitSupportPlan(input: $input) {
    __typename
    ... on MutationSubmitSupportPlanSuccess { plan { id status } }
    ... on Error { code message }
  }
}`;

const CREATE_PERSON_MUTATION = `mutation CreatePerson($input: CreatePersonInput!) {
  createPerson(input: $input) {
    __typename
    ... on MutationCreatePersonSuccess { person { id } }
    ... on Error { code message }
  }
}`;

/** A substring test tolerant of the spaces PostgreSQL's json output puts around colons. */
const has = (body: string, key: string, value: string) =>
  new RegExp(`"${key}"\\s*:\\s*${value}`).test(body);
const noErrors = (body: string) => /^\{\s*"data"/.test(body) && !has(body, 'errors', '');

/** A Relay global id as Pothos encodes it: base64 of "Type:id". */
export function globalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64');
}

/** Rows an answer needs: every object in a list (connection edges, deployments, plan lines). */
export function rowsInAnswer(value: unknown): number {
  if (Array.isArray(value)) {
    return value.reduce<number>(
      (sum, item) =>
        sum + (item && typeof item === 'object' && !('node' in item) ? 1 : 0) + rowsInAnswer(item),
      0,
    );
  }
  if (value && typeof value === 'object') {
    return Object.values(value).reduce<number>((sum, item) => sum + rowsInAnswer(item), 0);
  }
  return 0;
}

const caseloadBody = (first: number) =>
  JSON.stringify({ operationName: 'Caseload', query: CASELOAD, variables: { first } });

function caseloadOperation(first: number, probeOnly: boolean): Operation {
  const body = caseloadBody(first);
  return {
    key: probeOnly ? `caseload-${first}` : 'caseload',
    title: `caseload: people(first: ${first}) with the current personal budget and deployments, the lines of the current support plan, and the last 10 ledger entries of up to 2 direct payment agreements`,
    hasFloor: true,
    probeOnly,
    pageSize: first,
    body: () => body,
    succeeded: (text) => noErrors(text) && has(text, 'edges', '\\[\\s*\\{'),
  };
}

/** One write per request, each on a row of its own (write-rows.ts); none left reads as a failure. */
function writeOperations(rows: WriteRows, run: string): Operation[] {
  let paid = 0;
  let submitted = 0;
  return [
    {
      key: 'record-direct-payment',
      title:
        'recordDirectPayment mutation with an idempotency key, a SCHEDULED payment of its own per request',
      hasFloor: true,
      write: true,
      body: () => {
        const id = rows.scheduledPaymentIds[paid++] ?? rows.scheduledPaymentIds[0] ?? '';
        return JSON.stringify({
          operationName: 'RecordDirectPayment',
          query: RECORD_DIRECT_PAYMENT_MUTATION,
          variables: {
            input: {
              paymentId: globalId('DirectPayment', id),
              paidDate: PAID_DATE,
              idempotencyKey: `bench-${run}-${paid}`,
            },
          },
        });
      },
      succeeded: (body) =>
        noErrors(body) && has(body, '__typename', '"MutationRecordDirectPaymentSuccess"'),
    },
    {
      key: 'submit-support-plan',
      title: 'submitSupportPlan mutation, a DRAFT plan version of its own per request',
      hasFloor: true,
      write: true,
      body: () => {
        const id = rows.draftPlanIds[submitted++] ?? rows.draftPlanIds[0] ?? '';
        return JSON.stringify({
          operationName: 'SubmitSupportPlan',
          query: SUBMIT_SUPPORT_PLAN_MUTATION,
          variables: { input: { planId: globalId('SupportPlan', id), expectedRevision: 0 } },
        });
      },
      succeeded: (body) =>
        noErrors(body) && has(body, '__typename', '"MutationSubmitSupportPlanSuccess"'),
    },
  ];
}

/** The day the write contender's payments reached the account. */
export const PAID_DATE = '2026-10-01';

export function benchOperations(options: {
  readonly personIds: readonly string[];
  readonly asOf: string;
  readonly writeRows?: WriteRows;
}): Operation[] {
  const councilSummary = JSON.stringify({
    operationName: 'CouncilSummary',
    query: COUNCIL_SUMMARY_QUERY,
    variables: { asOf: options.asOf },
  });
  const personBodies = options.personIds.map((id) =>
    JSON.stringify({
      operationName: 'PersonById',
      query: PERSON_QUERY,
      variables: { id: globalId('Person', id) },
    }),
  );
  // unique across runs on one database and across measurements of one run
  const run = randomBytes(4).toString('hex');
  let created = 0;
  return [
    caseloadOperation(50, false),
    caseloadOperation(10, true),
    caseloadOperation(100, true),
    {
      key: 'person-by-id',
      title: 'one person by id: node(id:), rotating through the first people',
      hasFloor: true,
      body: (n) => personBodies[n % personBodies.length] ?? '',
      succeeded: (body) => noErrors(body) && has(body, 'givenName', '"'),
    },
    {
      key: 'create-person',
      title: 'createPerson mutation, a fresh laPersonId per request',
      hasFloor: true,
      write: true,
      body: () => {
        created++;
        return JSON.stringify({
          operationName: 'CreatePerson',
          query: CREATE_PERSON_MUTATION,
          variables: {
            input: {
              laPersonId: `BENCH-${run}-${created}`,
              givenName: 'Bench',
              // sorts after every synthetic family name, so the caseload page stays the same
              familyName: 'Zzbench',
              birthDate: '1970-01-01',
              gender: 'FEMALE',
              ethnicity: 'WHITE_BRITISH',
              postcode: 'SW1A 1AA',
              clientType: 'SERVICE_USER',
              primarySupportReason: 'PHYSICAL_PERSONAL_CARE',
              accommodationStatus: 'OWNER_OCCUPIER',
              mentalCapacityForDp: 'CAPACITY_PRESENT',
            },
          },
        });
      },
      succeeded: (body) =>
        noErrors(body) && has(body, '__typename', '"MutationCreatePersonSuccess"'),
    },
    ...(options.writeRows ? writeOperations(options.writeRows, run) : []),
    {
      key: 'council-summary',
      title: `council summary aggregate: councilSummary(asOf: ${options.asOf})`,
      hasFloor: false,
      body: () => councilSummary,
      succeeded: (body) => noErrors(body) && has(body, 'committedPence', '-?\\d'),
    },
  ];
}

import type { OpenPbClient } from '@openpb/sdk';
import { PageHeading } from '../components/page-heading.tsx';
import { DataTable, RequestView } from '../components/request-view.tsx';
import { BrokerWorkspace } from '../delegations/broker-workspace.tsx';
import { formatDate, todayInLondon } from '../format/dates.ts';
import { formatPence } from '../format/money.ts';
import { useRequest } from '../hooks/use-request.ts';
import { hrefFor } from '../routing/use-hash-route.ts';
import { SpendReview } from './spend-review.tsx';

interface WorkspaceProps {
  readonly client: OpenPbClient;
  readonly refreshKey: number;
}

function PersonLink({
  person,
}: {
  readonly person: { id: string; givenName: string; familyName: string };
}) {
  return (
    <a className="govuk-link" href={hrefFor({ name: 'journey', id: person.id })}>
      {person.givenName} {person.familyName}
    </a>
  );
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Social worker and care coordinator: what is due, and the caseload. */
function CaseworkWorkspace({ client, refreshKey }: WorkspaceProps) {
  const today = todayInLondon();
  const due = useRequest(
    async (signal) =>
      await client.reviewsDue.list(
        { filter: { dueBefore: addDays(today, 60) } },
        { pageSize: 25, signal },
      ),
    [client],
    { reloadOn: [refreshKey] },
  );
  const caseload = useRequest(
    async (signal) => await client.myCaseload.list({ pageSize: 25, signal }),
    [client],
    { reloadOn: [refreshKey] },
  );
  return (
    <>
      <h2 className="govuk-heading-m">What is due</h2>
      <RequestView state={due} what="reviews due">
        {(page) => (
          <DataTable
            caption="Reviews due in the next 60 days, earliest first"
            head={['Person', 'Due', 'Kind', 'Status']}
            rows={page.items.map((review) => [
              review.person ? <PersonLink person={review.person} /> : 'Unknown',
              formatDate(review.dueDate),
              review.isDirectPaymentReview ? 'Direct payment review' : 'Plan review',
              review.dueDate < today ? (
                <strong className="govuk-tag govuk-tag--red">Overdue</strong>
              ) : (
                <strong className="govuk-tag govuk-tag--blue">Due</strong>
              ),
            ])}
            empty="No reviews are due in the next 60 days."
          />
        )}
      </RequestView>
      <h2 className="govuk-heading-m">My caseload</h2>
      <RequestView state={caseload} what="your caseload">
        {(page) => (
          <DataTable
            caption="The cases allocated to you today, longest-held first"
            head={['Person', 'Role', 'Complexity', 'Held since']}
            rows={page.items.map((allocation) => [
              allocation.person ? <PersonLink person={allocation.person} /> : 'Unknown',
              allocation.role,
              allocation.complexity,
              formatDate(allocation.fromDate),
            ])}
            empty="No case is allocated to you today."
          />
        )}
      </RequestView>
      <p className="govuk-body">
        <a className="govuk-link" href={hrefFor({ name: 'people' })}>
          Find a person
        </a>
      </p>
    </>
  );
}

/** Team manager: allocation by qualification and cases without a qualified social worker. */
function ManagerWorkspace({ client, refreshKey }: WorkspaceProps) {
  const caseload = useRequest(
    (signal) => client.reports.caseloadByQualification({}, { signal }),
    [client],
    { reloadOn: [refreshKey] },
  );
  const unqualified = useRequest(
    async (signal) =>
      await client.reports.complexCasesWithoutQualifiedWorker({}, { pageSize: 25, signal }),
    [client],
    { reloadOn: [refreshKey] },
  );
  const awaiting = useRequest(
    async (signal) => await client.supportPlansAwaitingApproval.list({ pageSize: 25, signal }),
    [client],
    { reloadOn: [refreshKey] },
  );
  return (
    <>
      <h2 className="govuk-heading-m">Allocation</h2>
      <RequestView state={caseload} what="caseload by qualification">
        {(data) => (
          <DataTable
            caption="Caseload by qualification"
            head={['Qualification', 'Workers', 'FTE', 'Open cases', 'Cases per FTE']}
            numeric={[1, 2, 3, 4]}
            rows={data.map((row) => [
              qualificationLabel(row.qualification),
              row.workers,
              row.fte,
              row.openCases,
              row.casesPerFte ?? '–',
            ])}
          />
        )}
      </RequestView>
      <RequestView state={unqualified} what="complex cases without a qualified social worker">
        {(page) => (
          <DataTable
            caption="Complex or safeguarding cases without a qualified social worker"
            head={['Person', 'Worker', 'Why it needs one', 'Held since']}
            rows={page.items.map((item) => [
              item.person ? <PersonLink person={item.person} /> : 'Unknown',
              item.staffMember
                ? `${item.staffMember.name} (${qualificationLabel(item.staffMember.qualification)})`
                : 'Unallocated',
              [
                item.highComplexity ? 'High complexity' : null,
                item.openSafeguardingConcern ? 'Open safeguarding concern' : null,
              ]
                .filter(Boolean)
                .join(', '),
              item.allocation ? formatDate(item.allocation.fromDate) : '–',
            ])}
            empty="Every complex or safeguarding case is held by a qualified social worker."
          />
        )}
      </RequestView>
      <h2 className="govuk-heading-m">Plans awaiting approval</h2>
      <RequestView state={awaiting} what="plans awaiting approval">
        {(page) => (
          <DataTable
            caption="Submitted support plans you did not prepare, oldest submission first"
            head={['Plan version', 'Starts', 'Annual cost']}
            numeric={[2]}
            rows={page.items.map((plan) => [
              `Version ${plan.version}`,
              formatDate(plan.startDate),
              formatPence(plan.costs.annualCostPence),
            ])}
            empty="No support plan is waiting for your approval."
          />
        )}
      </RequestView>
    </>
  );
}

/** Finance officer: direct-payment money. */
function FinanceWorkspace({ client, refreshKey }: WorkspaceProps) {
  const surpluses = useRequest(
    async (signal) => await client.reports.directPaymentSurpluses({}, { pageSize: 25, signal }),
    [client],
    { reloadOn: [refreshKey] },
  );
  const recoveries = useRequest(
    (signal) => client.reports.recoverySummary({}, { signal }),
    [client],
    { reloadOn: [refreshKey] },
  );
  const dpReviews = useRequest(
    async (signal) =>
      await client.reviewsDue.list(
        { filter: { directPaymentOnly: true } },
        { pageSize: 10, signal },
      ),
    [client],
    { reloadOn: [refreshKey] },
  );
  const paymentsDue = useRequest(
    async (signal) => await client.directPaymentsDue.list({}, { pageSize: 25, signal }),
    [client],
    { reloadOn: [refreshKey] },
  );
  return (
    <>
      <SpendReview client={client} refreshKey={refreshKey} />
      <h2 className="govuk-heading-m">Payments due</h2>
      <RequestView state={paymentsDue} what="payments due">
        {(page) => (
          <DataTable
            caption="Scheduled direct payments due in the next 14 days, overdue first"
            head={['Due', 'Period', 'Net amount', 'Agreement']}
            numeric={[2]}
            rows={page.items.map((payment) => [
              formatDate(payment.dueDate),
              `${formatDate(payment.periodStart)} to ${formatDate(payment.periodEnd)}`,
              formatPence(payment.netAmountPence),
              payment.agreement?.status ?? '–',
            ])}
            empty="No direct payment is due in the next 14 days."
          />
        )}
      </RequestView>
      <h2 className="govuk-heading-m">Direct-payment surpluses above contingency</h2>
      <RequestView state={surpluses} what="direct-payment surpluses">
        {(page) => (
          <DataTable
            caption="Surpluses above the contingency allowance, largest first"
            head={['Person', 'Balance', 'Contingency', 'Recoverable']}
            numeric={[1, 2, 3]}
            rows={page.items.map((item) => [
              item.person ? <PersonLink person={item.person} /> : 'Unknown',
              formatPence(item.closingBalancePence),
              formatPence(item.contingencyAllowancePence),
              formatPence(item.recoverablePence),
            ])}
          />
        )}
      </RequestView>
      <h2 className="govuk-heading-m">Recoveries by age</h2>
      <RequestView state={recoveries} what="recoveries">
        {(data) => (
          <DataTable
            caption="Open recoveries by age"
            head={['Age', 'Recoveries', 'Outstanding']}
            numeric={[1, 2]}
            rows={data.ageing.map((row) => [
              row.bucket,
              row.recoveries,
              formatPence(row.outstandingPence),
            ])}
          />
        )}
      </RequestView>
      <h2 className="govuk-heading-m">Direct payment reviews due</h2>
      <RequestView state={dpReviews} what="direct payment reviews">
        {(page) => (
          <DataTable
            caption="Direct payment reviews due, earliest first"
            head={['Person', 'Due']}
            rows={page.items.map((review) => [
              review.person ? <PersonLink person={review.person} /> : 'Unknown',
              formatDate(review.dueDate),
            ])}
          />
        )}
      </RequestView>
    </>
  );
}

/** Auditor: the audit log, read-only. */
function AuditWorkspace({ client, refreshKey }: WorkspaceProps) {
  const log = useRequest(
    async (signal) => await client.reports.auditLog({}, { pageSize: 25, signal }),
    [client],
    { reloadOn: [refreshKey] },
  );
  return (
    <>
      <h2 className="govuk-heading-m">Audit log</h2>
      <p className="govuk-body">Read-only: nobody can change or remove an entry.</p>
      <RequestView state={log} what="the audit log">
        {(page) => (
          <DataTable
            caption="Newest entries first"
            head={['When', 'Who', 'What', 'Record', 'Outcome']}
            rows={page.items.map((entry) => [
              new Date(entry.at).toLocaleString('en-GB', { timeZone: 'Europe/London' }),
              entry.actorSubject,
              `${entry.kind} ${entry.operation}`,
              entry.entity,
              entry.outcome,
            ])}
          />
        )}
      </RequestView>
    </>
  );
}

export function qualificationLabel(code: string): string {
  const text = code.replace(/_/g, ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const ROLE_TITLE: Record<string, string> = {
  QUALIFIED_SOCIAL_WORKER: 'Your caseload',
  CARE_COORDINATOR: 'Your caseload',
  TEAM_MANAGER: 'Your team',
  FINANCE_OFFICER: 'Direct payments finance',
  AUDITOR: 'Audit',
  COUNCIL_ADMIN: 'Council administration',
};

export function WorkspaceScreen({
  client,
  refreshKey,
  onError,
}: WorkspaceProps & { readonly onError: (error: unknown) => void }) {
  const viewer = useRequest(
    async (signal) => {
      try {
        return await client.viewer({ signal });
      } catch (error) {
        onError(error);
        throw error;
      }
    },
    [client],
    { reloadOn: [refreshKey] },
  );
  if (viewer.status !== 'done') {
    return (
      <>
        <PageHeading title="Your workspace">Your workspace</PageHeading>
        <RequestView state={viewer} what="who you are">
          {() => null}
        </RequestView>
      </>
    );
  }
  const me = viewer.data;
  const roles = me.roles as readonly string[];
  const title = me.organisation
    ? 'People who delegate to you'
    : (ROLE_TITLE[roles.find((role) => role in ROLE_TITLE) ?? ''] ?? 'Your workspace');
  const props = { client, refreshKey };
  return (
    <>
      <PageHeading title={title} caption={me.organisation?.name ?? me.council.name}>
        {title}
      </PageHeading>
      {me.organisation && <BrokerWorkspace {...props} viewer={me} />}
      {(roles.includes('QUALIFIED_SOCIAL_WORKER') || roles.includes('CARE_COORDINATOR')) && (
        <CaseworkWorkspace {...props} />
      )}
      {roles.includes('TEAM_MANAGER') && <ManagerWorkspace {...props} />}
      {roles.includes('FINANCE_OFFICER') && <FinanceWorkspace {...props} />}
      {(roles.includes('AUDITOR') || roles.includes('COUNCIL_ADMIN')) && (
        <AuditWorkspace {...props} />
      )}
    </>
  );
}

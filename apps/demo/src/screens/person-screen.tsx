import type { OpenPbClient, Person } from '@openpb/sdk';
import { BudgetCard } from '../components/budget-card.tsx';
import { DirectPaymentSection } from '../components/direct-payment-section.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Loading } from '../components/loading.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { SupportPlanSection } from '../components/support-plan-section.tsx';
import { ageOn, formatDate, todayInLondon } from '../format/dates.ts';
import { formatNhsNumber } from '../format/nhs-number.ts';
import { useRequest } from '../hooks/use-request.ts';
import {
  accommodationStatusLabel,
  clientTypeLabel,
  ethnicityLabel,
  genderLabel,
  mentalCapacityLabel,
  primarySupportReasonLabel,
} from '../labels/code-labels.ts';
import { hrefFor } from '../routing/use-hash-route.ts';
import { describeError } from '../session/describe-error.ts';

interface PersonScreenProps {
  readonly client: OpenPbClient;
  readonly id: string;
  readonly onError: (error: unknown) => void;
}

function BackLink() {
  return (
    <a className="back-link" href="#/people">
      Back to people
    </a>
  );
}

function PersonDetails({ person }: { readonly person: Person }) {
  const age = ageOn(person.birthDate, person.deathDate ?? todayInLondon());
  const rows: [string, string][] = [
    ['LA person ID', person.laPersonId],
    ['NHS number', person.nhsNumber ? formatNhsNumber(person.nhsNumber) : 'Not recorded'],
    [
      'Date of birth',
      `${formatDate(person.birthDate)}${age === null ? '' : ` (${person.deathDate ? 'aged' : 'age'} ${age})`}`,
    ],
    ...(person.deathDate
      ? ([['Date of death', formatDate(person.deathDate)]] as [string, string][])
      : []),
    ['Gender', genderLabel(person.gender)],
    ['Ethnicity', ethnicityLabel(person.ethnicity)],
    ['Postcode', person.postcode],
    ['Client type', clientTypeLabel(person.clientType)],
    ['Primary support reason', primarySupportReasonLabel(person.primarySupportReason)],
    ['Accommodation', accommodationStatusLabel(person.accommodationStatus)],
    ['Capacity for a direct payment', mentalCapacityLabel(person.mentalCapacityForDp)],
  ];
  return (
    <dl className="summary-list">
      {rows.map(([key, value]) => (
        <div className="summary-list__row" key={key}>
          <dt className="summary-list__key">{key}</dt>
          <dd className="summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function PersonScreen({ client, id, onError }: PersonScreenProps) {
  const person = useRequest(
    async (signal) => {
      try {
        return await client.people.getCase(id, { signal });
      } catch (error) {
        onError(error);
        throw error;
      }
    },
    [client, id],
  );

  if (person.status === 'loading') {
    return (
      <>
        <BackLink />
        <Loading what="this person" />
      </>
    );
  }
  if (person.status === 'failed') {
    return (
      <>
        <BackLink />
        <PageHeading title="Person">Person</PageHeading>
        <ErrorSummary message={describeError(person.error)} />
      </>
    );
  }
  if (person.data === null) {
    return (
      <>
        <BackLink />
        <PageHeading title="Person not found">Person not found</PageHeading>
        <p>
          There is no person with this link in your council. They may have been removed, or the link
          is wrong.
        </p>
      </>
    );
  }

  const found = person.data;
  const budgets = found.personalBudgets;
  return (
    <>
      <BackLink />
      <PageHeading
        title={`${found.givenName} ${found.familyName}`}
        caption={`Person · ${found.laPersonId}`}
      >
        {found.givenName} {found.familyName}
      </PageHeading>
      <p className="lead">
        <a className="link" href={hrefFor({ name: 'journey', id: found.id })}>
          Their journey: timeline and next steps
        </a>
      </p>
      <div className="grid">
        <section className="grid__main" aria-labelledby="budgets-heading">
          <h2 className="heading-l" id="budgets-heading">
            Personal budgets
          </h2>
          {budgets.length === 0 ? (
            <p className="empty">No personal budget has been recorded for this person.</p>
          ) : (
            <>
              <p className="hint">
                {budgets.length === 1
                  ? 'One version.'
                  : `${budgets.length} versions, newest first.`}{' '}
                Amounts are for a year unless marked weekly.
              </p>
              {budgets.map((budget) => (
                <BudgetCard key={budget.id} budget={budget} />
              ))}
            </>
          )}
          <SupportPlanSection plan={found.currentSupportPlan} />
          <DirectPaymentSection agreements={found.directPaymentAgreements} />
        </section>
        <aside className="grid__side" aria-labelledby="details-heading">
          <h2 className="heading-m" id="details-heading">
            Details
          </h2>
          <PersonDetails person={found} />
        </aside>
      </div>
    </>
  );
}

import type { OpenPbClient } from '@openpb/sdk';
import type { ReactNode } from 'react';
import { BudgetCard } from '../components/budget-card.tsx';
import { DirectPaymentSection } from '../components/direct-payment-section.tsx';
import { Loading } from '../components/loading.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { SupportPlanSection } from '../components/support-plan-section.tsx';
import { todayInLondon } from '../format/dates.ts';
import { describeValidity } from '../format/validity.ts';
import { useRequest } from '../hooks/use-request.ts';
import { delegationScopeLabel } from '../labels/code-labels.ts';
import { hrefFor } from '../routing/use-hash-route.ts';
import { describeError } from '../session/describe-error.ts';
import { ScopeList } from './broker-workspace.tsx';
import { partialCaseOf } from './partial-case.ts';
import { missingScopeFor } from './scope-refusal.ts';

interface DelegatedPersonProps {
  readonly client: OpenPbClient;
  readonly id: string;
  readonly refreshKey: number;
  readonly onError: (error: unknown) => void;
}

/** A read the API refused for a missing scope: which one, in its words and as the API names it. */
function Refusal({
  scope,
  what,
  error,
}: {
  readonly scope: string | null;
  readonly what: string;
  readonly error: unknown;
}) {
  return (
    <div className="govuk-inset-text refusal" data-testid={`refused-${scope ?? 'unknown'}`}>
      {scope ? (
        <>
          The API refused {what}: it needs the scope “
          {delegationScopeLabel(scope as Parameters<typeof delegationScopeLabel>[0])}” (
          <code>{scope}</code>), which this person’s delegation does not give you.
        </>
      ) : (
        `${what[0]?.toUpperCase()}${what.slice(1)} could not be read: ${describeError(error)}`
      )}
    </div>
  );
}

function Section({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <section className="section">
      <h2 className="heading-l">{title}</h2>
      {children}
    </section>
  );
}

/**
 * A third-party app's view of one person who delegated to it: the delegation (what it allows,
 * from when, until when) and each part of their case the scopes let it read — the personal
 * budget (READ_BUDGET), the support plan (READ_PLAN), the direct payment account
 * (READ_DP_LEDGER). A part outside the scopes is asked for all the same, and the API's refusal
 * is shown with the scope it names.
 */
export function DelegatedPersonScreen({ client, id, refreshKey, onError }: DelegatedPersonProps) {
  const today = todayInLondon();
  const who = useRequest(
    async (signal) => {
      try {
        const [viewer, people] = await Promise.all([
          client.viewer({ signal }),
          client.delegatedPeople.list({ pageSize: 100, signal }),
        ]);
        return {
          viewer,
          delegation: viewer.delegations.find((item) => item.personId === id) ?? null,
          person: people.items.find((item) => item.id === id) ?? null,
        };
      } catch (error) {
        onError(error);
        throw error;
      }
    },
    [client, id],
    { reloadOn: [refreshKey] },
  );
  const budgets = useRequest(
    async (signal) => await client.people.get(id, { signal }),
    [client, id],
    { reloadOn: [refreshKey] },
  );
  const personCase = useRequest(
    async (signal) => await client.people.getCase(id, { signal }),
    [client, id],
    { reloadOn: [refreshKey] },
  );
  const back = (
    <a className="back-link" href={hrefFor({ name: 'workspace' })}>
      Back to the people who delegate to you
    </a>
  );
  if (who.status === 'loading') return <Loading what="this person" />;
  if (who.status === 'failed') {
    return (
      <>
        {back}
        <PageHeading title="Person">Person</PageHeading>
        <div className="govuk-inset-text">{describeError(who.error)}</div>
      </>
    );
  }
  const { delegation, person, viewer } = who.data;
  if (!delegation || !person) {
    return (
      <>
        {back}
        <PageHeading title="No delegation">No delegation in force</PageHeading>
        <p className="govuk-body">
          This person has no delegation to {viewer.organisation?.name} in force today, so you may
          not act for them or see their records.
        </p>
      </>
    );
  }
  const name = `${person.givenName} ${person.familyName}`;
  const validity = describeValidity(delegation.validFrom, delegation.validTo, today);
  const partial = personCase.status === 'failed' ? partialCaseOf(personCase.error) : null;
  // undefined: refused (or not read); null: none approved
  const plan =
    personCase.status === 'done'
      ? (personCase.data?.currentSupportPlan ?? null)
      : partial?.currentSupportPlan;
  const agreements =
    personCase.status === 'done'
      ? (personCase.data?.directPaymentAgreements ?? [])
      : partial?.directPaymentAgreements;
  const caseError = personCase.status === 'failed' ? personCase.error : null;
  return (
    <>
      {back}
      <PageHeading title={name} caption={`Delegated to ${viewer.organisation?.name ?? 'you'}`}>
        {name}
      </PageHeading>
      <dl className="summary-list" data-testid="delegation">
        <div className="summary-list__row">
          <dt className="summary-list__key">What you may do</dt>
          <dd className="summary-list__value">
            <ScopeList scopes={delegation.scopes} />
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">From</dt>
          <dd className="summary-list__value">{validity.from}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Until</dt>
          <dd className="summary-list__value">{validity.until}</dd>
        </div>
      </dl>
      <Section title="Personal budgets">
        {budgets.status === 'loading' && <Loading what="personal budgets" />}
        {budgets.status === 'failed' && (
          <Refusal
            scope={missingScopeFor(budgets.error, 'personalBudgets')}
            what="the personal budgets"
            error={budgets.error}
          />
        )}
        {budgets.status === 'done' &&
          (budgets.data && budgets.data.personalBudgets.length > 0 ? (
            budgets.data.personalBudgets.map((budget) => (
              <BudgetCard key={budget.id} budget={budget} />
            ))
          ) : (
            <p className="empty">No personal budget has been recorded for this person.</p>
          ))}
      </Section>
      {personCase.status === 'loading' && <Loading what="the support plan and direct payments" />}
      {personCase.status !== 'loading' &&
        (plan !== undefined ? (
          <SupportPlanSection plan={plan} />
        ) : (
          <Section title="Support plan">
            <Refusal
              scope={missingScopeFor(caseError, 'supportPlans')}
              what="the support plan"
              error={caseError}
            />
          </Section>
        ))}
      {personCase.status !== 'loading' &&
        (agreements !== undefined ? (
          <DirectPaymentSection agreements={agreements} />
        ) : (
          <Section title="Direct payments">
            <Refusal
              scope={missingScopeFor(caseError, 'directPaymentAgreements')}
              what="the direct payment account"
              error={caseError}
            />
          </Section>
        ))}
    </>
  );
}

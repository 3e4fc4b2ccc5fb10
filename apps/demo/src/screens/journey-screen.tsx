import { maxDate } from '@openpb/domain/dates';
import type { OpenPbClient, PersonJourney, Schema } from '@openpb/sdk';
import { useEffect, useState } from 'react';
import { PageHeading } from '../components/page-heading.tsx';
import { RequestView } from '../components/request-view.tsx';
import { formatDate, todayInLondon } from '../format/dates.ts';
import { formatPence } from '../format/money.ts';
import { useRequest } from '../hooks/use-request.ts';
import { ActionForm, type FieldSpec } from '../journey/action-form.tsx';
import { hrefFor } from '../routing/use-hash-route.ts';
import { qualificationLabel as label } from './workspace-screen.tsx';

const options = (values: readonly string[]) =>
  values.map((value) => [value, label(value)] as const);
const poundsToPence = (text: string) => Math.round(Number(text.replace(/[£,\s]/g, '')) * 100);

const KIND_TAG: Record<string, string> = {
  REQUEST: 'govuk-tag--grey',
  ASSESSMENT: 'govuk-tag--blue',
  INDICATIVE_BUDGET: 'govuk-tag--purple',
  SUPPORT_PLAN: 'govuk-tag--turquoise',
  PERSONAL_BUDGET: 'govuk-tag--green',
  DIRECT_PAYMENT_AGREEMENT: 'govuk-tag--orange',
  REVIEW: 'govuk-tag--yellow',
  SAFEGUARDING_CONCERN: 'govuk-tag--red',
};

function Timeline({ person }: { readonly person: PersonJourney }) {
  const today = todayInLondon();
  const entries = person.timeline.edges.map((edge) => edge.node);
  if (entries.length === 0)
    return <p className="govuk-body">Nothing is recorded for this person yet.</p>;
  return (
    <ol className="timeline" aria-label="Case history, newest first" data-testid="timeline">
      {entries.map((entry, index) => (
        <li className="timeline__item" key={index} data-kind={entry.kind}>
          <strong className={`govuk-tag ${KIND_TAG[entry.kind] ?? ''}`}>{label(entry.kind)}</strong>{' '}
          <span className="govuk-body-s">
            {formatDate(entry.date)}
            {entry.date > today ? ' (future)' : ''}
          </span>
          <p className="govuk-body govuk-!-margin-bottom-0">{entry.summary}</p>
        </li>
      ))}
    </ol>
  );
}

function Step({ title, children }: { readonly title: string; readonly children: React.ReactNode }) {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{title}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}

type JourneyPlan = NonNullable<PersonJourney['supportPlans']>['edges'][number]['node'];

/** Revise a draft: its two outcomes and up to two weekly costed lines. */
function EditDraft({
  client,
  plan,
  onDone,
  onStart,
}: {
  readonly client: OpenPbClient;
  readonly plan: JourneyPlan;
  readonly onDone: (message: string) => void;
  readonly onStart: (values: Record<string, string>) => void;
}) {
  const [first, second] = plan.lines;
  const initial: Record<string, string> = {
    outcome1: plan.outcomes[0]?.description ?? '',
    outcome2: plan.outcomes[1]?.description ?? '',
    line1Description: first?.description ?? '',
    line1Cost: first ? (first.unitCostPence / 100).toFixed(2) : '',
    line2Description: second?.description ?? '',
    line2Cost: second ? (second.unitCostPence / 100).toFixed(2) : '',
  };
  // the live total starts from the draft as saved
  useEffect(() => onStart(initial), [plan.id, plan.revision]);
  const template = first ?? {
    serviceType: 'LT_COMMUNITY',
    serviceComponent: 'HOME_SUPPORT_OR_DOMICILIARY_CARE',
    deliveryMechanism: 'DIRECT_PAYMENT',
    startDate: plan.startDate,
  };
  return (
    <ActionForm
      key={`${plan.id}-${plan.revision}`}
      id="revise"
      title="Edit the draft plan"
      submitLabel="Save the changes"
      onDone={onDone}
      fields={[
        {
          name: 'outcome1',
          label: 'Outcome the person wants',
          kind: 'text',
          initial: initial.outcome1,
        },
        { name: 'outcome2', label: 'Another outcome', kind: 'text', initial: initial.outcome2 },
        {
          name: 'line1Description',
          label: 'First costed line',
          kind: 'text',
          initial: initial.line1Description,
        },
        {
          name: 'line1Cost',
          label: 'First line: weekly cost in pounds',
          kind: 'number',
          initial: initial.line1Cost,
        },
        {
          name: 'line2Description',
          label: 'Second costed line',
          kind: 'text',
          initial: initial.line2Description,
          optional: true,
        },
        {
          name: 'line2Cost',
          label: 'Second line: weekly cost in pounds',
          kind: 'number',
          initial: initial.line2Cost,
          optional: true,
        },
      ]}
      run={(values) => {
        const line = (description: string, cost: string) => ({
          description,
          serviceType: template.serviceType as Schema.ServiceType,
          serviceComponent: template.serviceComponent as Schema.ServiceComponent,
          deliveryMechanism: template.deliveryMechanism as Schema.DeliveryMechanism,
          costFrequency: 'WEEKLY' as const,
          unitCostPence: poundsToPence(cost),
          startDate: template.startDate,
        });
        return client.supportPlans.revise({
          planId: plan.id,
          expectedRevision: plan.revision,
          content: {
            startDate: plan.startDate,
            outcomes: [values.outcome1, values.outcome2]
              .filter((text): text is string => Boolean(text))
              .map((description) => ({ description })),
            lines: [
              line(values.line1Description ?? '', values.line1Cost ?? ''),
              ...(values.line2Description
                ? [line(values.line2Description, values.line2Cost ?? '')]
                : []),
            ],
          },
        });
      }}
    />
  );
}

function Forms({
  client,
  person,
  onDone,
}: {
  readonly client: OpenPbClient;
  readonly person: PersonJourney;
  readonly onDone: (message: string) => void;
}) {
  const today = todayInLondon();
  const personId = person.id;
  const assessments = person.assessments.edges
    .map((edge) => edge.node)
    .filter((assessment) => assessment.type === 'LONG_TERM' && assessment.completedDate);
  const plans = (person.supportPlans?.edges ?? []).map((edge) => edge.node);
  const drafts = plans.filter((plan) => plan.status === 'DRAFT');
  const submitted = plans.filter((plan) => plan.status === 'SUBMITTED');
  const approved = plans.find((plan) => plan.status === 'APPROVED');
  const payments = (person.directPaymentAgreements?.edges ?? []).flatMap((edge) =>
    edge.node.payments.edges
      .map((payment) => payment.node)
      .filter((payment) => payment.status === 'SCHEDULED'),
  );
  const indicative = assessments
    .flatMap((assessment) => assessment.indicativeBudgets.edges.map((edge) => edge.node))
    .sort((a, b) => b.calculatedAt.localeCompare(a.calculatedAt))[0];
  const budgets = person.personalBudgets?.edges.map((edge) => edge.node) ?? [];
  const agreedPlanIds = new Set(
    budgets.filter((budget) => budget.status === 'SIGNED_OFF').map((budget) => budget.plan?.id),
  );
  const toAgree = plans.filter((plan) => plan.status === 'APPROVED' && !agreedPlanIds.has(plan.id));
  const agreements = person.directPaymentAgreements?.edges.map((edge) => edge.node) ?? [];
  const usedDeployments = new Set(agreements.map((agreement) => agreement.deployment.id));
  const dpDeployments = budgets
    .filter((budget) => budget.status === 'SIGNED_OFF')
    .flatMap((budget) =>
      budget.deployments
        .filter((d) => d.mode === 'DIRECT_PAYMENT' && !usedDeployments.has(d.id))
        .map((d) => ({ ...d, effectiveFrom: budget.effectiveFrom })),
    );
  const activeAgreements = agreements.filter((agreement) => agreement.status === 'ACTIVE');
  const [revision, setRevision] = useState<Record<string, string>>({});
  const revisedWeekly = ['line1Cost', 'line2Cost']
    .map((name) => poundsToPence(revision[name] ?? ''))
    .filter((pence) => Number.isFinite(pence))
    .reduce((sum, pence) => sum + pence, 0);
  const planOptions = (list: typeof plans) =>
    list.map(
      (plan) => [plan.id, `Version ${plan.version}, from ${formatDate(plan.startDate)}`] as const,
    );
  const [unitCost, setUnitCost] = useState('');
  const weekly = poundsToPence(unitCost);

  const requestFields: FieldSpec[] = [
    { name: 'receivedDate', label: 'Date received', kind: 'date', initial: today },
    {
      name: 'routeOfAccess',
      label: 'Route of access',
      kind: 'select',
      options: options([
        'COMMUNITY_OTHER',
        'DISCHARGE_FROM_HOSPITAL',
        'DIVERSION_FROM_HOSPITAL',
        'PLANNED_ENTRY_TRANSITION',
        'PRISON',
      ]),
      initial: 'COMMUNITY_OTHER',
    },
    {
      name: 'source',
      label: 'Who made the request',
      kind: 'select',
      options: options(['SELF', 'FAMILY_OR_CARER', 'PROFESSIONAL', 'OTHER_THIRD_PARTY']),
      initial: 'SELF',
    },
  ];
  const assessmentFields: FieldSpec[] = [
    { name: 'startDate', label: 'Start date', kind: 'date', initial: today },
    { name: 'completedDate', label: 'Completed date', kind: 'date', initial: today },
    {
      name: 'format',
      label: 'How it was carried out',
      kind: 'select',
      options: options(['FACE_TO_FACE', 'PHONE', 'ONLINE', 'JOINT', 'COMBINED']),
      initial: 'FACE_TO_FACE',
      hint: 'Online includes a supported self-assessment.',
    },
    {
      name: 'complexity',
      label: 'Complexity',
      kind: 'select',
      options: options(['LOW', 'MEDIUM', 'HIGH']),
      initial: 'MEDIUM',
    },
    {
      name: 'involvement',
      label: 'Who took part',
      kind: 'select',
      options: options(['SERVICE_USER_ONLY', 'SERVICE_USER_AND_CARER', 'CARER_ONLY']),
      initial: 'SERVICE_USER_ONLY',
    },
    {
      name: 'unableToAchieve',
      label: 'An outcome the person cannot achieve',
      kind: 'select',
      options: options([
        'PERSONAL_HYGIENE',
        'NUTRITION',
        'TOILET_NEEDS',
        'APPROPRIATELY_CLOTHED',
        'HABITABLE_HOME',
        'RELATIONSHIPS',
        'COMMUNITY_FACILITIES_TRANSPORT',
        'CARING_FOR_CHILD',
      ]),
      initial: 'PERSONAL_HYGIENE',
    },
  ];
  const planFields: FieldSpec[] = [
    { name: 'startDate', label: 'Plan start date', kind: 'date', initial: today },
    {
      name: 'outcome',
      label: 'Outcome the person wants',
      kind: 'text',
      initial: 'Wash and dress each morning',
    },
    {
      name: 'outcome2',
      label: 'Another outcome the person wants',
      kind: 'text',
      initial: 'Eat a hot meal every day',
    },
    {
      name: 'description',
      label: 'Support (costed line)',
      kind: 'text',
      initial: 'Morning personal care',
    },
    {
      name: 'serviceComponent',
      label: 'Service component',
      kind: 'select',
      options: options([
        'HOME_SUPPORT_OR_DOMICILIARY_CARE',
        'DAY_SUPPORT',
        'MEALS',
        'TRANSPORT',
        'EQUIPMENT',
      ]),
      initial: 'HOME_SUPPORT_OR_DOMICILIARY_CARE',
    },
    {
      name: 'deliveryMechanism',
      label: 'How it is delivered',
      kind: 'select',
      options: options([
        'DIRECT_PAYMENT',
        'CASSR_MANAGED_PERSONAL_BUDGET',
        'CASSR_COMMISSIONED_SUPPORT',
      ]),
      initial: 'DIRECT_PAYMENT',
    },
    {
      name: 'unitCostPence',
      label: 'Weekly cost in pounds',
      kind: 'number',
      hint: 'For example, 250.00',
    },
  ];

  return (
    <div className="journey-forms">
      <Step title="Record a request">
        <ActionForm
          id="request"
          title="Record a request"
          fields={requestFields}
          submitLabel="Record the request"
          onDone={onDone}
          run={(values) =>
            client.requests.record({
              personId,
              receivedDate: values.receivedDate ?? '',
              routeOfAccess: values.routeOfAccess as Schema.RouteOfAccess,
              source: values.source as Schema.RequestSource,
            })
          }
        />
      </Step>
      <Step title="Complete an assessment">
        <ActionForm
          id="assessment"
          title="Complete an assessment"
          fields={assessmentFields}
          submitLabel="Complete the assessment"
          onDone={onDone}
          run={(values) =>
            client.assessments.complete({
              personId,
              type: 'LONG_TERM',
              format: values.format as Schema.AssessmentFormat,
              startDate: values.startDate ?? '',
              completedDate: values.completedDate ?? '',
              complexity: values.complexity as Schema.Complexity,
              involvement: values.involvement as Schema.Involvement,
              outcome: 'PROGRESS_TO_SUPPORT_PLANNING_OR_SERVICES',
              eligibility: {
                needsArisingFromImpairmentOrIllness: true,
                significantImpactOnWellbeing: true,
                outcomes: [
                  {
                    outcome: values.unableToAchieve as Schema.EligibilityOutcome,
                    unableToAchieve: true,
                    reason: 'WITHOUT_ASSISTANCE',
                  },
                  {
                    outcome: values.unableToAchieve === 'NUTRITION' ? 'TOILET_NEEDS' : 'NUTRITION',
                    unableToAchieve: true,
                    reason: 'WITHOUT_ASSISTANCE',
                  },
                ],
              },
            })
          }
        />
      </Step>
      <Step title="Calculate the indicative budget">
        {assessments.length === 0 ? (
          <p className="govuk-body">Complete a long-term assessment first.</p>
        ) : (
          <ActionForm
            id="indicative"
            title="Calculate the indicative budget"
            submitLabel="Calculate"
            onDone={onDone}
            fields={[
              {
                name: 'assessmentId',
                label: 'Assessment',
                kind: 'select',
                options: assessments.map(
                  (a) => [a.id, `Completed ${formatDate(a.completedDate ?? '')}`] as const,
                ),
                initial: assessments[0]?.id,
              },
            ]}
            run={(values) =>
              client.indicativeBudgets.calculate({ assessmentId: values.assessmentId ?? '' })
            }
          />
        )}
      </Step>
      <Step title="Draft a support plan">
        <div
          onChange={(event) => {
            const target = event.target as HTMLInputElement;
            if (target.name === 'unitCostPence') setUnitCost(target.value);
          }}
        >
          <ActionForm
            id="plan"
            title="Draft a support plan"
            fields={planFields}
            submitLabel="Save the draft"
            onDone={onDone}
            run={(values) =>
              client.supportPlans.draft({
                personId,
                content: {
                  startDate: values.startDate ?? '',
                  outcomes: [
                    { description: values.outcome ?? '' },
                    { description: values.outcome2 ?? '' },
                  ],
                  lines: [
                    {
                      description: values.description ?? '',
                      serviceType: 'LT_COMMUNITY',
                      serviceComponent: values.serviceComponent as Schema.ServiceComponent,
                      deliveryMechanism: values.deliveryMechanism as Schema.DeliveryMechanism,
                      costFrequency: 'WEEKLY',
                      unitCostPence: poundsToPence(values.unitCostPence ?? ''),
                      startDate: values.startDate ?? '',
                    },
                  ],
                },
              })
            }
          />
          <p className="govuk-body" aria-live="polite" data-testid="plan-total">
            {Number.isFinite(weekly) && weekly > 0
              ? `Weekly ${formatPence(weekly)}, annual ${formatPence(weekly * 52)}`
              : 'Enter a weekly cost to see the totals.'}
          </p>
        </div>
      </Step>
      <Step title="Edit the draft plan">
        {drafts[0] === undefined ? (
          <p className="govuk-body">No draft plan to edit.</p>
        ) : (
          <div
            onChange={(event) => {
              const target = event.target as HTMLInputElement;
              setRevision((previous) => ({ ...previous, [target.name]: target.value }));
            }}
          >
            <EditDraft
              client={client}
              plan={drafts[0]}
              onDone={onDone}
              onStart={(values) => setRevision(values)}
            />
            <p className="govuk-body" aria-live="polite" data-testid="revise-total">
              {`Weekly ${formatPence(revisedWeekly)}, annual ${formatPence(revisedWeekly * 52)}`}
              {indicative
                ? `, against an indicative budget of ${formatPence(indicative.annualAmountPence)} a year: ${
                    indicative.annualAmountPence >= revisedWeekly * 52
                      ? `${formatPence(indicative.annualAmountPence - revisedWeekly * 52)} unallocated`
                      : `${formatPence(revisedWeekly * 52 - indicative.annualAmountPence)} over`
                  }`
                : ' (no indicative budget yet)'}
            </p>
          </div>
        )}
      </Step>
      <Step title="Submit a support plan">
        {drafts.length === 0 ? (
          <p className="govuk-body">No draft plan to submit.</p>
        ) : (
          <ActionForm
            id="submit"
            title="Submit a support plan"
            submitLabel="Submit for approval"
            onDone={onDone}
            fields={[
              {
                name: 'planId',
                label: 'Draft plan',
                kind: 'select',
                options: planOptions(drafts),
                initial: drafts[0]?.id,
              },
            ]}
            run={(values) =>
              client.supportPlans.submit({
                planId: values.planId ?? '',
                expectedRevision: drafts.find((plan) => plan.id === values.planId)?.revision ?? 0,
              })
            }
          />
        )}
      </Step>
      <Step title="Approve a support plan">
        {submitted.length === 0 ? (
          <p className="govuk-body">No plan is awaiting approval.</p>
        ) : (
          <ActionForm
            id="approve"
            title="Approve a support plan"
            submitLabel="Approve the plan"
            onDone={onDone}
            fields={[
              {
                name: 'planId',
                label: 'Plan awaiting approval',
                kind: 'select',
                options: planOptions(submitted),
                initial: submitted[0]?.id,
                hint: 'Someone other than the worker who prepared it must approve it.',
              },
            ]}
            run={(values) =>
              client.supportPlans.approve({
                planId: values.planId ?? '',
                expectedRevision:
                  submitted.find((plan) => plan.id === values.planId)?.revision ?? 0,
              })
            }
          />
        )}
      </Step>
      <Step title="Agree the personal budget">
        {toAgree[0] === undefined ? (
          <p className="govuk-body">No approved plan is waiting for its budget.</p>
        ) : (
          <ActionForm
            id="agree"
            title="Agree the personal budget"
            submitLabel="Agree the budget"
            onDone={onDone}
            fields={[
              {
                name: 'planId',
                label: 'Approved plan',
                kind: 'select',
                options: planOptions(toAgree),
                initial: toAgree[0].id,
              },
              {
                name: 'annualTotalPence',
                label: 'Annual personal budget in pounds',
                kind: 'number',
                initial: (toAgree[0].costs.annualCostPence / 100).toFixed(2),
                hint: indicative
                  ? `The indicative budget was ${formatPence(indicative.annualAmountPence)} a year.`
                  : 'No indicative budget was calculated.',
              },
              {
                name: 'annualPersonContributionPence',
                label: 'The person’s annual contribution in pounds',
                kind: 'number',
                initial: '0.00',
              },
              {
                name: 'mode',
                label: 'How the budget is taken',
                kind: 'select',
                options: options(['DIRECT_PAYMENT', 'LA_MANAGED', 'LA_COMMISSIONED', 'ISF']),
                initial: 'DIRECT_PAYMENT',
              },
              {
                name: 'approvalLevel',
                label: 'Approval level',
                kind: 'select',
                options: options(['TEAM', 'MANAGER', 'HEAD_OF_SERVICE', 'PANEL']),
                initial: 'TEAM',
              },
              {
                name: 'effectiveFrom',
                label: 'In force from',
                kind: 'date',
                initial: toAgree[0].startDate,
              },
              {
                name: 'indicativeDifferenceReasons',
                label: 'Why it differs from the indicative amount',
                kind: 'text',
                optional: true,
                hint: 'Needed when the budget is not the indicative amount.',
              },
            ]}
            run={(values) => {
              const total = poundsToPence(values.annualTotalPence ?? '');
              const contribution = poundsToPence(values.annualPersonContributionPence ?? '');
              return client.personalBudgets.agree({
                planId: values.planId ?? '',
                annualTotalPence: total,
                annualPersonContributionPence: contribution,
                approvalLevel: values.approvalLevel as Schema.ApprovalLevel,
                effectiveFrom: values.effectiveFrom ?? '',
                deployments: [
                  {
                    mode: values.mode as Schema.DeploymentMode,
                    annualAmountPence: total - contribution,
                  },
                ],
                ...(values.indicativeDifferenceReasons
                  ? { indicativeDifferenceReasons: values.indicativeDifferenceReasons }
                  : {}),
              });
            }}
          />
        )}
      </Step>
      <Step title="Set up a direct payment">
        {dpDeployments[0] === undefined ? (
          <p className="govuk-body">No agreed budget is waiting for a direct payment agreement.</p>
        ) : (
          <ActionForm
            id="setup"
            title="Set up a direct payment"
            submitLabel="Set up the agreement"
            onDone={onDone}
            fields={[
              {
                name: 'deploymentId',
                label: 'Direct payment part of the budget',
                kind: 'select',
                options: dpDeployments.map(
                  (d) =>
                    [
                      d.id,
                      `${formatPence(d.annualAmountPence)} a year from ${formatDate(d.effectiveFrom)}`,
                    ] as const,
                ),
                initial: dpDeployments[0].id,
              },
              { name: 'signedDate', label: 'Date signed', kind: 'date', initial: today },
              {
                name: 'startDate',
                label: 'Start date',
                kind: 'date',
                initial: maxDate(dpDeployments[0].effectiveFrom, today),
              },
              {
                name: 'accountType',
                label: 'Account',
                kind: 'select',
                options: options([
                  'DEDICATED_BANK_ACCOUNT',
                  'PREPAID_CARD',
                  'MANAGED_ACCOUNT',
                  'ACCOUNTANT_MANAGED',
                ]),
                initial: 'DEDICATED_BANK_ACCOUNT',
              },
              {
                name: 'accountRef',
                label: 'Account or card reference',
                kind: 'text',
                initial: '',
                hint: 'Only the last four characters are shown afterwards.',
              },
              {
                name: 'legalBasis',
                label: 'Legal basis',
                kind: 'select',
                options: [
                  ['S31', 'Section 31 (the person has capacity)'],
                  ['S32', 'Section 32 (an authorised person)'],
                ],
                initial: 'S31',
              },
              {
                name: 'recipientType',
                label: 'Who receives the payment',
                kind: 'select',
                options: options(['SELF', 'NOMINATED_PERSON', 'AUTHORISED_PERSON']),
                initial: 'SELF',
              },
              {
                name: 'contributionFrequency',
                label: 'How often the person pays their contribution',
                kind: 'select',
                options: options(['FOUR_WEEKLY', 'WEEKLY', 'MONTHLY']),
                initial: 'FOUR_WEEKLY',
              },
            ]}
            run={(values) =>
              client.directPayments.setUp({
                deploymentId: values.deploymentId ?? '',
                signedDate: values.signedDate ?? '',
                startDate: values.startDate ?? '',
                accountType: values.accountType as Schema.DpAccountType,
                accountRef: values.accountRef ?? '',
                legalBasis: values.legalBasis as Schema.DpLegalBasis,
                recipientType: values.recipientType as Schema.RecipientType,
                contributionFrequency: values.contributionFrequency as Schema.ContributionFrequency,
              })
            }
          />
        )}
      </Step>
      <Step title="Schedule direct payments">
        {activeAgreements[0] === undefined ? (
          <p className="govuk-body">No active direct payment agreement.</p>
        ) : (
          <ActionForm
            id="schedule"
            title="Schedule direct payments"
            submitLabel="Schedule a year of payments"
            onDone={onDone}
            fields={[
              {
                name: 'agreementId',
                label: 'Agreement',
                kind: 'select',
                options: activeAgreements.map(
                  (a) => [a.id, `Agreement from ${formatDate(a.startDate)}`] as const,
                ),
                initial: activeAgreements[0].id,
              },
              {
                name: 'firstPeriodStart',
                label: 'First day of the year of payments',
                kind: 'date',
                initial: activeAgreements[0].startDate,
                hint: 'For example the agreement’s start or 1 April.',
              },
            ]}
            run={(values) =>
              client.directPayments.schedule({
                agreementId: values.agreementId ?? '',
                firstPeriodStart: values.firstPeriodStart ?? '',
                idempotencyKey: crypto.randomUUID(),
              })
            }
          />
        )}
      </Step>
      <Step title="Record a direct payment">
        {payments.length === 0 ? (
          <p className="govuk-body">No scheduled direct payment.</p>
        ) : (
          <ActionForm
            id="payment"
            title="Record a direct payment"
            submitLabel="Record the payment"
            onDone={onDone}
            fields={[
              {
                name: 'paymentId',
                label: 'Scheduled payment',
                kind: 'select',
                options: payments
                  .slice(0, 12)
                  .map(
                    (p) =>
                      [
                        p.id,
                        `Due ${formatDate(p.dueDate)}: ${formatPence(p.netAmountPence)}`,
                      ] as const,
                  ),
                initial: payments[0]?.id,
              },
              { name: 'paidDate', label: 'Date paid', kind: 'date', initial: today },
            ]}
            run={(values) =>
              client.directPayments.record({
                paymentId: values.paymentId ?? '',
                paidDate: values.paidDate ?? '',
              })
            }
          />
        )}
      </Step>
      <Step title="Record a review">
        <ActionForm
          id="review"
          title="Record a review"
          submitLabel="Record the review"
          onDone={onDone}
          fields={[
            { name: 'completedDate', label: 'Date of the review', kind: 'date', initial: today },
            {
              name: 'reason',
              label: 'Reason',
              kind: 'select',
              options: options([
                'PLANNED',
                'UNPLANNED_OTHER',
                'UNPLANNED_HOSPITAL',
                'UNPLANNED_CARER_RELATED',
                'UNPLANNED_SAFEGUARDING_CONCERN',
              ]),
              initial: 'PLANNED',
            },
            {
              name: 'involvement',
              label: 'Who took part',
              kind: 'select',
              options: options(['SERVICE_USER_ONLY', 'SERVICE_USER_AND_CARER', 'CARER_ONLY']),
              initial: 'SERVICE_USER_ONLY',
            },
            {
              name: 'outcomesAchieved',
              label: 'Outcomes met',
              kind: 'select',
              options: options(['FULLY_MET', 'PARTIALLY_MET', 'NOT_MET']),
              initial: 'FULLY_MET',
            },
          ]}
          run={(values) =>
            client.reviews.record({
              personId,
              planId: approved?.id ?? null,
              completedDate: values.completedDate ?? '',
              reason: values.reason as Schema.ReviewReason,
              involvement: values.involvement as Schema.Involvement,
              outcome: 'CONTINUATION_OF_SUPPORT_OR_SERVICES',
              outcomesAchieved: values.outcomesAchieved as Schema.ReviewOutcomesAchieved,
              supportChange: 'UNCHANGED',
            })
          }
        />
      </Step>
    </div>
  );
}

/** A person's journey: their timeline, and a form for each step, sent through the SDK. */
export function JourneyScreen({
  client,
  id,
  refreshKey,
}: {
  readonly client: OpenPbClient;
  readonly id: string;
  readonly refreshKey: number;
}) {
  const [message, setMessage] = useState<string | null>(null);
  // a step done here shows the journey loading again, so the next step's forms are the new
  // ones; a live update or Refresh keeps the screen, its open steps and what is typed in them
  const [stepsDone, setStepsDone] = useState(0);
  const journey = useRequest(
    (signal) => client.people.getJourney(id, { signal }),
    [client, id, stepsDone],
    { reloadOn: [refreshKey] },
  );
  if (journey.status === 'done' && journey.data === null) {
    return (
      <>
        <PageHeading title="Person not found">Person not found</PageHeading>
        <p className="govuk-body">
          Nobody matches this link.{' '}
          <a className="govuk-link" href={hrefFor({ name: 'people' })}>
            Find a person
          </a>
          .
        </p>
      </>
    );
  }
  const person = journey.status === 'done' ? journey.data : null;
  return (
    <>
      <a className="govuk-back-link" href={hrefFor({ name: 'person', id })}>
        Back to the person
      </a>
      <PageHeading
        title={person ? `Journey of ${person.givenName} ${person.familyName}` : 'Journey'}
        caption="A person’s journey"
      >
        {person ? `${person.givenName} ${person.familyName}` : 'Journey'}
      </PageHeading>
      {message && (
        <div
          className="govuk-notification-banner govuk-notification-banner--success"
          role="status"
          data-testid="journey-message"
        >
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">{message}</p>
          </div>
        </div>
      )}
      <RequestView state={journey} what="the person’s journey">
        {() =>
          person && (
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-one-half">
                <h2 className="govuk-heading-l">What happens next</h2>
                <Forms
                  client={client}
                  person={person}
                  onDone={(text) => {
                    setMessage(text);
                    setStepsDone((count) => count + 1);
                  }}
                />
              </div>
              <div className="govuk-grid-column-one-half">
                <h2 className="govuk-heading-l">Timeline</h2>
                <Timeline person={person} />
              </div>
            </div>
          )
        }
      </RequestView>
    </>
  );
}

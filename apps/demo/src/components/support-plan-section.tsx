import { formatPounds } from '@openpb/domain/money';
import type { SupportPlan } from '@openpb/sdk';
import { formatDate } from '../format/dates.ts';
import {
  deliveryMechanismLabel,
  serviceComponentLabel,
  supportPlanStatusLabel,
} from '../labels/code-labels.ts';

/** "£1,200.00 unallocated" or "£300.00 over budget" for the budget minus the plan's cost. */
function differenceText(differencePence: number): string {
  if (differencePence === 0) return 'Matches the budget';
  return differencePence > 0
    ? `${formatPounds(differencePence)} unallocated`
    : `${formatPounds(-differencePence)} over budget`;
}

/** The current (approved) support plan: outcomes, costed lines and its cost against the budget. */
export function SupportPlanSection({ plan }: { readonly plan: SupportPlan | null }) {
  if (plan === null) {
    return (
      <section aria-labelledby="plan-heading" className="section">
        <h2 className="heading-l" id="plan-heading">
          Support plan
        </h2>
        <p className="empty">No support plan has been approved for this person.</p>
      </section>
    );
  }
  const { costs } = plan;
  return (
    <section aria-labelledby="plan-heading" className="section" data-testid="support-plan">
      <h2 className="heading-l" id="plan-heading">
        Support plan
      </h2>
      <article className="card">
        <header className="card__header">
          <h3 className="heading-s">Version {plan.version}</h3>
          <strong className="tag tag--green">{supportPlanStatusLabel(plan.status)}</strong>
          <p className="card__period">
            {formatDate(plan.startDate)} to {plan.endDate ? formatDate(plan.endDate) : 'now'}
            {plan.nextReviewDueDate ? ` · review due ${formatDate(plan.nextReviewDueDate)}` : ''}
          </p>
        </header>

        <div className="figures">
          <div className="figure">
            <span className="figure__label">Plan cost a year</span>
            <span className="figure__value" data-testid="plan-annual-cost">
              {formatPounds(costs.annualCostPence)}
            </span>
          </div>
          <div className="figure">
            <span className="figure__label">Budget a year</span>
            <span className="figure__value" data-testid="plan-annual-budget">
              {costs.annualBudgetPence === null
                ? 'Not agreed'
                : formatPounds(costs.annualBudgetPence)}
            </span>
          </div>
        </div>
        {costs.annualDifferencePence !== null ? (
          <p
            className={`plan-difference${costs.annualDifferencePence < 0 ? ' plan-difference--over' : ''}`}
            data-testid="plan-difference"
          >
            {differenceText(costs.annualDifferencePence)}
          </p>
        ) : null}

        <h4 className="heading-xs">Outcomes</h4>
        {plan.outcomes.length === 0 ? (
          <p className="hint">No outcomes recorded.</p>
        ) : (
          <ul className="list list--bullet" data-testid="plan-outcomes">
            {plan.outcomes.map((outcome) => (
              <li key={outcome.description}>
                {outcome.description}
                {outcome.target ? <span className="hint"> · {outcome.target}</span> : null}
              </li>
            ))}
          </ul>
        )}

        <h4 className="heading-xs">Costed support</h4>
        <table className="table table--compact" data-testid="plan-lines">
          <thead>
            <tr>
              <th scope="col">Support, service component and delivery mechanism</th>
              <th scope="col" className="numeric">
                A week
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.lines.map((line) => (
              <tr key={line.position}>
                <td>
                  {line.description}
                  <span className="line-codes">
                    {serviceComponentLabel(line.serviceComponent)} ·{' '}
                    {deliveryMechanismLabel(line.deliveryMechanism)}
                  </span>
                </td>
                <td className="numeric nowrap">{formatPounds(line.weeklyCostPence)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Plan cost a week</th>
              <td className="numeric nowrap" data-testid="plan-weekly-cost">
                {formatPounds(costs.weeklyCostPence)}
              </td>
            </tr>
          </tfoot>
        </table>
      </article>
    </section>
  );
}

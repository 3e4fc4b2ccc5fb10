import { weeklyFromAnnualPence } from '@openpb/domain/cost-frequency';
import { formatPounds } from '@openpb/domain/money';
import type { PersonalBudget } from '@openpb/sdk';
import { formatDate } from '../format/dates.ts';
import { formatShare } from '../format/share.ts';
import { deliveryMechanismLabel, deploymentModeLabel } from '../labels/code-labels.ts';
import { StatusTag } from './status-tag.tsx';

/** "£378.00 a week · £19,656.00 a year (100%)": weekly is annual over 52 weeks, as the API rounds it. */
function contribution(annualPence: number, totalPence: number): string {
  const weekly = formatPounds(weeklyFromAnnualPence(annualPence));
  return `${weekly} a week · ${formatPounds(annualPence)} a year (${formatShare(annualPence, totalPence)})`;
}

/** One personal budget version: totals, who pays what, and how it is taken. */
export function BudgetCard({ budget }: { readonly budget: PersonalBudget }) {
  const headingId = `budget-${budget.id}`;
  const total = budget.annualTotalPence;
  const councilShare = total > 0 ? (budget.annualLaContributionPence / total) * 100 : 0;
  return (
    <article className="card" aria-labelledby={headingId} data-testid="budget">
      <header className="card__header">
        <h3 className="heading-s" id={headingId}>
          Version {budget.version}
        </h3>
        <StatusTag status={budget.status} />
        <p className="card__period">
          {formatDate(budget.effectiveFrom)} to{' '}
          {budget.effectiveTo ? formatDate(budget.effectiveTo) : 'now'}
        </p>
      </header>

      <div className="figures">
        <div className="figure">
          <span className="figure__label">Weekly</span>
          <span className="figure__value" data-testid="weekly-total">
            {formatPounds(budget.weeklyTotalPence)}
          </span>
        </div>
        <div className="figure">
          <span className="figure__label">Annual</span>
          <span className="figure__value" data-testid="annual-total">
            {formatPounds(budget.annualTotalPence)}
          </span>
        </div>
      </div>

      <h4 className="heading-xs">Who pays</h4>
      <div className="split" aria-hidden="true">
        <span className="split__council" style={{ width: `${councilShare}%` }} />
      </div>
      <dl className="summary-list summary-list--compact">
        <div className="summary-list__row">
          <dt className="summary-list__key">
            <span className="swatch swatch--council" aria-hidden="true" /> The council
          </dt>
          <dd className="summary-list__value" data-testid="council-contribution">
            {contribution(budget.annualLaContributionPence, total)}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">
            <span className="swatch swatch--person" aria-hidden="true" /> The person
          </dt>
          <dd className="summary-list__value" data-testid="person-contribution">
            {contribution(budget.annualPersonContributionPence, total)}
          </dd>
        </div>
      </dl>

      <h4 className="heading-xs">How it is taken</h4>
      {budget.deployments.length === 0 ? (
        <p className="hint">Not yet decided.</p>
      ) : (
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">Deployment</th>
              <th scope="col">CLD delivery mechanism</th>
              <th scope="col" className="numeric">
                A year
              </th>
            </tr>
          </thead>
          <tbody>
            {budget.deployments.map((deployment) => (
              <tr key={deployment.mode}>
                <td>{deploymentModeLabel(deployment.mode)}</td>
                <td>{deliveryMechanismLabel(deployment.deliveryMechanism)}</td>
                <td className="numeric nowrap">{formatPounds(deployment.annualAmountPence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}

import { formatPounds } from '@openpb/domain/money';
import type { DirectPaymentAgreement } from '@openpb/sdk';
import { formatDate } from '../format/dates.ts';
import { directPaymentStatusLabel, dpAccountTypeLabel } from '../labels/code-labels.ts';

const STATUS_COLOUR: Record<DirectPaymentAgreement['status'], string> = {
  ACTIVE: 'tag--green',
  DRAFT: 'tag--grey',
  SUSPENDED: 'tag--yellow',
  TERMINATED: 'tag--grey',
};

function AgreementCard({ agreement }: { readonly agreement: DirectPaymentAgreement }) {
  const { statement } = agreement;
  const rows: [string, string, string][] = [
    ['Balance', formatPounds(statement.closingBalancePence), 'dp-balance'],
    [
      `Contingency (${agreement.contingencyWeeks} weeks)`,
      formatPounds(statement.contingencyAllowancePence),
      'dp-contingency',
    ],
    ['Recoverable surplus', formatPounds(statement.recoverablePence), 'dp-recoverable'],
  ];
  return (
    <article className="card" data-testid="direct-payment">
      <header className="card__header">
        <h3 className="heading-s">{dpAccountTypeLabel(agreement.accountType)}</h3>
        <strong className={`tag ${STATUS_COLOUR[agreement.status]}`}>
          {directPaymentStatusLabel(agreement.status)}
        </strong>
        <p className="card__period">
          {agreement.maskedAccountRef} · from {formatDate(agreement.startDate)}
          {agreement.endDate ? ` to ${formatDate(agreement.endDate)}` : ''}
        </p>
      </header>
      <dl className="summary-list summary-list--compact dp-summary">
        {rows.map(([key, value, testId]) => (
          <div className="summary-list__row" key={testId}>
            <dt className="summary-list__key">{key}</dt>
            <dd className="summary-list__value numeric" data-testid={testId}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <p className="hint">
        Account statement {formatDate(statement.from)} to {formatDate(statement.to)}: opening
        balance {formatPounds(statement.openingBalancePence)}. A surplus above the contingency can
        be recovered.
      </p>
    </article>
  );
}

/** Direct payment agreements with their account summary. */
export function DirectPaymentSection({
  agreements,
}: {
  readonly agreements: readonly DirectPaymentAgreement[];
}) {
  return (
    <section aria-labelledby="dp-heading" className="section">
      <h2 className="heading-l" id="dp-heading">
        Direct payments
      </h2>
      {agreements.length === 0 ? (
        <p className="empty">This person has no direct payment agreement.</p>
      ) : (
        agreements.map((agreement) => <AgreementCard key={agreement.id} agreement={agreement} />)
      )}
    </section>
  );
}

import type { OpenPbClient, Schema } from '@openpb/sdk';
import { useState } from 'react';
import { RequestView } from '../components/request-view.tsx';
import { formatDate } from '../format/dates.ts';
import { formatPence } from '../format/money.ts';
import { useRequest } from '../hooks/use-request.ts';
import { ActionForm } from '../journey/action-form.tsx';
import { dpSpendCategoryLabel, SPEND_REJECTION_REASONS } from '../labels/code-labels.ts';

/**
 * Finance officer: spend third-party apps submitted, awaiting review (D98), oldest first, each
 * with its evidence and the two decisions — accept (posted to the direct payment account) or
 * reject with a reason. The API's typed errors show next to the field they concern.
 */
export function SpendReview({
  client,
  refreshKey,
}: {
  readonly client: OpenPbClient;
  readonly refreshKey: number;
}) {
  const [decided, setDecided] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const awaiting = useRequest(
    async (signal) => await client.spendSubmissionsAwaitingReview.list({ pageSize: 25, signal }),
    [client],
    { reloadOn: [refreshKey, decided] },
  );
  const done = (text: string) => {
    setMessage(text);
    setDecided((count) => count + 1);
  };
  return (
    <>
      <h2 className="govuk-heading-m">Spend awaiting review</h2>
      {message && (
        <div className="notification" role="status" data-testid="spend-review-message">
          {message}
        </div>
      )}
      <RequestView state={awaiting} what="spend awaiting review">
        {(page) =>
          page.items.length === 0 ? (
            <p className="govuk-body">No spend submitted by an app awaits review.</p>
          ) : (
            page.items.map((spend, index) => (
              <article className="card" data-testid="spend-submission" key={spend.id}>
                <header className="card__header">
                  <h3 className="heading-s">
                    {formatPence(-spend.amountPence)} to {spend.counterpartyName}
                  </h3>
                </header>
                <dl className="summary-list summary-list--compact">
                  {(
                    [
                      ['Submitted by', spend.submittedBy],
                      ['What for', dpSpendCategoryLabel(spend.spendCategory)],
                      ['Spent on', formatDate(spend.postedDate)],
                      ['Receipt or invoice', spend.evidenceRef],
                    ] as const
                  ).map(([key, value]) => (
                    <div className="summary-list__row" key={key}>
                      <dt className="summary-list__key">{key}</dt>
                      <dd className="summary-list__value">{value}</dd>
                    </div>
                  ))}
                </dl>
                <ActionForm
                  id={`accept-spend-${index}`}
                  title="Accept it"
                  fields={[]}
                  submitLabel="Accept and post to the account"
                  run={() => client.spendSubmissions.accept({ submissionId: spend.id })}
                  onDone={() => done(`Accepted: ${spend.counterpartyName} is on the account.`)}
                />
                <details className="govuk-details">
                  <summary className="govuk-details__summary">
                    <span className="govuk-details__summary-text">Reject it</span>
                  </summary>
                  <div className="govuk-details__text">
                    <ActionForm
                      id={`reject-spend-${index}`}
                      title="Reject it"
                      fields={[
                        {
                          name: 'reason',
                          label: 'Why',
                          kind: 'select',
                          options: SPEND_REJECTION_REASONS,
                          initial: SPEND_REJECTION_REASONS[0]?.[0],
                        },
                        {
                          name: 'note',
                          label: 'Note for the app and the person',
                          kind: 'text',
                          hint: 'Needed when the reason is Other.',
                          optional: true,
                        },
                      ]}
                      submitLabel="Reject"
                      run={(values) =>
                        client.spendSubmissions.reject({
                          submissionId: spend.id,
                          reason: values.reason as Schema.SpendRejectionReason,
                          ...(values.note ? { note: values.note } : {}),
                        })
                      }
                      onDone={() =>
                        done(`Rejected: ${spend.counterpartyName} stays off the account.`)
                      }
                    />
                  </div>
                </details>
              </article>
            ))
          )
        }
      </RequestView>
    </>
  );
}

/**
 * The floor's answers shaped in Node.js from the rows of its statements (floor-sql.ts): the
 * GraphQL response objects, in the API's shape. Lists arrive as JSON arrays of positional
 * arrays, parsed by node-postgres.
 */

/** A Relay global id as Pothos encodes it: base64 of "Type:id". */
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

type Positional = readonly unknown[];

export interface CaseloadRow {
  readonly id: string;
  readonly given_name: string;
  readonly family_name: string;
  /** [annualTotalPence, weeklyTotalPence, [[mode, annualAmountPence], …]] per budget. */
  readonly budgets: readonly Positional[];
  /** [version, [[description, weeklyCostPence], …]] per plan. */
  readonly plans: readonly Positional[];
  /** [[postedDate, amountPence, kind], …] per agreement. */
  readonly agreements: readonly (readonly Positional[])[];
}

const edges = <T>(nodes: readonly T[]) => ({ edges: nodes.map((node) => ({ node })) });

export function caseloadAnswer(rows: readonly CaseloadRow[]) {
  return {
    data: {
      people: edges(
        rows.map((row) => ({
          id: globalId('Person', row.id),
          givenName: row.given_name,
          familyName: row.family_name,
          personalBudgets: edges(
            row.budgets.map(([annualTotalPence, weeklyTotalPence, deployments]) => ({
              annualTotalPence,
              weeklyTotalPence,
              deployments: (deployments as readonly Positional[]).map(
                ([mode, annualAmountPence]) => ({ mode, annualAmountPence }),
              ),
            })),
          ),
          supportPlans: edges(
            row.plans.map(([version, lines]) => ({
              version,
              lines: (lines as readonly Positional[]).map(([description, weeklyCostPence]) => ({
                description,
                weeklyCostPence,
              })),
            })),
          ),
          directPaymentAgreements: edges(
            row.agreements.map((transactions) => ({
              transactions: edges(
                transactions.map(([postedDate, amountPence, kind]) => ({
                  postedDate,
                  amountPence,
                  kind,
                })),
              ),
            })),
          ),
        })),
      ),
    },
  };
}

export interface PersonRow {
  readonly id: string;
  readonly given_name: string;
  readonly family_name: string;
  readonly la_person_id: string;
  readonly birth_date: string;
  readonly postcode: string;
  readonly primary_support_reason: string;
}

export function personAnswer(row: PersonRow | undefined) {
  return {
    data: {
      node: row
        ? {
            id: globalId('Person', row.id),
            givenName: row.given_name,
            familyName: row.family_name,
            laPersonId: row.la_person_id,
            birthDate: row.birth_date,
            postcode: row.postcode,
            primarySupportReason: row.primary_support_reason,
          }
        : null,
    },
  };
}

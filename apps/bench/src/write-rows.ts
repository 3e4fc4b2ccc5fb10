import { withAdminConnection } from '@openpb/db/database-admin';
import type pg from 'pg';

/**
 * The rows the write contender consumes, one per request (issue 16 item 4): SCHEDULED direct
 * payments for recordDirectPayment and DRAFT support-plan versions for submitSupportPlan, both
 * copies of the seed's own rows. They belong to people after the caseload's first pages
 * (ordered by family name, given name, id), so that neither the new ledger entries nor the draft
 * versions change the caseload the bench reads.
 */
export interface WriteRows {
  readonly scheduledPaymentIds: readonly string[];
  readonly draftPlanIds: readonly string[];
}

/** People the caseload's pages may show (people(first: 100) is the largest page it reads). */
const CASELOAD_PEOPLE = 200;

const PEOPLE_AFTER_THE_CASELOAD = `
  SELECT id FROM person WHERE council_id = $1
   ORDER BY family_name, given_name, id OFFSET ${CASELOAD_PEOPLE}`;

/** The columns of a table but those given, as a SELECT list over alias `s`. */
async function otherColumns(client: pg.Client, table: string, given: readonly string[]) {
  const { rows } = await client.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  const names = rows.map((row) => row.name).filter((name) => !given.includes(name));
  return { names, list: names.map((name) => `"${name}"`).join(', ') };
}

async function scheduledPayments(client: pg.Client, councilId: string, count: number) {
  // copies of SCHEDULED payments of ACTIVE agreements, each copy with a sequence of its own
  const { rows } = await client.query<{ id: string }>(
    `WITH source AS (
       SELECT p.* FROM direct_payment p JOIN direct_payment_agreement a ON a.id = p.agreement_id
        WHERE p.council_id = $1 AND p.status = 'SCHEDULED' AND p.net_amount_pence > 0
          AND a.status = 'ACTIVE' AND a.person_id IN (${PEOPLE_AFTER_THE_CASELOAD})),
     copies AS (
       SELECT s.*, g FROM source s
        CROSS JOIN generate_series(1, ceil($2::numeric / greatest((SELECT count(*) FROM source), 1))::int) g)
     INSERT INTO direct_payment (id, council_id, agreement_id, kind, sequence, period_start, period_end,
                                 gross_amount_pence, contribution_deducted_pence, net_amount_pence,
                                 due_date, paid_date, status)
     SELECT gen_random_uuid(), council_id, agreement_id, kind, sequence + 100000 * g, period_start,
            period_end, gross_amount_pence, contribution_deducted_pence, net_amount_pence, due_date,
            NULL, 'SCHEDULED'
       FROM copies ORDER BY g, id LIMIT $2
     RETURNING id`,
    [councilId, count],
  );
  return rows.map((row) => row.id);
}

async function draftPlans(client: pg.Client, councilId: string, count: number) {
  const overridden = [
    'id',
    'version',
    'revision',
    'status',
    'supersedes_id',
    'submitted_at',
    'approved_at',
    'approved_by_id',
    'rejected_at',
    'rejected_by_id',
    'rejection_reason',
  ];
  const plan = await otherColumns(client, 'support_plan', overridden);
  const line = await otherColumns(client, 'support_plan_line', ['id', 'plan_id']);
  // copies of the people's newest APPROVED versions (lines and outcomes make them submittable),
  // each a DRAFT version of its own after every real version
  await client.query(`CREATE TEMP TABLE bench_draft_plan (id uuid, source_id uuid) ON COMMIT DROP`);
  await client.query(
    `WITH source AS (
       SELECT DISTINCT ON (person_id) * FROM support_plan
        WHERE council_id = $1 AND status = 'APPROVED' AND person_id IN (${PEOPLE_AFTER_THE_CASELOAD})
          AND EXISTS (SELECT 1 FROM support_plan_line l WHERE l.plan_id = support_plan.id)
        ORDER BY person_id, version DESC),
     copies AS (
       SELECT s.*, g, gen_random_uuid() AS copy_id FROM source s
        CROSS JOIN generate_series(1, ceil($2::numeric / greatest((SELECT count(*) FROM source), 1))::int) g
        ORDER BY g, s.id LIMIT $2),
     plans AS (
       INSERT INTO support_plan (id, version, revision, status, ${plan.list})
       SELECT copy_id, version + 1000 * g, 0, 'DRAFT', ${plan.list} FROM copies
       RETURNING id)
     INSERT INTO bench_draft_plan SELECT copy_id, id FROM copies`,
    [councilId, count],
  );
  await client.query(
    `INSERT INTO support_plan_line (id, plan_id, ${line.list})
     SELECT gen_random_uuid(), d.id, ${line.names.map((name) => `l."${name}"`).join(', ')}
       FROM bench_draft_plan d JOIN support_plan_line l ON l.plan_id = d.source_id`,
  );
  const { rows } = await client.query<{ id: string }>('SELECT id FROM bench_draft_plan');
  return rows.map((row) => row.id);
}

/** Adds `count` rows of each kind to the demo council (the database's owner connection). */
export async function prepareWriteRows(
  databaseUrl: string,
  councilId: string,
  count: number,
): Promise<WriteRows> {
  return withAdminConnection(databaseUrl, async (client) => {
    await client.query('BEGIN');
    const scheduledPaymentIds = await scheduledPayments(client, councilId, count);
    const draftPlanIds = await draftPlans(client, councilId, count);
    await client.query('COMMIT');
    await client.query('VACUUM ANALYZE direct_payment, support_plan, support_plan_line');
    return { scheduledPaymentIds, draftPlanIds };
  });
}

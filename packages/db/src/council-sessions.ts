import { createHmac } from 'node:crypto';
import type pg from 'pg';

/** What a connection serves instead of a council: sign-in and the audit of unknown callers. */
export const OUTSIDE_TENANCY = 'outside-tenancy';

interface Session {
  /** A council's id, or OUTSIDE_TENANCY. */
  readonly serves: string;
  /** What the session's next proof must answer (openpb_enter_council returns the next one). */
  readonly challenge: string;
}

/**
 * Session state a connection may carry over from the last council it served, cleared before it
 * serves another: settings (the search path among them), a role, prepared statements (which could
 * otherwise run as something other than what node-postgres prepared), cursors, listeners and
 * advisory locks. What remains of a session is what it started with, and the council it proves.
 */
const RESET_SESSION =
  'RESET ALL; RESET ROLE; DEALLOCATE ALL; CLOSE ALL; UNLISTEN *; SELECT pg_advisory_unlock_all();';

/**
 * Moves pooled connections between councils (docs/decisions.md D18). A connection serves a
 * council only after answering its session's one-time challenge with an HMAC keyed by the tenancy
 * key, which SQL on the connection cannot compute; switching costs one round trip, and none when
 * the connection already serves that council.
 */
export class CouncilSessions {
  readonly #key: Buffer;
  readonly #sessions = new WeakMap<pg.ClientBase, Session>();

  constructor(tenancyKey: string) {
    this.#key = Buffer.from(tenancyKey, 'hex');
    if (this.#key.length !== 32) throw new Error('The tenancy key must be 32 bytes in hex');
  }

  /** Makes `client` serve `serves` (a council's id, validated as a UUID, or OUTSIDE_TENANCY). */
  async serve(client: pg.PoolClient, serves: string): Promise<void> {
    // a connection is only ever handed out idle; one left inside a transaction is not reused
    if (transactionStatus(client) !== 'I') {
      throw new Error('A connection was left in a transaction');
    }
    const session = this.#sessions.get(client);
    if (session?.serves === serves) return;
    const challenge = session?.challenge ?? (await sessionChallenge(client));
    const proof = createHmac('sha256', this.#key).update(`${serves}:${challenge}`).digest('hex');
    const council = serves === OUTSIDE_TENANCY ? 'NULL' : `'${serves}'::uuid`;
    // one simple-protocol round trip; the proof is of no use once answered, so it may be seen
    const results = (await client.query(
      `${session ? RESET_SESSION : ''} SELECT openpb_enter_council(${council}, '${proof}') AS challenge`,
    )) as unknown as
      | pg.QueryResult<{ challenge: string }>
      | pg.QueryResult<{ challenge: string }>[];
    if (session) forgetPreparedStatements(client);
    const entered = Array.isArray(results) ? results.at(-1) : results;
    const next = entered?.rows[0]?.challenge;
    if (!next) throw new Error('The connection did not enter the council');
    this.#sessions.set(client, { serves, challenge: next });
  }
}

async function sessionChallenge(client: pg.PoolClient): Promise<string> {
  const { rows } = await client.query<{ challenge: string }>(
    'SELECT openpb_session_challenge() AS challenge',
  );
  const challenge = rows[0]?.challenge;
  if (!challenge) throw new Error('The connection gave no tenancy challenge');
  return challenge;
}

/** node-postgres's last ReadyForQuery status: I (idle), T (in a transaction), E (a failed one). */
function transactionStatus(client: pg.PoolClient): string | null {
  return (client as unknown as { getTransactionStatus(): string | null }).getTransactionStatus();
}

/** DEALLOCATE ALL dropped them on the server: node-postgres must prepare them again. */
function forgetPreparedStatements(client: pg.PoolClient): void {
  const connection = (client as unknown as { connection: { parsedStatements: object } }).connection;
  connection.parsedStatements = {};
}

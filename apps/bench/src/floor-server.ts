import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConnectionPool } from '@openpb/db/client';
import { DEMO_COUNCIL } from '@openpb/db/synthetic/demo-council';
import { createTenantDatabases } from '@openpb/db/tenant-databases';
import { isUuid } from '@openpb/domain/uuid';
import { schema } from '@openpb/graphql/schema';
import { createYoga, type Plugin } from 'graphql-yoga';
import type pg from 'pg';
import { type CaseloadRow, caseloadAnswer, type PersonRow, personAnswer } from './floor-answer.ts';
import { CASELOAD_JSON_SQL, CASELOAD_SQL, PERSON_JSON_SQL, PERSON_SQL } from './floor-sql.ts';
import {
  createPersonFloor,
  recordDirectPaymentFloor,
  submitSupportPlanFloor,
} from './floor-writes.ts';
import { freePort } from './ports.ts';
import { type ServerProcess, startServerProcess } from './server-process.ts';

const here = fileURLToPath(import.meta.url);
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** The database id inside a Relay global id of a Person, or the nil UUID (which matches nothing). */
function personId(globalId: unknown): string {
  if (typeof globalId !== 'string') return NIL_UUID;
  const [type, id] = Buffer.from(globalId, 'base64').toString('utf8').split(':');
  return type === 'Person' && id && isUuid(id) ? id : NIL_UUID;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body: string) {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(body);
}

type FloorRequest = { operationName?: string; variables?: Record<string, unknown> };

/** The write contender's floors, by operation name (floor-writes.ts). */
const WRITES: Record<
  string,
  (pool: pg.Pool, councilId: string, variables: FloorRequest['variables']) => Promise<unknown>
> = {
  CreatePerson: createPersonFloor,
  RecordDirectPayment: recordDirectPaymentFloor,
  SubmitSupportPlan: submitSupportPlanFloor,
};

/** An answer as PostgreSQL built it (JSON text), or as Node.js shaped it from rows. */
type FloorAnswer = { readonly json: string } | { readonly value: unknown };

/**
 * The floor's answer to a request, or null for another operation. `jsonInSql`: the statements
 * that build the whole body in PostgreSQL (the "floor JSON" contender).
 */
async function floorAnswer(
  pool: pg.Pool,
  councilId: string,
  request: FloorRequest,
  jsonInSql: boolean,
): Promise<FloorAnswer | null> {
  if (request.operationName === 'Caseload') {
    const first = Number(request.variables?.first);
    const limit = Number.isInteger(first) && first >= 0 && first <= 100 ? first : 50;
    if (jsonInSql) {
      const result = await pool.query<{ body: string }>({
        name: 'floor_caseload_json',
        text: CASELOAD_JSON_SQL,
        values: [councilId, limit],
      });
      return { json: result.rows[0]?.body ?? '{}' };
    }
    const result = await pool.query<CaseloadRow>({
      name: 'floor_caseload',
      text: CASELOAD_SQL,
      values: [councilId, limit],
    });
    return { value: caseloadAnswer(result.rows) };
  }
  const write = WRITES[request.operationName ?? ''];
  if (write) {
    const value = await write(pool, councilId, request.variables);
    return { value: value ?? { errors: [{ message: 'no such row to write' }] } };
  }
  if (request.operationName === 'PersonById') {
    const values = [personId(request.variables?.id), councilId];
    if (jsonInSql) {
      const result = await pool.query<{ body: string }>({
        name: 'floor_person_json',
        text: PERSON_JSON_SQL,
        values,
      });
      return { json: result.rows[0]?.body ?? '{}' };
    }
    const result = await pool.query<PersonRow>({ name: 'floor_person', text: PERSON_SQL, values });
    return { value: personAnswer(result.rows[0]) };
  }
  return null;
}

/**
 * The floor's statement served through graphql-yoga with the API's schema: the request parsed
 * and validated (both cached, as in the API), then answered with the floor's JSON instead of
 * executed. What the GraphQL server alone costs, without tokens, audit or resolvers.
 */
function floorThroughYoga(pool: pg.Pool, councilId: string) {
  const answerWithTheFloor: Plugin = {
    onExecute({ args, setResultAndStopExecution }) {
      const request = {
        operationName: args.operationName ?? undefined,
        variables: (args.variableValues ?? {}) as Record<string, unknown>,
      };
      return floorAnswer(pool, councilId, request, false).then((answer) => {
        if (answer) {
          const result: Parameters<typeof setResultAndStopExecution>[0] =
            'json' in answer ? JSON.parse(answer.json) : answer.value;
          setResultAndStopExecution(result);
        }
      });
    },
  };
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    logging: false,
    // as the API: the body is read before yoga sees it (D109)
    maxRequestBodySize: false,
    plugins: [answerWithTheFloor],
  });
}

/**
 * The floor: the least a server can do to answer the benchmark's requests. node:http and
 * node-postgres, one hand-written SQL statement per request (a named prepared statement, so each
 * connection plans it once; the cheapest for PostgreSQL, shaped in Node.js), no GraphQL, no token
 * check. It knows the operations by their
 * operationName only. `viaYoga`: the same through graphql-yoga (floorThroughYoga).
 */
function serveFloor(
  databaseUrl: string,
  port: number,
  councilId: string,
  options: { confined: boolean; viaYoga: boolean; jsonInSql: boolean; tenancyKey: string },
) {
  // confined: the connections serve the council as the API's do (the same shared pool and
  // proof), so row-level security applies
  const pool = options.confined
    ? createTenantDatabases({
        databaseUrl,
        poolSize: 20,
        tenancyKey: options.tenancyKey,
      }).forCouncil(councilId).pool
    : createConnectionPool({ databaseUrl, poolSize: 20 });
  const yoga = options.viaYoga ? floorThroughYoga(pool, councilId) : null;
  const server = createServer(async (request, response) => {
    if (request.url === '/healthz') return send(response, 200, '{"status":"ok"}');
    if (request.url !== '/graphql' || request.method !== 'POST') return send(response, 404, '{}');
    if (yoga) {
      (request as IncomingMessage & { body?: string }).body = await readBody(request);
      return yoga(request, response);
    }
    try {
      const answer = await floorAnswer(
        pool,
        councilId,
        JSON.parse(await readBody(request)),
        options.jsonInSql,
      );
      if (!answer) return send(response, 400, '{"errors":[{"message":"unknown operation"}]}');
      return send(response, 200, 'json' in answer ? answer.json : JSON.stringify(answer.value));
    } catch (error) {
      return send(response, 500, JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
  server.listen(port, '127.0.0.1');
  const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

/**
 * Starts the floor as a child process, so that its CPU and memory are measured like the API's.
 * `confined`: connect like the API (its login, connections serving the council), so that the
 * same statements run under row-level security: what the second wall costs PostgreSQL.
 * `viaYoga`: serve it through graphql-yoga with the API's schema: what the GraphQL server costs.
 * `jsonInSql`: answer with the statements that build the JSON in PostgreSQL (floor-sql.ts).
 */
export async function startFloor(
  databaseUrl: string,
  options: {
    name: string;
    confined: boolean;
    viaYoga?: boolean;
    jsonInSql?: boolean;
    tenancyKey?: string;
  } = {
    name: 'floor',
    confined: false,
  },
): Promise<ServerProcess> {
  const port = await freePort();
  return startServerProcess({
    name: options.name,
    nodeArgs: ['--import', 'tsx', here],
    cwd: resolve(dirname(here), '..'),
    port,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      FLOOR_DATABASE_URL: databaseUrl,
      FLOOR_PORT: String(port),
      FLOOR_CONFINED: options.confined ? '1' : '',
      FLOOR_TENANCY_KEY: options.tenancyKey ?? '',
      FLOOR_VIA_YOGA: options.viaYoga ? '1' : '',
      FLOOR_JSON_IN_SQL: options.jsonInSql ? '1' : '',
    },
  });
}

if (process.argv[1] === here) {
  serveFloor(
    process.env.FLOOR_DATABASE_URL ?? '',
    Number(process.env.FLOOR_PORT),
    DEMO_COUNCIL.id,
    {
      confined: process.env.FLOOR_CONFINED === '1',
      viaYoga: process.env.FLOOR_VIA_YOGA === '1',
      jsonInSql: process.env.FLOOR_JSON_IN_SQL === '1',
      tenancyKey: process.env.FLOOR_TENANCY_KEY ?? '',
    },
  );
}

// A child process for embedded-postgres.test.ts: starts the embedded PostgreSQL on the data
// folder and port given, runs one query, prints `ready <postgres pid>`, and serves until stdin
// closes (then stops the server) or it is killed.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../embedded-postgres.ts';

const [dataDir, port] = process.argv.slice(2);
if (!dataDir || !port) throw new Error('usage: embedded-postgres-child.ts <dataDir> <port>');
const server = await startEmbeddedPostgres({ dataDir, port: Number(port), persistent: true });
const client = new pg.Client({ connectionString: server.serverUrl });
await client.connect();
const { rows } = await client.query<{ answer: number }>('SELECT 41 + 1 AS answer');
await client.end();
const pid = (await readFile(join(server.dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0];
process.stdout.write(`ready ${pid} ${rows[0]?.answer} ${server.dataDir}\n`);
process.stdin.resume();
process.stdin.on('end', () => void server.stop().then(() => process.exit(0)));

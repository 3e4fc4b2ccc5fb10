import { isDeepStrictEqual } from 'node:util';
import { type Operation, rowsInAnswer } from './operations.ts';
import type { ServerProcess } from './server-process.ts';

export interface ShapeCheck {
  readonly operation: string;
  readonly identical: boolean;
  readonly detail: string;
  /** Rows the answer needs: objects in its lists (edges, deployments, plan lines). */
  readonly answerRows: number;
}

/** The path and the two values where two parsed JSON documents first differ, or null. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items against ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const found = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (found) return found;
    }
  }
  if (
    a &&
    b &&
    typeof a === 'object' &&
    typeof b === 'object' &&
    !Array.isArray(a) &&
    !Array.isArray(b)
  ) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const found = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (found) return found;
    }
  }
  return `${path}: ${JSON.stringify(a)} against ${JSON.stringify(b)}`;
}

/** Lists the schema gives no order (a budget's deployments) are compared as sets. */
const UNORDERED = new Set(['deployments']);

function canonical(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => canonical(item));
    return UNORDERED.has(key)
      ? items.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
      : items;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonical(v, k)]));
  }
  return value;
}

async function post(
  server: ServerProcess,
  body: string,
  token: string,
): Promise<{ status: number; text: string }> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  return { status: response.status, text: await response.text() };
}

/**
 * Sends the same request to the API and the floor and compares the parsed JSON answers, so that
 * the floor is known to do the same work and not less.
 */
export async function checkSameAnswer(
  operation: Operation,
  api: ServerProcess,
  floor: ServerProcess,
  token: string,
): Promise<ShapeCheck> {
  const body = operation.body(0);
  const [fromApi, fromFloor] = await Promise.all([
    post(api, body, token),
    post(floor, body, token),
  ]);
  if (fromApi.status !== 200 || !operation.succeeded(fromApi.text)) {
    throw new Error(
      `API answered ${operation.key} with ${fromApi.status}: ${fromApi.text.slice(0, 500)}`,
    );
  }
  if (fromFloor.status !== 200 || !operation.succeeded(fromFloor.text)) {
    throw new Error(
      `floor answered ${operation.key} with ${fromFloor.status}: ${fromFloor.text.slice(0, 500)}`,
    );
  }
  const apiAnswer: unknown = JSON.parse(fromApi.text);
  const difference = firstDifference(canonical(apiAnswer), canonical(JSON.parse(fromFloor.text)));
  const identical = difference === null;
  const sizes = `${fromApi.text.length} bytes from the API, ${fromFloor.text.length} from the floor`;
  const detail = identical
    ? `same JSON, a budget's deployments compared as a set (${sizes})`
    : `first difference (API against floor) at ${difference} (${sizes})`;
  return { operation: operation.key, identical, detail, answerRows: rowsInAnswer(apiAnswer) };
}

/**
 * Where each root field of the API lives on the client, by one rule (no hand-kept table):
 *
 * - a mutation `<verb><Noun>` is `<nouns>.<verb>`: `approveSupportPlan` → `supportPlans.approve`,
 *   `recordDirectPayment` → `directPayments.record`, `createPerson` → `people.create`; when only
 *   the start of the noun names a type of the schema, the rest joins the verb:
 *   `rotateApiClientSecret` → `apiClients.rotateSecret`;
 * - a query returning a connection of `Node`s is `<field>.list`: `people` → `people.list`;
 * - `viewer` and `node` are methods of the client itself;
 * - any other query (figures, report rows) is `reports.<field>`: `ascof3d` → `reports.ascof3d`.
 */
export interface MethodName {
  /** Property of the client holding the method; null for a method of the client itself. */
  readonly namespace: string | null;
  readonly method: string;
}

/** Verbs of more than one word: `setUpDirectPayment` is `directPayments.setUp`. */
const PHRASAL_PARTICLES = ['Up'];
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = { person: 'people' };
const CLIENT_METHODS = new Set(['viewer', 'node']);

const lowerFirst = (word: string) => word.charAt(0).toLowerCase() + word.slice(1);

/** `SupportPlan` → `supportPlans`, `Recovery` → `recoveries`, `DirectPayments` stays plural. */
export function pluralNamespace(noun: string): string {
  const words = noun.split(/(?=[A-Z])/);
  const last = lowerFirst(words.pop() ?? '');
  const head = words.length > 0 ? lowerFirst(words.join('')) : '';
  const plural =
    IRREGULAR_PLURALS[last] ??
    (last.endsWith('s') ? last : /[^aeiou]y$/.test(last) ? `${last.slice(0, -1)}ies` : `${last}s`);
  return head === '' ? plural : `${head}${plural.charAt(0).toUpperCase()}${plural.slice(1)}`;
}

/** Splits `ApiClientSecret` into the longest leading type name (`ApiClient`) and the rest. */
function splitNoun(noun: string, isTypeName: (name: string) => boolean): [string, string] {
  const words = noun.split(/(?=[A-Z])/);
  for (let length = words.length; length > 0; length--) {
    const head = words.slice(0, length).join('');
    if (isTypeName(head)) return [head, words.slice(length).join('')];
  }
  return [noun, ''];
}

export function mutationMethodName(
  field: string,
  isTypeName: (name: string) => boolean = () => false,
): MethodName {
  const match = /^([a-z0-9]+)([A-Z].*)$/.exec(field);
  if (!match?.[1] || !match[2]) {
    throw new Error(`Mutation ${field} is not <verb><Noun>; rename it or extend method-names.ts`);
  }
  let verb = match[1];
  let noun = match[2];
  const particle = PHRASAL_PARTICLES.find(
    (word) => noun.startsWith(word) && /^[A-Z]/.test(noun.slice(word.length)),
  );
  if (particle) {
    verb += particle;
    noun = noun.slice(particle.length);
  }
  const [thing, rest] = splitNoun(noun, isTypeName);
  return { namespace: pluralNamespace(thing), method: `${verb}${rest}` };
}

export function queryMethodName(field: string, returnsNodeConnection: boolean): MethodName {
  if (CLIENT_METHODS.has(field)) return { namespace: null, method: field };
  if (returnsNodeConnection) return { namespace: field, method: 'list' };
  return { namespace: 'reports', method: field };
}

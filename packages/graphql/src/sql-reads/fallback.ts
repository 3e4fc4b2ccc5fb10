/**
 * Why a query went to the resolvers instead of the compiled read (D80). Each is counted, and
 * logged at debug level with what it concerns (a type or field name, never a value).
 */
export type FallbackReason =
  /** The operation has a root field other than `people` and `node`. */
  | 'root-field'
  /** A field neither declares its SQL nor is exposed, or says it is for the resolvers only. */
  | 'field-not-compiled'
  /** An object type that has no Prisma model. */
  | 'type-not-compiled'
  /** A field, type or root whose authScopes the compiler does not derive (D80). */
  | 'auth-not-derived'
  /** The viewer does not hold a scope the compiled read checks; the resolvers refuse or filter. */
  | 'auth-not-granted'
  /** Arguments on a leaf or list, differing arguments for one key, or an argument not allowed. */
  | 'arguments'
  /** `@skip` or `@include`, which would be evaluated per request. */
  | 'directive'
  /** A fragment spread without its definition. */
  | 'fragment'
  /** A connection selection other than edges { cursor node } and pageInfo, or two of them. */
  | 'connection-shape'
  /** A row of more than 100 values (json_build_array takes at most 100 arguments). */
  | 'too-many-columns'
  /** A cursor, filter or `last` given (only first pages are compiled). */
  | 'not-a-first-page'
  /** A page size the resolvers would refuse. */
  | 'page-size'
  /** `node(id:)` of something that is not a person, or no such person in the council. */
  | 'not-a-person'
  /** A resolver or serializer refused a value: the resolvers answer it with their field error. */
  | 'field-error';

/**
 * Thrown while compiling or answering a compiled read when it could not answer exactly as the
 * resolvers would: the operation then runs through the resolvers instead.
 */
export class NotCompilable extends Error {
  override readonly name = 'NotCompilable';
  constructor(
    readonly reason: FallbackReason,
    /** What it concerns: a type or field name, or an argument's name; never a value. */
    readonly subject = '',
  ) {
    super(subject ? `${reason}: ${subject}` : reason);
  }
}

const counts = new Map<FallbackReason, number>();
let answered = 0;
let debugLog: ((reason: FallbackReason, subject: string) => void) | undefined;

/** Where fallbacks are logged (the API's debug log); none by default. */
export function logFallbacksTo(log: (reason: FallbackReason, subject: string) => void): void {
  debugLog = log;
}

/** A request the resolvers answer instead of the compiled read. */
export function countFallback(fallback: NotCompilable): void {
  counts.set(fallback.reason, (counts.get(fallback.reason) ?? 0) + 1);
  debugLog?.(fallback.reason, fallback.subject);
}

/** A request the compiled read answered. */
export function countCompiledAnswer(): void {
  answered += 1;
}

/** Requests answered by the compiled read, and fallbacks by reason, since the process started. */
export function sqlReadCounts(): {
  readonly compiled: number;
  readonly fallbacks: Readonly<Partial<Record<FallbackReason, number>>>;
} {
  return { compiled: answered, fallbacks: Object.fromEntries(counts) };
}

/**
 * A closed list of codes with their national labels (domain.md §6.1, §6.3). Codes are
 * SCREAMING_SNAKE_CASE and become GraphQL enum values; `r1`/`r2` are the exact labels of the
 * Adult Social Care Client Level Data (CLD) Release 1 and Release 2 specifications, `null` where a
 * value does not exist in that release. Lists that are not CLD lists carry the human label in both.
 */

export interface CodeListEntry {
  readonly r1: string | null;
  readonly r2: string | null;
  readonly description?: string;
}

export interface CodeList<C extends string> {
  /** PascalCase; the GraphQL enum name. */
  readonly name: string;
  readonly description: string;
  /** Where the values come from (domain.md source ids such as `S-01b`, or `[P]` for a proposal). */
  readonly source: string;
  /** Codes in their defined order. */
  readonly codes: readonly C[];
  readonly entries: { readonly [K in C]: CodeListEntry };
}

export type CodeOf<L> = L extends CodeList<infer C> ? C : never;

export type CldRelease = 'R1' | 'R2';

/** Defines a code list; the codes are the keys of `entries`, in order. The result is frozen. */
export function defineCodeList<const C extends string>(spec: {
  name: string;
  description: string;
  source: string;
  entries: { [K in C]: CodeListEntry };
}): CodeList<C> {
  const codes = Object.keys(spec.entries) as C[];
  for (const code of codes) {
    const entry: CodeListEntry = spec.entries[code];
    Object.freeze(entry);
  }
  return Object.freeze({
    name: spec.name,
    description: spec.description,
    source: spec.source,
    codes: Object.freeze(codes),
    entries: Object.freeze(spec.entries),
  });
}

/** The label of `code` in a release, falling back to the other release's label, then the code. */
export function labelOf<C extends string>(list: CodeList<C>, code: C, release: CldRelease): string {
  const entry: CodeListEntry = list.entries[code];
  const [first, second] = release === 'R1' ? [entry.r1, entry.r2] : [entry.r2, entry.r1];
  return first ?? second ?? code;
}

/** Whether `value` is one of the list's codes. */
export function isCode<C extends string>(list: CodeList<C>, value: string): value is C {
  return Object.hasOwn(list.entries, value);
}

function normaliseLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The code whose R1 or R2 label matches `label` (case and spacing ignored), for importing CLD
 * extracts; `null` if none does. `release` limits the match to one release.
 */
export function codeForLabel<C extends string>(
  list: CodeList<C>,
  label: string,
  release?: CldRelease,
): C | null {
  const wanted = normaliseLabel(label);
  for (const code of list.codes) {
    const entry: CodeListEntry = list.entries[code];
    const labels =
      release === 'R1' ? [entry.r1] : release === 'R2' ? [entry.r2] : [entry.r1, entry.r2];
    if (labels.some((candidate) => candidate !== null && normaliseLabel(candidate) === wanted)) {
      return code;
    }
  }
  return null;
}

/** One entry of a GraphQL response's top-level `errors`. */
export interface GraphQLErrorItem {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly locations?: readonly { readonly line: number; readonly column: number }[];
  readonly extensions?: Readonly<Record<string, unknown>>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The well-formed entries of a response's `errors` (anything else is dropped). */
export function graphQLErrorItems(value: unknown): GraphQLErrorItem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): GraphQLErrorItem[] => {
    if (!isRecord(entry) || typeof entry.message !== 'string') return [];
    return [
      {
        message: entry.message,
        ...(Array.isArray(entry.path) ? { path: entry.path as (string | number)[] } : {}),
        ...(Array.isArray(entry.locations)
          ? { locations: entry.locations as { line: number; column: number }[] }
          : {}),
        ...(isRecord(entry.extensions) ? { extensions: entry.extensions } : {}),
      },
    ];
  });
}

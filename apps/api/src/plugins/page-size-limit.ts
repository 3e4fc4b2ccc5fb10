import { MAX_PAGE_SIZE } from '@openpb/graphql/builder';
import { type ArgumentNode, type DocumentNode, Kind, visit } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

const PAGE_ARGUMENTS = new Set(['first', 'last']);

function pageSizeOf(argument: ArgumentNode, variables: Record<string, unknown>): unknown {
  if (argument.value.kind === Kind.INT) return Number(argument.value.value);
  if (argument.value.kind === Kind.VARIABLE) return variables[argument.value.name.value];
  return undefined;
}

const pageArgumentsByDocument = new WeakMap<DocumentNode, readonly ArgumentNode[]>();

/** The document's `first`/`last` arguments, found once per parsed document. */
function pageArguments(document: DocumentNode): readonly ArgumentNode[] {
  let found = pageArgumentsByDocument.get(document);
  if (!found) {
    const argumentsFound: ArgumentNode[] = [];
    visit(document, {
      Argument(node) {
        if (PAGE_ARGUMENTS.has(node.name.value)) argumentsFound.push(node);
      },
    });
    found = argumentsFound;
    pageArgumentsByDocument.set(document, found);
  }
  return found;
}

/**
 * Refuses, before anything runs, any connection asked for more than MAX_PAGE_SIZE items (or a
 * negative number), instead of silently returning fewer than asked.
 */
export function usePageSizeLimit(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const offending = pageArguments(args.document).find((node) => {
        const size = pageSizeOf(node, variables);
        return typeof size === 'number' && (size < 0 || size > MAX_PAGE_SIZE);
      })?.name.value;
      if (offending) {
        setResultAndStopExecution({
          errors: [
            createGraphQLError(`\`${offending}\` must be between 0 and ${MAX_PAGE_SIZE}`, {
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          ],
        });
      }
    },
  };
}

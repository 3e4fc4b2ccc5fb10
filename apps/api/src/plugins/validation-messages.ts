import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { publicMessage } from '../errors/public-message.ts';

/**
 * Validation errors answer before execution and so never reach error masking: their messages
 * get the same rewrite (errors/public-message.ts) here — no literal values sent, and in
 * production no "Did you mean" suggestions, which recover the schema with introspection off.
 */
export function useValidationMessages(production: boolean): Plugin {
  return {
    onValidate:
      () =>
      ({ result, setResult }) => {
        if (result.length === 0) return;
        setResult(
          result.map((error) => {
            const message = publicMessage(error.message, error.originalError?.message, production);
            return message === error.message
              ? error
              : new GraphQLError(message, {
                  nodes: error.nodes ?? null,
                  extensions: error.extensions,
                });
          }),
        );
      },
  };
}

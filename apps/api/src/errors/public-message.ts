/**
 * GraphQL's own messages, rewritten so that they repeat nothing the caller sent and, in production,
 * reveal nothing of the schema (D16a; OWASP ASVS 7.4.1, 8.3.1):
 * - a variable that fails coercion (`Variable "$input" got invalid value { name: "…", birthDate:
 *   "…" } at "input.birthDate"; …`) names the variable, the field and the expected type only;
 * - an inline literal that fails (`Expected value of type "Date", found "…"; …`) names the type;
 * - "Did you mean …?" suggestions, which recover field and type names with introspection off, are
 *   dropped in production.
 */
export function publicMessage(
  message: string,
  reason: string | undefined,
  production: boolean,
): string {
  const rewritten = withoutInputValues(message, reason);
  return production ? withoutSuggestions(rewritten) : rewritten;
}

const VARIABLE = /^Variable "\$([^"]+)" got invalid value /;
const LITERAL = /^Expected value of type "([^"]+)", found /;

function withoutInputValues(message: string, reason: string | undefined): string {
  const variable = VARIABLE.exec(message);
  if (variable) {
    // graphql-js: `${prefix}; ${reason}`, the prefix ending in ` at "path"` when nested
    const cause = reason ?? message.slice(message.lastIndexOf('; ') + 2);
    const prefix = message.slice(0, Math.max(0, message.length - cause.length - 2));
    const at = / at "([^"]*)"$/.exec(prefix)?.[1];
    return `Variable "$${variable[1]}" got an invalid value${at ? ` at "${at}"` : ''}; ${valueFree(cause)}`;
  }
  const literal = LITERAL.exec(message);
  if (literal) {
    return `Expected value of type "${literal[1]}"${reason ? `; ${valueFree(reason)}` : '.'}`;
  }
  return message;
}

/** A coercion failure's reason without the value: graphql-js quotes it after a colon or in enums. */
function valueFree(reason: string): string {
  return reason
    .replace(
      /Value [\s\S]* does not exist in "([^"]+)" enum\./,
      'The value is not one of enum "$1".',
    )
    .replace(/(cannot represent[^:]*): [\s\S]*$/, '$1.');
}

function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean [\s\S]*$/, '').trimEnd();
}

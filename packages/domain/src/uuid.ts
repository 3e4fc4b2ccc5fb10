const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `text` is a UUID in its canonical hyphenated form (any version). */
export function isUuid(text: string): boolean {
  return UUID.test(text);
}

// Query strings for links that keep the current one (the language switcher); no server-only code, no zod.

/**
 * Every value of each query parameter, by name, to rebuild the same query string in a link. A record without
 * prototype: a parameter named `constructor`, `toString` or `__proto__` is just a name, never a property of Object.
 */
export function queryOfSearchParams(search: URLSearchParams): Record<string, string[]> {
  const query = Object.create(null) as Record<string, string[]>;
  for (const [key, value] of search.entries()) {
    const values = Object.hasOwn(query, key) ? query[key] : undefined;
    if (values) values.push(value);
    else query[key] = [value];
  }
  return query;
}

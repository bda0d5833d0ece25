/** Close's `_fields=a,b`: each returned object keeps only those keys; envelopes stay whole. */
export function selectFields<T extends Record<string, unknown>>(
  object: T,
  fields: string | undefined,
): Partial<T> {
  if (!fields) return object;
  return pickFields(
    object,
    fields.split(",").map((field) => field.trim()),
  );
}

/** `object` with only the keys named (a search's `_fields` list; none keeps none). */
export function pickFields<T extends Record<string, unknown>>(
  object: T,
  names: readonly string[],
): Partial<T> {
  const wanted = new Set(names);
  return Object.fromEntries(
    Object.entries(object).filter(([key]) => wanted.has(key)),
  ) as Partial<T>;
}

/** Close's `_skip`/`_limit` paging over a list, with `has_more`. */
export function page<T>(items: readonly T[], query: { _skip?: string; _limit?: string }) {
  const skip = toCount(query._skip, 0);
  const limit = Math.min(toCount(query._limit, 100), 100);
  return { data: items.slice(skip, skip + limit), has_more: skip + limit < items.length };
}

function toCount(value: string | undefined, fallback: number): number {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : fallback;
}

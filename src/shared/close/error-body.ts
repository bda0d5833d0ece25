/**
 * Close's 400 body, the one shape every Close client parses:
 * `{"errors": [...], "field-errors": {...}}`. A field's entry is a message, or — for a list —
 * `{"errors": {"<index>": <the item's own body>}}`, items nesting by index as string keys.
 */
export type FieldError = string | ListErrors | CloseErrorBody;
export interface ListErrors {
  errors: Record<string, string | CloseErrorBody>;
}
export interface CloseErrorBody {
  errors: string[];
  "field-errors": Record<string, FieldError>;
}

/** One problem found while checking a request: where (as a path into the body) and what. */
export interface Problem {
  path: readonly (string | number)[];
  message: string;
}

export const notAnObjectBody: CloseErrorBody = {
  errors: ["Invalid request: JSON dictionary expected."],
  "field-errors": {},
};

/** Folds problems into Close's nested body; the first message for a place wins. */
export function toCloseErrorBody(problems: readonly Problem[]): CloseErrorBody {
  const body: CloseErrorBody = { errors: [], "field-errors": {} };
  for (const problem of problems) place(body, problem.path, problem.message);
  return body;
}

function place(body: CloseErrorBody, path: readonly (string | number)[], message: string): void {
  const [key, next, ...rest] = path;
  if (key === undefined) {
    body.errors.push(message);
    return;
  }
  const fields = body["field-errors"];
  const name = String(key);
  if (next === undefined) {
    setOnce(fields, name, message);
    return;
  }
  if (typeof next === "number") {
    const list = setOnce(fields, name, { errors: {} });
    if (typeof list === "string" || Array.isArray(list.errors)) return;
    const item = setOnce(list.errors, String(next), { errors: [], "field-errors": {} });
    if (typeof item !== "string") place(item, rest, message);
    return;
  }
  const nested = setOnce(fields, name, { errors: [], "field-errors": {} });
  if (typeof nested !== "string" && "field-errors" in nested)
    place(nested, [next, ...rest], message);
}

/**
 * The entry at `key`, set to `value` first if absent. Own keys only, defined rather than
 * assigned: "constructor" and "__proto__" are field names like any other here.
 */
function setOnce<T>(record: Record<string, T>, key: string, value: T): T {
  if (!Object.hasOwn(record, key)) {
    Object.defineProperty(record, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return record[key] as T;
}

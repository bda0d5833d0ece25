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
    fields[name] ??= message;
    return;
  }
  if (typeof next === "number") {
    fields[name] ??= { errors: {} };
    const list = fields[name];
    if (typeof list === "string" || Array.isArray(list.errors)) return;
    const index = String(next);
    list.errors[index] ??= { errors: [], "field-errors": {} };
    const item = list.errors[index];
    if (typeof item !== "string") place(item, rest, message);
    return;
  }
  fields[name] ??= { errors: [], "field-errors": {} };
  const nested = fields[name];
  if (typeof nested !== "string" && "field-errors" in nested)
    place(nested, [next, ...rest], message);
}

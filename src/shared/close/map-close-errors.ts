/** Close's errors, flattened: each field's message under its dotted path, and the rest. */
export interface CloseErrors {
  /** `path` is Close's: `name`, `emails.2.email`, `emails.0` (an item), `emails` (the list), `custom.cf_x`. */
  fields: { path: string; message: string }[];
  /** Messages about the request as a whole. */
  general: string[];
}

export const UNEXPLAINED_ERROR = "Close answered with an error it did not explain.";

/**
 * Reads any error body Close or our server sends: the 400 body `{errors, "field-errors"}` at any
 * depth (see error-body.ts), `{error: "…"}`, or the legacy `{error: {message: "…"}}`. Trusts
 * nothing about the shape: whatever is not recognised is skipped.
 */
export function mapCloseErrors(body: unknown): CloseErrors {
  const found: CloseErrors = { fields: [], general: [] };
  if (isRecord(body)) {
    collect(body, [], found);
    const { error } = body;
    if (typeof error === "string") found.general.push(error);
    else if (isRecord(error) && typeof error.message === "string")
      found.general.push(error.message);
  }
  if (found.fields.length === 0 && found.general.length === 0) {
    found.general.push(UNEXPLAINED_ERROR);
  }
  return found;
}

/**
 * One node of the body: a message, a body (`errors` a list of messages, `field-errors` by key),
 * or a list's errors (`errors` by item index). Segments are joined with "." as they are, so a
 * custom key `custom.cf_x` keeps its own dot.
 */
function collect(node: unknown, path: readonly string[], found: CloseErrors): void {
  if (typeof node === "string") {
    if (path.length === 0) found.general.push(node);
    else found.fields.push({ path: path.join("."), message: node });
    return;
  }
  if (!isRecord(node)) return;
  const { errors } = node;
  const fieldErrors = node["field-errors"];
  if (Array.isArray(errors)) {
    for (const message of errors) if (typeof message === "string") collect(message, path, found);
  } else if (isRecord(errors)) {
    for (const [index, item] of Object.entries(errors)) collect(item, [...path, index], found);
  }
  if (isRecord(fieldErrors)) {
    for (const [key, value] of Object.entries(fieldErrors)) collect(value, [...path, key], found);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

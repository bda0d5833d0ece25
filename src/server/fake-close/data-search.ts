import type { Problem } from "../../shared/close/error-body";

/**
 * The part of Close's Advanced Filtering API (`POST /data/search/`) that the app uses: leads,
 * or contacts, whose name has words beginning with the words typed. Close's query is a tree of
 * `and`, `object_type` and `field_condition` queries ("Advanced Filtering" in Close's API docs);
 * this reads `{type: "and", queries: [{object_type: lead | contact}, <at most one name
 * condition>]}` and refuses anything else with a 400, so that a client relying on more is
 * caught here. [choice] The refusal's wording, and the key it is under; its shape is Close's
 * 400 body.
 */
export interface Search {
  objectType: SearchedType;
  /**
   * Contacts holding any of these exactly (an `or` of `has_related` conditions on
   * `contact_email`/`contact_phone` in `exact_value` mode); null without such a condition.
   */
  holding: { emails: string[]; phones: string[] } | null;
  /** The field the name condition reads (`name` or `display_name`). */
  nameField: string;
  /** The words a lead's name must have words beginning with; null without a condition. */
  words: string[] | null;
  /** Fields to answer for each object (`_fields.<type>`); the id alone unless given. */
  fields: string[];
  limit: number;
  /** How many matches the cursor says were already answered. */
  skip: number;
}

/** [choice] Close documents no default or maximum `_limit` for searches. */
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 200;
/** The keys of a search body the stand-in reads; others (sort, include_counts, …) are refused. */
const READ_KEYS = ["query", "_fields", "_limit", "cursor"];
/** The fields a name condition may name: both hold the lead's, or the contact's, name. */
const NAME_FIELDS = ["name", "display_name"];
const SEARCHED_TYPES = ["lead", "contact"] as const;
export type SearchedType = (typeof SEARCHED_TYPES)[number];

export function readSearch(
  body: unknown,
): { ok: true; search: Search } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const refuse = (path: Problem["path"], message: string) => {
    problems.push({ path, message });
    return { ok: false as const, problems };
  };
  if (!isRecord(body)) return refuse([], "Invalid request: JSON dictionary expected.");
  const { query, _fields, _limit, cursor } = body;
  const other = Object.keys(body).find((key) => !READ_KEYS.includes(key));
  if (other !== undefined) return refuse([other], "The stand-in does not read this field.");
  const queries = isRecord(query) && query.type === "and" ? query.queries : [query];
  if (!Array.isArray(queries)) return refuse(["query"], "An and query takes a list of queries.");
  const [objectType, condition, ...more] = queries;
  const searched =
    isRecord(objectType) && objectType.type === "object_type" && objectType.object_type;
  if (!SEARCHED_TYPES.includes(searched as SearchedType)) {
    return refuse(
      ["query"],
      "The stand-in searches leads and contacts only: start with an object_type query for one.",
    );
  }
  const type = searched as SearchedType;
  if (more.length > 0) return refuse(["query"], "The stand-in takes at most one condition.");
  const holding = type === "contact" ? heldValues(condition) : undefined;
  const byName =
    condition === undefined || holding
      ? { words: null, field: "name" }
      : nameWords(condition, type);
  if (byName === undefined) {
    return refuse(
      ["query"],
      `The stand-in takes one condition: a text condition in beginning_of_words mode on the ${type}'s name, or (for contacts) an or of has_related conditions on their emails and phones in exact_value mode.`,
    );
  }

  const fields = isRecord(_fields) ? _fields[type] : ["id"];
  if (!Array.isArray(fields) || !fields.every((field) => typeof field === "string")) {
    return refuse(
      ["_fields"],
      'Give the fields of each object type as a list, e.g. {"lead": ["id"]}.',
    );
  }
  const limit = _limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || (limit as number) < 1 || (limit as number) > MAX_LIMIT) {
    return refuse(["_limit"], `Must be an integer from 1 to ${MAX_LIMIT}.`);
  }
  const skip = cursor == null ? 0 : readCursor(cursor);
  if (skip === undefined) return refuse(["cursor"], "Invalid cursor.");
  return {
    ok: true,
    search: {
      objectType: type,
      holding: holding ?? null,
      nameField: byName.field,
      words: byName.words,
      fields,
      limit: limit as number,
      skip,
    },
  };
}

/**
 * Whether `name` has, for each of `words`, a word beginning with it, case aside. [choice] A
 * condition with no words (only punctuation) matches no lead; no condition matches every lead.
 */
export function matchesBeginningOfWords(name: string, words: readonly string[] | null): boolean {
  if (words === null) return true;
  if (words.length === 0) return false;
  const own = toWords(name);
  return words.every((word) => own.some((candidate) => candidate.startsWith(word)));
}

/**
 * Whether a stored contact holds any of the values: an email as Close compares it in
 * `exact_value` mode (the stand-in compares in lower case, [choice]), a phone in E.164.
 */
export function holdsAny(
  contact: Record<string, unknown>,
  { emails, phones }: { emails: readonly string[]; phones: readonly string[] },
): boolean {
  const own = (list: unknown, key: string) =>
    (Array.isArray(list) ? list : []).map((item) => String(item?.[key] ?? ""));
  const wanted = new Set(emails.map((email) => email.toLowerCase()));
  return (
    own(contact.emails, "email").some((email) => wanted.has(email.toLowerCase())) ||
    own(contact.phones, "phone").some((phone) => phones.includes(phone))
  );
}

/** [choice] Close's cursor is opaque: here, how many matches came before, in base64. */
export function nextCursor(skip: number, answered: number, total: number): string | null {
  const next = skip + answered;
  return next < total ? Buffer.from(`skip:${next}`).toString("base64url") : null;
}

function readCursor(cursor: unknown): number | undefined {
  if (typeof cursor !== "string") return undefined;
  const match = /^skip:(\d+)$/.exec(Buffer.from(cursor, "base64url").toString());
  return match ? Number(match[1]) : undefined;
}

/** The words of a name condition and the field it reads, or undefined when it is not one the stand-in reads. */
function nameWords(
  condition: unknown,
  type: SearchedType,
): { words: string[]; field: string } | undefined {
  if (!isRecord(condition) || condition.type !== "field_condition") return undefined;
  const { field, condition: test } = condition;
  if (
    !isRecord(field) ||
    field.type !== "regular_field" ||
    field.object_type !== type ||
    !NAME_FIELDS.includes(String(field.field_name)) ||
    !isRecord(test) ||
    test.type !== "text" ||
    test.mode !== "beginning_of_words" ||
    typeof test.value !== "string"
  ) {
    return undefined;
  }
  return { words: toWords(test.value), field: String(field.field_name) };
}

/** What a contact must hold exactly, from `{type: "or", queries: [has_related …]}`. */
function heldValues(condition: unknown): { emails: string[]; phones: string[] } | undefined {
  if (!isRecord(condition) || condition.type !== "or" || !Array.isArray(condition.queries)) {
    return undefined;
  }
  const held = { emails: [] as string[], phones: [] as string[] };
  const kinds = {
    contact_email: { field: "email", list: held.emails },
    contact_phone: { field: "phone", list: held.phones },
  } as const;
  for (const query of condition.queries) {
    if (!isRecord(query) || query.type !== "has_related" || query.this_object_type !== "contact")
      return undefined;
    const kind = kinds[String(query.related_object_type) as keyof typeof kinds];
    const { related_query: related } = query;
    if (!kind || !isRecord(related) || related.type !== "field_condition") return undefined;
    const { field, condition: test } = related;
    if (
      !isRecord(field) ||
      field.type !== "regular_field" ||
      field.object_type !== query.related_object_type ||
      field.field_name !== kind.field ||
      !isRecord(test) ||
      test.type !== "text" ||
      test.mode !== "exact_value" ||
      typeof test.value !== "string"
    ) {
      return undefined;
    }
    kind.list.push(test.value);
  }
  return held.emails.length + held.phones.length > 0 ? held : undefined;
}

/** [choice] Words are runs of letters and digits, compared in lower case. */
function toWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

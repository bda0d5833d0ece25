import type { ContactMatch } from "../../shared/contact-match";
import { ApiError, requestJson } from "./http";

/** A contact Close already holds with an email or a phone being typed (GET /api/contact/matches). */
export type Match = ContactMatch;

export type MatchKind = "email" | "phone";

/** [choice] At most this many checks in flight; others wait their turn. */
const IN_FLIGHT = 2;

/** Answers for the page's life, by kind and value: one search per value. */
const known = new Map<string, Promise<Match[]>>();
let running = 0;
const waiting: (() => void)[] = [];

/**
 * The contacts holding `value` (an email in lower case, a phone in E.164), asked of our server
 * once per value for the page's life, at most two at a time. A failed check is forgotten, so
 * that it can run again.
 */
export function checkMatches(kind: MatchKind, value: string): Promise<Match[]> {
  const key = `${kind}:${value}`;
  let answer = known.get(key);
  if (!answer) {
    answer = inTurn(() => askServer(kind, value));
    known.set(key, answer);
    answer.catch(() => known.delete(key));
  }
  return answer;
}

/** [choice] A check Close asks to wait for waits this long at most, once; longer, it fails. */
const MAX_WAIT_SECONDS = 10;

/**
 * Close counts searches apart from creating (its limits are per endpoint group): a 429 here
 * only delays the check, by the wait Close asks for.
 */
async function askServer(kind: MatchKind, value: string, retries = 1): Promise<Match[]> {
  const query = new URLSearchParams({ [kind]: value });
  try {
    const body = (await requestJson(`/api/contact/matches?${query}`)) as { matches?: unknown };
    return Array.isArray(body.matches) ? (body.matches as Match[]) : [];
  } catch (error) {
    const wait =
      error instanceof ApiError && error.status === 429 && (error.retryAfterSeconds ?? 1);
    if (retries === 0 || !wait || wait > MAX_WAIT_SECONDS) throw error;
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    return askServer(kind, value, retries - 1);
  }
}

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= IN_FLIGHT) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

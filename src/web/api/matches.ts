import { requestJson } from "./http";

/** A contact Close already holds with an email or a phone being typed (GET /api/contact/matches). */
export interface Match {
  id: string;
  name: string;
  lead_id: string;
  lead_name: string;
  emails: string[];
  phones: string[];
  /** The contact's lead in Close's app. */
  html_url: string;
}

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

async function askServer(kind: MatchKind, value: string): Promise<Match[]> {
  const query = new URLSearchParams({ [kind]: value });
  const body = (await requestJson(`/api/contact/matches?${query}`)) as { matches?: unknown };
  return Array.isArray(body.matches) ? (body.matches as Match[]) : [];
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

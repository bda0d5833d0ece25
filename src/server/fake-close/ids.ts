import { randomInt } from "node:crypto";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** A Close-style id: a prefix and 43 base62 characters, e.g. `cont_sNIdBgng…`. */
export function newId(prefix: "cont" | "lead" | "sub"): string {
  let token = "";
  for (let i = 0; i < 43; i++) token += BASE62[randomInt(62)];
  return `${prefix}_${token}`;
}

/** Close's timestamp format: microseconds and an explicit offset, `2013-03-07T23:23:21.495000+00:00`. */
export function closeTimestamp(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, ".$1000+00:00");
}

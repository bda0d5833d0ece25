/** Formatting of Close's values for people: their locale, their time zone. */

const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "short",
});

// A day with no time of its own (a `date` custom field): read and shown in UTC, so that no
// time zone moves it to the day before. The same date style as dateTimeFormat.
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" });
const DAY = /^\d{4}-\d{2}-\d{2}$/;

// Date.parse reads almost anything ("1" is the year 2001); Close's timestamps are ISO 8601.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** A Close timestamp as a Date, or null when it cannot be read as one. */
export function parseTimestamp(raw: string): Date | null {
  if (!ISO_DATE.test(raw)) return null;
  const time = Date.parse(raw);
  return Number.isNaN(time) ? null : new Date(time);
}

export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}

/** Seconds as m:ss (65 → "1:05"); a value that is no duration shows as it came. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return String(seconds);
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

/**
 * A custom field value as text: dates and datetimes as the card's timestamps read, lists joined
 * with ", ", other scalars as they read.
 */
export function formatCustomValue(value: unknown, type?: string): string {
  if (value === null || value === undefined) return "None";
  if (Array.isArray(value)) {
    return value.length === 0
      ? "None"
      : value.map((one) => formatCustomValue(one, type)).join(", ");
  }
  if (typeof value === "string" && type === "date" && DAY.test(value)) {
    const day = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(day.getTime())) return dayFormat.format(day);
  }
  if (typeof value === "string" && type === "datetime") {
    const time = parseTimestamp(value);
    if (time) return formatDateTime(time);
  }
  // Close never sends an object as a value; if one comes, show it rather than hide it.
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

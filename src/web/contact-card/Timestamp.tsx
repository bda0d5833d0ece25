import { formatDateTime, parseTimestamp } from "./format";

/** A Close timestamp in the person's locale and time zone; unreadable ones show as Close sent them. */
export function Timestamp({ value }: { value: string }) {
  const date = parseTimestamp(value);
  if (date === null) return <span>{value}</span>;
  return <time dateTime={date.toISOString()}>{formatDateTime(date)}</time>;
}

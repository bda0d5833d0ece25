/** Our defaults, one home each, for the server and the page alike. */

/** The country of a phone number written without `+` (the README's DEFAULT_PHONE_COUNTRY). */
export const DEFAULT_PHONE_COUNTRY = "US";

/**
 * How the server reaches Close: "demo" against the built-in stand-in, "live" with a key, "team"
 * as each signed-in person.
 */
export type ServerMode = "demo" | "live" | "team";

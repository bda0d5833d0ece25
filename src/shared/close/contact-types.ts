/** Close's own type values (seen in its API); a missing type means the first of each list. */
export const EMAIL_TYPES = ["office", "home", "direct", "other"] as const;
export const PHONE_TYPES = ["office", "mobile", "home", "direct", "fax", "other"] as const;
export const URL_TYPES = ["url"] as const;

/** Close's limits on POST /contact/, with no code attached, for the first page load too. */
export const MAX_TEXT_LENGTH = 1000;
export const MAX_LIST_ITEMS = 100;
/** Custom field values travel as top-level keys `custom.cf_<id>`. */
export const CUSTOM_KEY_PREFIX = "custom.";

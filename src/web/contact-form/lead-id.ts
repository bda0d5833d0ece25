/** What a Close lead id looks like: `lead_` and an opaque token. */
export const LEAD_ID = /^lead_[A-Za-z0-9]+$/;

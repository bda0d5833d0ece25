const ID_FORMS = {
  lead: /^lead_[A-Za-z0-9]+$/,
  cf: /^cf_[A-Za-z0-9]+$/,
  user: /^user_[A-Za-z0-9]+$/,
  cont: /^cont_[A-Za-z0-9]+$/,
};

/** Whether a value looks like a Close id of that kind: its prefix and an opaque token (`lead_…`). */
export function isCloseId(kind: keyof typeof ID_FORMS, value: string): boolean {
  return ID_FORMS[kind].test(value);
}

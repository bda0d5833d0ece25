// [choice] Close's tokens are some 40 characters; 100 bounds what a request can make us send.
const ID_FORMS = {
  lead: /^lead_[A-Za-z0-9]{1,100}$/,
  cf: /^cf_[A-Za-z0-9]{1,100}$/,
  user: /^user_[A-Za-z0-9]{1,100}$/,
  cont: /^cont_[A-Za-z0-9]{1,100}$/,
};

/** Whether a value looks like a Close id of that kind: its prefix and an opaque token (`lead_…`). */
export function isCloseId(kind: keyof typeof ID_FORMS, value: string): boolean {
  return ID_FORMS[kind].test(value);
}

/**
 * Close's email rule, as its validator (closeio/cleancat's Email) has it: something@, a domain
 * not starting with a dot, and a top-level domain of 2 to 63 letters; at most 254 characters,
 * once the whitespace around it is stripped.
 */
const EMAIL = /^.+@[^.].*\.[a-z]{2,63}$/i;
const MAX_EMAIL_LENGTH = 254;

export function isEmailLikeClose(value: string): boolean {
  const email = value.trim();
  return email.length <= MAX_EMAIL_LENGTH && EMAIL.test(email);
}

/**
 * Close's email rule, as its validator has it (closeio/cleancat, `cleancat/base.py`, class
 * `Email`): the whitespace around the value is stripped first; then no whitespace and a single
 * `@`; neither part starts or ends with a dot nor holds two in a row; the domain ends in a
 * top-level domain of 2 to 63 letters; at most 254 characters.
 */
const EMAIL = /^(?:[^.@\s]|[^.@\s]\.(?!\.))*[^.@\s]@[^.@\s](?:[^.@\s]|\.(?!\.))*\.[a-z]{2,63}$/i;
const MAX_EMAIL_LENGTH = 254;

export function isEmailLikeClose(value: string): boolean {
  const email = value.trim();
  // Counted in characters, as Python (cleancat) counts them, not in UTF-16 units.
  return [...email].length <= MAX_EMAIL_LENGTH && EMAIL.test(email);
}

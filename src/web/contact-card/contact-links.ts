/**
 * Addresses that open the person's mail or phone app. Only values that read as an address get
 * one, so that nothing Close sends can become some other kind of link.
 */

// One @; no spaces, nothing that would start a query or a fragment, add a recipient (, ;) or
// escape a character (%) in the address.
const EMAIL = /^[^\s@?#&/%,;]+@[^\s@?#&/%,;]+$/;
// Close stores phones in E.164: + and up to 15 digits.
const E164 = /^\+[1-9]\d{1,14}$/;

export function mailtoHref(email: string): string | null {
  return EMAIL.test(email) ? `mailto:${email}` : null;
}

export function telHref(phone: string): string | null {
  return E164.test(phone) ? `tel:${phone}` : null;
}

/**
 * Email addresses in pasted text, read without libphonenumber, so that a paste can be told
 * apart (one value, or several) in the paste event itself.
 */

/** One address of a list: `Jane Doe <jane@acme.com>`, `"Doe, Jane" <jane@acme.com>` or `jane@acme.com`. */
export interface Address {
  name: string;
  email: string;
}

/** An address as people write them: no spaces, quotes, brackets or separators inside. */
export const EMAIL = /[^\s<>()[\]"',;:@]+@[^\s<>()[\]"',;:@]+\.[^\s<>()[\]"',;:@]+/gu;
const NAMED_ADDRESS = /^\s*"?\s*([^"<]*?)\s*"?\s*<\s*(?:mailto:)?([^<>\s]+@[^<>\s]+)\s*>\s*$/iu;
/** A mail's header line: "From: Ravi Patel <ravi@patel.example>". */
const HEADER_LABEL = /^(?:from|to|cc|von|an|de|à|para|da|van|aan)\s*:\s*/iu;

/**
 * Several addresses in one pasted text, split at commas, semicolons and line breaks — but not
 * at a comma inside a quoted name ("Doe, Jane" <jane@acme.com>). Empty when any part is not an
 * address: then the text is not a list.
 */
export function splitAddresses(text: string): Address[] {
  const parts = text.match(/(?:"[^"]*"|[^,;\n\r])+/gu) ?? [];
  const addresses: Address[] = [];
  for (const part of parts) {
    if (part.trim() === "") continue;
    const address = readAddress(part);
    if (!address) return [];
    addresses.push(address);
  }
  return addresses;
}

/** One address: `Name <email>`, or an address alone. */
export function readAddress(text: string): Address | undefined {
  const named = NAMED_ADDRESS.exec(text);
  if (named?.[2] && isEmailLike(named[2])) {
    return { name: tidyName((named[1] ?? "").replace(HEADER_LABEL, "")), email: named[2] };
  }
  const bare = text.trim().replace(/^mailto:/iu, "");
  return isEmailLike(bare) ? { name: "", email: bare } : undefined;
}

/** Whether a pasted text holds more than one value: a signature, a list, or a name and address. */
export function holdsSeveral(text: string): boolean {
  const trimmed = text.trim();
  return (
    /[\n\r]/u.test(trimmed) || splitAddresses(trimmed).length > 1 || NAMED_ADDRESS.test(trimmed)
  );
}

function isEmailLike(text: string): boolean {
  const match = text.match(EMAIL);
  return match?.length === 1 && match[0] === text;
}

/** A name with its spaces tidied, and "Doe, Jane" as mail programs write it put as "Jane Doe". */
export function tidyName(text: string): string {
  const name = text.replace(/\s+/gu, " ").trim();
  const [last, first, ...more] = name.split(/\s*,\s*/u);
  return first && more.length === 0 && !/\s/u.test(last ?? "") ? `${first} ${last}` : name;
}

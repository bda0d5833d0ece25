import { type CountryCode, findNumbers } from "libphonenumber-js";
import { EMAIL, readAddress, tidyName } from "./addresses";

/** What a pasted text holds, as the form's fields take it. */
export interface Pasted {
  name: string;
  title: string;
  emails: string[];
  phones: string[];
  urls: string[];
}

const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)[^\s<>"']+/giu;
const HAS_URL = /\b(?:https?:\/\/|www\.)/iu;
/** What a line may start with to say what follows: "E:", "Tel.", "Mobile", "Fax:", "W:". */
const LABEL =
  /^\s*(?:e-?mail|mail|e|email address|t|tel|tél|tfn|phone|telephone|telefon|teléfono|telefono|m|mob|mobile|cell|handy|móvil|cellulare|portable|f|fax|w|web|website|site|url|o|office|d|direct)\.?\s*[:|]\s*/iu;
/** Lines that close a letter or separate a signature: not a name. */
const CLOSING =
  /^(?:-{2,}|_{2,}|—|–|best|best regards|kind regards|regards|warm regards|many thanks|thanks|thank you|cheers|sincerely|yours sincerely|yours truly|all the best|sent from my \w+|mit freundlichen grüßen|viele grüße|beste grüße|liebe grüße|gruß|cordialement|bien cordialement|bien à vous|salutations|saludos|saludos cordiales|un saludo|atentamente|cordiali saluti|distinti saluti|met vriendelijke groet|groeten|med vänliga hälsningar|hälsningar|mvh|med venlig hilsen|pozdrawiam|atenciosamente|abraços|с уважением|よろしくお願いします)[\s,.!]*$/iu;
/** Separators inside one signature line: "Jane Doe | Head of Sales | Acme". */
const PARTS = /\s+[|·•–—]\s+|\s+-\s+|\s*\|\s*/u;

/**
 * The name, title, emails, phones (libphonenumber's `findNumbers`, numbers without `+` in
 * `defaultCountry`) and web addresses in a pasted text, an email signature above all. The name
 * is the first line that reads as a person's name; the title, the line after it (or the part
 * after it on the same line: "Jane Doe, Head of Sales").
 */
export function parsePasted(text: string, defaultCountry: string): Pasted {
  const found: Pasted = { name: "", title: "", emails: [], phones: [], urls: [] };
  const add = (list: string[], value: string) => {
    if (!list.some((known) => known.toLowerCase() === value.toLowerCase())) list.push(value);
  };

  for (const match of text.matchAll(URL_IN_TEXT)) add(found.urls, trimUrl(match[0]));
  const withoutUrls = text.replace(URL_IN_TEXT, " ");
  for (const match of withoutUrls.matchAll(EMAIL)) add(found.emails, trimEnd(match[0]));
  const withoutEmails = withoutUrls.replace(EMAIL, " ");
  const country = defaultCountry as CountryCode;
  for (const number of findNumbers(withoutEmails, { defaultCountry: country, v2: true })) {
    add(found.phones, number.number.number);
  }

  const lines = text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const named = lines.map((line) => readAddress(line)?.name).find(Boolean);
  if (named) {
    found.name = named;
    return found;
  }
  // A block that names its fields: "Name: Zoe Quinn", "Title: Director of Ops".
  const labelled = (label: RegExp) =>
    lines.map((line) => label.exec(line)?.[1]?.trim()).find((value) => value) ?? "";
  found.name = tidyName(labelled(/^(?:full )?name\s*:\s*(.+)$/iu));
  found.title = labelled(/^(?:job )?(?:title|position|role)\s*:\s*(.+)$/iu);
  if (found.name) return found;

  for (const [index, line] of lines.entries()) {
    const [first = "", ...rest] = line.split(PARTS).map((part) => part.trim());
    const [person = "", ...afterComma] = first.split(/\s*,\s*/u);
    if (!looksLikeName(person)) continue;
    found.name = tidyName(person);
    const next = lines[index + 1]?.split(PARTS)[0]?.trim() ?? "";
    const sameLine = [...afterComma, ...rest].find(looksLikeTitle);
    found.title = sameLine ?? (looksLikeTitle(next) ? next : "");
    break;
  }
  return found;
}

/** A person's name: two to five words of letters (with . ' -), no digits, no address. */
function looksLikeName(text: string): boolean {
  if (CLOSING.test(text) || LABEL.test(text)) return false;
  const words = text.split(/\s+/u);
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    words.every((word) => /^[\p{L}][\p{L}\p{M}.'’-]*$/u.test(word)) &&
    // A line all in capitals is a company or a heading more often than a person.
    text !== text.toUpperCase()
  );
}

/** A job title: words, no digits, no address, not a closing. */
function looksLikeTitle(text: string): boolean {
  return (
    text !== "" &&
    text.length <= 100 &&
    !/[\d@]/u.test(text) &&
    !HAS_URL.test(text) &&
    !CLOSING.test(text) &&
    !LABEL.test(text)
  );
}

function trimEnd(text: string): string {
  return text.replace(/[.,;:!?)]+$/u, "");
}

function trimUrl(text: string): string {
  const url = trimEnd(text);
  return /^www\./iu.test(url) ? `https://${url}` : url;
}

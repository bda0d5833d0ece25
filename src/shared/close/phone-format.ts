import {
  type CountryCode,
  Metadata,
  type PhoneNumber,
  parsePhoneNumberFromString,
} from "libphonenumber-js";

/** A phone as Close returns it: E.164, Google's INTERNATIONAL format, and the ISO region. */
export interface ClosePhone {
  phone: string;
  phone_formatted: string;
  country: string | null;
}

/**
 * Parses a phone as Close does: a number without `+` takes `defaultCountry`. Answers null for
 * what cannot be a phone number. [choice] "possible" (right length for its region) is enough.
 */
export function parsePhoneLikeClose(raw: string, defaultCountry: string): ClosePhone | null {
  const parsed = parsePhoneNumberFromString(raw, defaultCountry as CountryCode);
  if (!parsed?.isPossible()) return null;
  return {
    phone: parsed.number,
    phone_formatted: formatInternational(parsed),
    country: parsed.country ?? null,
  };
}

interface FormatRule {
  pattern(): string;
  leadingDigitsPatterns(): string[];
  internationalFormat(): string;
}

/**
 * Google's INTERNATIONAL format, which Close uses (`+1 904-555-1234`). libphonenumber-js
 * deliberately swaps the dashes for spaces, so the rule is applied here from its own metadata,
 * the way Google's chooseFormattingPatternForNumber does.
 */
function formatInternational(number: PhoneNumber): string {
  const metadata = new Metadata();
  metadata.selectNumberingPlan((number.country ?? number.countryCallingCode) as CountryCode);
  const plan = metadata.numberingPlan as unknown as { formats(): FormatRule[] } | undefined;
  const national = number.nationalNumber;
  const rule = plan?.formats().find((format) => {
    const leading = format.leadingDigitsPatterns().at(-1);
    if (leading && !new RegExp(`^(?:${leading})`).test(national)) return false;
    return new RegExp(`^(?:${format.pattern()})$`).test(national);
  });
  const intl = rule?.internationalFormat();
  const body =
    rule && intl && intl !== "NA" ? national.replace(new RegExp(rule.pattern()), intl) : national;
  const extension = number.ext ? ` ext. ${number.ext}` : "";
  return `+${number.countryCallingCode} ${body}${extension}`;
}

/** libphonenumber is large: it loads when the first phone is typed or checked, not before. */
let loading: Promise<typeof import("../../../shared/close/phone-format")> | undefined;

export function loadPhoneFormat() {
  loading ??= import("../../../shared/close/phone-format");
  return loading;
}

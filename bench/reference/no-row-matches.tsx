/**
 * The app's rows without their duplicate check: bench/support/app-without-duplicate-check.ts
 * builds the app with this module in place of src/web/contact-form/duplicates/RowMatches.tsx,
 * so that the typing benchmark can put the check's cost beside the same app without it.
 */
export function RowMatches(_props: { path: string; kind: string; country: string }) {
  return null;
}

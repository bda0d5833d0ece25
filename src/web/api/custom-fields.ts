import { useQuery } from "@tanstack/react-query";
import { isCloseId } from "../../shared/close/close-id";
import type { CustomField } from "../../shared/close/custom-field";
import { requestJson } from "./http";

/**
 * The fields a contact can hold, regular and shared, in the organization's order: Close's
 * Custom Field Schema (`{fields: [...]}`). Items without a name and type, or whose id is not a
 * Close id (`cf_` and letters or digits, which the form uses in its input names), are skipped.
 */
export async function getCustomFields(): Promise<CustomField[]> {
  const body = (await requestJson("/api/custom_field/contact/")) as { fields?: unknown };
  if (!Array.isArray(body.fields)) throw new Error("The list of custom fields is not understood.");
  return body.fields.filter(
    (field): field is CustomField =>
      typeof field?.id === "string" &&
      isCloseId("cf", field.id) &&
      typeof field.name === "string" &&
      typeof field.type === "string",
  );
}

export function useCustomFields() {
  return useQuery({
    queryKey: ["custom-fields"],
    queryFn: getCustomFields,
    staleTime: 5 * 60_000,
    retry: 1,
  });
}

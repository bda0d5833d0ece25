import { useQuery } from "@tanstack/react-query";
import { requestJson } from "./http";

export interface Health {
  mode: "demo" | "live";
  /** Country for phones typed without `+`. */
  defaultPhoneCountry: string;
  /** Origins that may frame the app and exchange messages with it. */
  embedOrigins: string[];
}

export async function getHealth(): Promise<Health> {
  const body = (await requestJson("/api/health")) as Partial<Health>;
  if (body.mode !== "demo" && body.mode !== "live")
    throw new Error("The server's answer is not understood.");
  const embedOrigins = Array.isArray(body.embedOrigins)
    ? body.embedOrigins.filter((origin): origin is string => typeof origin === "string")
    : [];
  return { mode: body.mode, defaultPhoneCountry: body.defaultPhoneCountry ?? "US", embedOrigins };
}

/** Whether our server writes to Close or to the stand-in, and its phone country. */
export function useHealth() {
  return useQuery({
    queryKey: ["health"],
    queryFn: getHealth,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

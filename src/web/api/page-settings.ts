import { useQuery } from "@tanstack/react-query";
import { DEFAULT_PHONE_COUNTRY, type ServerMode } from "../../shared/defaults";
import { requestJson } from "./http";

/** What the page needs to know of the server's settings (`GET /api/settings`). */
export interface PageSettings {
  mode: ServerMode;
  /** Country for phones typed without `+`. */
  defaultPhoneCountry: string;
  /** Origins that may frame the app and exchange messages with it. */
  embedOrigins: string[];
  /** Each person signs in with Close (team mode). */
  signIn: boolean;
}

export async function getPageSettings(): Promise<PageSettings> {
  const body = (await requestJson("/api/settings")) as Partial<PageSettings>;
  if (body.mode !== "demo" && body.mode !== "live" && body.mode !== "team")
    throw new Error("The server's answer is not understood.");
  const embedOrigins = Array.isArray(body.embedOrigins)
    ? body.embedOrigins.filter((origin): origin is string => typeof origin === "string")
    : [];
  return {
    mode: body.mode,
    defaultPhoneCountry: body.defaultPhoneCountry ?? DEFAULT_PHONE_COUNTRY,
    embedOrigins,
    signIn: body.signIn === true,
  };
}

/**
 * Whether our server writes to Close or to the stand-in, as whom, its phone country, its
 * embedders.
 */
export function usePageSettings() {
  return useQuery({
    queryKey: ["page-settings"],
    queryFn: getPageSettings,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

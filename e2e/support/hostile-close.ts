import { createServer, type Server } from "node:http";

const XSS = `<img src=x onerror="window.__xss=(window.__xss||0)+1"><script>window.__xss=1</script>`;
const RTL = "\u202Egnp.exe\u202C";
const LONG = "W".repeat(10_000);

/** A Contact in Close's shape whose every string is hostile. */
export function hostileContact(): Record<string, unknown> {
  return {
    id: `cont_${XSS}`,
    organization_id: XSS,
    lead_id: `lead_"><script>window.__xss=1</script>`,
    name: XSS,
    title: `${RTL} ${LONG}`,
    display_name: `${XSS}${RTL}`,
    created_by: XSS,
    updated_by: null,
    date_created: XSS,
    date_updated: "2026-11-28T10:00:00.000000+00:00",
    timezone: XSS,
    emails: [{ email: `${XSS}@example.com`, type: XSS, is_unsubscribed: true }],
    phones: [
      { phone: XSS, phone_formatted: LONG, type: RTL, country: XSS, outbound_sms_blocked: true },
    ],
    urls: [
      { url: "javascript:window.__xss=1", type: "url" },
      { url: "JaVaScRiPt:window.__xss=1", type: XSS },
      { url: " javascript:window.__xss=1", type: "url" },
      { url: "data:text/html,<script>window.__xss=1</script>", type: "url" },
      { url: "https://example.com/ok", type: "url" },
    ],
    integration_links: [
      { name: XSS, url: "javascript:window.__xss=1" },
      { name: `${RTL}Open`, url: "vbscript:msgbox(1)" },
      { name: "Fine link", url: "https://example.com/fine" },
    ],
    subscriptions: [
      {
        subscription_id: XSS,
        sequence_id: XSS,
        sequence_name: XSS,
        sequence_status: XSS,
        subscription_status: XSS,
        subscription_status_reason: XSS,
        contact_email: XSS,
        initial_email_id: null,
        date_created: XSS,
        start_date: XSS,
      },
    ],
    recent_calls: [{ id: XSS, status: XSS, duration: 61, finish_timestamp: XSS, dialer_id: null }],
    [`custom.cf_${XSS}`]: XSS,
    "custom.cf_long": LONG,
  };
}

/** A Close-compatible server that answers every create with the hostile Contact. */
export function startHostileClose(port: number): Promise<Server> {
  const server = createServer((request, response) => {
    response.setHeader("Content-Type", "application/json");
    const path = request.url ?? "";
    if (path.startsWith("/api/v1/custom_field_schema/")) {
      return response.end(
        JSON.stringify({ fields: [{ id: `cf_${XSS}`, name: XSS, type: "text" }] }),
      );
    }
    if (path.startsWith("/api/v1/data/search/"))
      return response.end(JSON.stringify({ data: [], cursor: null }));
    request.resume();
    request.on("end", () => response.end(JSON.stringify(hostileContact())));
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

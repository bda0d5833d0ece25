import { type Send, sendVia } from "../close-client";

/** One call our server made to its upstream (Close), as the upstream saw it. */
export interface UpstreamCall {
  url: URL;
  method: string;
  headers: Headers;
  body: string;
}

export type Respond = (call: UpstreamCall, init?: RequestInit) => Response | Promise<Response>;

/**
 * An upstream in place of Close, for tests of our server: it records every call, in order, and
 * answers with `respond`.
 */
export function recordingUpstream(respond: Respond): { send: Send; calls: UpstreamCall[] } {
  const calls: UpstreamCall[] = [];
  const send = sendVia(async (input, init) => {
    const request = new Request(input, init);
    const call = {
      url: new URL(request.url),
      method: request.method,
      headers: request.headers,
      body: await request.text(),
    };
    calls.push(call);
    return respond(call, init);
  });
  return { send, calls };
}

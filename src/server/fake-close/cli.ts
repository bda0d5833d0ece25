import { parseArgs } from "node:util";
import { DEFAULT_PHONE_COUNTRY } from "../../shared/defaults";
import { DEMO_API_KEY } from "./fixtures";
import { parseRateLimits } from "./rate-limit-option";
import { startStandIn } from "./serve";

/**
 * `npm run fake-close -- [--port 4010] [--host 127.0.0.1] [--rate-limit [GROUP=]CALLS/SECONDS]…
 * [--control]`
 */
const usage =
  "usage: npm run fake-close -- [--port 4010] [--host 127.0.0.1] [--rate-limit [create|search|read=]CALLS/SECONDS]... [--control]";

try {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      "rate-limit": { type: "string", multiple: true },
      control: { type: "boolean", default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port ${values.port} is not a port number`);
  const rateLimit = parseRateLimits(values["rate-limit"] ?? []);
  const running = await startStandIn({
    port,
    host: values.host,
    control: values.control,
    defaultPhoneCountry: process.env.DEFAULT_PHONE_COUNTRY ?? DEFAULT_PHONE_COUNTRY,
    ...(rateLimit && { rateLimit }),
  });
  console.log(`Close stand-in at ${running.apiUrl} (API key ${DEMO_API_KEY})`);
  const stop = () => running.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
} catch (error) {
  console.error(`fake-close: ${error instanceof Error ? error.message : String(error)}`);
  console.error(usage);
  process.exit(1);
}

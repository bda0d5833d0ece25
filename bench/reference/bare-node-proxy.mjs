/**
 * The reference for bench/server-overhead.ts: the least a Node proxy in front of Close can do.
 * node:http takes the request, the body is read whole, and undici (the client our server uses)
 * sends it on over kept-alive connections with the key; the answer goes back as it came. No
 * framework, no checks, no log: what any server on Node adds before doing anything of its own.
 *
 * node bare-node-proxy.mjs <port> <upstream base URL> <Authorization header>
 */
import { createServer } from "node:http";
import { Agent, request } from "undici";

const [port, upstream, authorization] = process.argv.slice(2);
if (!port || !upstream || !authorization) {
  console.error("Usage: node bare-node-proxy.mjs <port> <upstream base URL> <Authorization>");
  process.exit(1);
}
const connections = new Agent({ keepAliveTimeout: 30_000, connections: 128 });

const server = createServer((incoming, outgoing) => {
  // Any GET is the benchmark asking whether the proxy is up.
  if (incoming.method === "GET") return void outgoing.writeHead(204).end();
  const chunks = [];
  incoming.on("data", (chunk) => chunks.push(chunk));
  incoming.on("end", async () => {
    try {
      const answer = await request(`${upstream}/contact/`, {
        method: "POST",
        headers: { Authorization: authorization, "Content-Type": "application/json" },
        body: Buffer.concat(chunks),
        dispatcher: connections,
      });
      const body = Buffer.from(await answer.body.arrayBuffer());
      outgoing
        .writeHead(answer.statusCode, { "Content-Type": answer.headers["content-type"] ?? "" })
        .end(body);
    } catch {
      outgoing.writeHead(502).end();
    }
  });
});
server.listen(Number(port), "127.0.0.1");
process.on("SIGTERM", () => server.close(() => process.exit(0)));

import { type ChildProcess, spawn } from "node:child_process";
import { connect } from "node:net";

export interface ServerProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs the built server (`node dist/server/main.js`) with the given environment. */
export function startServer(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, ["dist/server/main.js"], {
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  return { child, output: () => output, exited };
}

/** Waits until the server's output says it is listening. */
export async function listening(server: ServerProcess, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!server.output().includes("Close contact creator at")) {
    if (Date.now() > deadline) throw new Error(`The server did not start:\n${server.output()}`);
    if (server.child.exitCode !== null) throw new Error(`The server exited:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Sends bytes exactly as written and answers the raw response (for what fetch will not send). */
export function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.end(text));
    let response = "";
    socket.on("data", (chunk) => {
      response += chunk;
    });
    socket.on("end", () => resolve(response));
    socket.on("error", reject);
  });
}

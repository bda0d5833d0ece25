import { createServer, type Server } from "node:http";

/**
 * A dashboard on another origin that frames the app (live mode, port 3200), records every
 * message it gets in `window.received`, sizes the frame from resize messages, and can nest a
 * frame of a third origin. Inline script is fine here: these pages are ours, not the app's.
 */
function hostPage(frameSrc: string, nested?: string): string {
  return `<!doctype html><html lang="en"><head><title>Dashboard</title></head><body>
<h1>Dashboard</h1>
<iframe id="app" title="New contact form" src="${frameSrc}" style="width: 700px; height: 300px; border: 0"></iframe>
${nested ? `<iframe id="nested" title="Other widget" src="${nested}"></iframe>` : ""}
<script>
  window.received = [];
  const frame = document.getElementById("app");
  window.addEventListener("message", (event) => {
    window.received.push({ origin: event.origin, data: event.data });
    if (event.data && event.data.type === "close-contact:resize") frame.style.height = event.data.height + "px";
  });
  window.sendToApp = (message) => frame.contentWindow.postMessage(message, "http://127.0.0.1:3200");
</script></body></html>`;
}

/** A page of another origin, framed by the dashboard, that tries to drive the app's frame. */
const intruderPage = `<!doctype html><html lang="en"><head><title>Other widget</title></head><body>
<script>
  window.received = [];
  window.addEventListener("message", (event) => window.received.push({ origin: event.origin, data: event.data }));
  window.sendToApp = (message) => window.parent.frames[0].postMessage(message, "*");
</script></body></html>`;

export function startHostPages(port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", `http://127.0.0.1:${port}`);
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    if (url.pathname === "/intruder") return response.end(intruderPage);
    const frameSrc = url.searchParams.get("frame") ?? "http://127.0.0.1:3200/?embed=1";
    response.end(hostPage(frameSrc, url.searchParams.get("nested") ?? undefined));
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

import type { AddressInfo } from "node:net";
import { constants } from "node:zlib";
import { getRequestListener } from "@hono/node-server";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { compression, defineAlgorithm } from "vite-plugin-compression2";
import { defineConfig } from "vitest/config";

/** `npm run dev`: Vite serves the app with hot reload, and /api runs our server's own code. */
function devApi(): Plugin {
  return {
    name: "close-contact-dev-api",
    apply: "serve",
    async configureServer(server) {
      const { readConfig, ownOrigins } = await server.ssrLoadModule("/src/server/config.ts");
      const { startBackend, modeLine } = await server.ssrLoadModule("/src/server/backend.ts");
      const config = readConfig(process.env);
      // The app answers only to the names it is served under: known once Vite listens.
      let api: Promise<ReturnType<typeof getRequestListener>> | undefined;
      const start = async () => {
        const address = server.httpServer?.address() as AddressInfo | null | undefined;
        const port = address?.port ?? config.port;
        const backend = await startBackend(config, { ownOrigins: ownOrigins(config.host, port) });
        server.config.logger.info(modeLine(backend.mode, config));
        server.httpServer?.once("close", () => void backend.stop());
        return getRequestListener(backend.app.fetch);
      };
      server.middlewares.use((req, res, next) => {
        if (!req.url?.startsWith("/api/")) return next();
        api ??= start();
        api.then(
          (handle) => handle(req, res),
          (error: unknown) => {
            api = undefined;
            next(error);
          },
        );
      });
    },
  };
}

/**
 * The client's files also as brotli and gzip, made once at build time at the highest levels,
 * which would be too slow per request: the server sends the best one a request accepts
 * (src/server/static-files.ts). A file is left alone where compressing would not shrink it.
 */
function precompressed(): Plugin {
  return compression({
    algorithms: [
      defineAlgorithm("brotliCompress", {
        params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
      }),
      defineAlgorithm("gzip", { level: constants.Z_BEST_COMPRESSION }),
    ],
    include: /\.(html|js|css|svg|json|webmanifest|txt)$/,
    skipIfLargerOrEqual: true,
    logLevel: "silent",
  });
}

export default defineConfig(({ isSsrBuild, mode }) => ({
  // Vitest runs a Vite server of its own (mode "test"), which must not start our API.
  plugins: [
    react(),
    tailwindcss(),
    ...(mode === "test" ? [] : [devApi()]),
    ...(isSsrBuild ? [] : [precompressed()]),
  ],
  // The server bundle (`vite build --ssr`) needs none of public/.
  publicDir: isSsrBuild ? false : "public",
  build: { outDir: isSsrBuild ? "dist/server" : "dist/client", emptyOutDir: true },
  server: { host: "127.0.0.1" },
  test: {
    include: ["src/**/*.test.{ts,tsx}"],
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
    restoreMocks: true,
  },
}));

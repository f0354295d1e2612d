// A tiny static file server for the built site, on 127.0.0.1 and a random port, optionally
// under a path prefix (`/archive/`), the way a static host serves `_site/`. Requests outside
// the prefix get 404, so a link that forgot the prefix shows up as broken.
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";

export interface StaticServer {
  /** `http://127.0.0.1:PORT/archive/`: the site's root URL, with the prefix. */
  url: string;
  /** Every path requested, in order (for checks such as "no request left the prefix"). */
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".wasm": "application/wasm",
};

export async function serveStatic(root: string, prefix = "/"): Promise<StaticServer> {
  const base = prefix.endsWith("/") ? prefix : `${prefix}/`;
  const requests: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    requests.push(pathname);
    const file = pathname.startsWith(base) ? await resolveFile(root, pathname.slice(base.length)) : null;
    if (file) {
      response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      response.end(await readFile(file));
      return;
    }
    const notFound = await readFile(path.join(root, "404.html")).catch(() => Buffer.from("Not found"));
    response.writeHead(404, { "content-type": "text/html; charset=utf-8" });
    response.end(notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("static server: no port");
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** `events/x/` → `events/x/index.html`; refuses anything that climbs out of root. */
async function resolveFile(root: string, relative: string): Promise<string | null> {
  const target = path.resolve(root, relative);
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  const info = await stat(target).catch(() => null);
  if (info?.isFile()) return target;
  if (info?.isDirectory()) {
    const index = path.join(target, "index.html");
    return (await stat(index).catch(() => null))?.isFile() ? index : null;
  }
  return null;
}

// A local stand-in for UploadThing's ingest, file and API servers, speaking the parts of its protocol the
// panel uses (uploadthing 7.x): route metadata, HEAD + multipart PUT to a presigned URL (the signature
// checked with the token's key), the signed "callback" hook to the panel and the panel's callback-result,
// signed file reads with Range, and deleteFiles by key or customId. Point the SDK at it with
// UPLOADTHING_INGEST_URL, UPLOADTHING_API_URL, UPLOADTHING_UFS_HOST (localhost:<port>) and
// UPLOADTHING_UFS_APP_ID_LOCATION=path.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type StoredUpload = { key: string; customId: string | null; name: string; type: string; bytes: Buffer };
type Route = { callbackUrl: string; callbackSlug: string; metadata: unknown };
type Deliver = (request: Request) => Promise<Response>;

export type UploadThingStandIn = {
  url: string;
  token: string;
  env: Record<string, string>;
  files: Map<string, StoredUpload>;
  close(): Promise<void>;
};

const APP_ID = "panel-test-app";

/** `deliver` sends the signed callback to the panel (an in-process route handler in tests; fetch otherwise). */
export async function startUploadThingStandIn(options: { apiKey?: string; deliver?: Deliver } = {}): Promise<UploadThingStandIn> {
  const apiKey = options.apiKey ?? "sk_test_panel_stand_in";
  const deliver: Deliver = options.deliver ?? ((request) => fetch(request));
  const routes = new Map<string, Route>();
  const files = new Map<string, StoredUpload>();
  const waitingResults = new Map<string, (data: unknown) => void>();
  let base = "";

  const sign = (payload: string) => `hmac-sha256=${createHmac("sha256", apiKey).update(payload).digest("hex")}`;
  const signedUrlValid = (raw: string) => {
    const url = new URL(raw, base);
    const signature = url.searchParams.get("signature");
    url.searchParams.delete("signature");
    if (!signature || Number(url.searchParams.get("expires")) < Date.now()) return false;
    const expected = Buffer.from(sign(url.href));
    return expected.length === Buffer.byteLength(signature) && timingSafeEqual(expected, Buffer.from(signature));
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? "/", base);
    const json = (status: number, value: unknown) =>
      res.writeHead(status, { "content-type": "application/json", "access-control-allow-origin": "*" }).end(JSON.stringify(value));
    const serverCall = () => req.headers["x-uploadthing-api-key"] === apiKey;

    if (req.method === "OPTIONS") {
      res
        .writeHead(204, {
          "access-control-allow-origin": "*",
          "access-control-allow-methods": "GET, HEAD, PUT, POST",
          "access-control-allow-headers": "*",
          "access-control-expose-headers": "x-ut-range-start",
        })
        .end();
      return;
    }
    if (req.method === "POST" && url.pathname === "/route-metadata") {
      if (!serverCall()) return json(401, { error: "bad api key" });
      const input = JSON.parse(body.toString()) as { fileKeys: string[]; metadata: unknown; callbackUrl: string; callbackSlug: string };
      for (const key of input.fileKeys)
        routes.set(key, { callbackUrl: input.callbackUrl, callbackSlug: input.callbackSlug, metadata: input.metadata });
      return json(200, { ok: true });
    }
    if (req.method === "POST" && url.pathname === "/callback-result") {
      if (!serverCall()) return json(401, { error: "bad api key" });
      const input = JSON.parse(body.toString()) as { fileKey: string; callbackData: unknown };
      waitingResults.get(input.fileKey)?.(input.callbackData);
      return json(200, { ok: true });
    }
    if (req.method === "POST" && url.pathname === "/v6/deleteFiles") {
      if (!serverCall()) return json(401, { error: "bad api key" });
      const input = JSON.parse(body.toString()) as { fileKeys?: string[]; customIds?: string[] };
      let deletedCount = 0;
      for (const [key, file] of files) {
        if (input.fileKeys?.includes(key) || (file.customId && input.customIds?.includes(file.customId)))
          deletedCount += Number(files.delete(key));
      }
      return json(200, { success: true, deletedCount });
    }
    if (req.method === "GET" && url.pathname.startsWith(`/a/${APP_ID}/`)) {
      if (!signedUrlValid(req.url!)) return json(403, { error: "bad signature" });
      const file = files.get(decodeURIComponent(url.pathname.slice(`/a/${APP_ID}/`.length)));
      if (!file) return json(404, { error: "not found" });
      const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? "");
      const bytes = range ? file.bytes.subarray(Number(range[1]), range[2] ? Number(range[2]) + 1 : undefined) : file.bytes;
      res.writeHead(range ? 206 : 200, { "content-type": file.type, "content-length": bytes.length }).end(bytes);
      return;
    }
    const key = url.pathname.slice(1);
    if (req.method === "HEAD" && routes.has(key)) {
      res
        .writeHead(200, {
          "x-ut-range-start": "0",
          "access-control-allow-origin": "*",
          "access-control-expose-headers": "x-ut-range-start",
        })
        .end();
      return;
    }
    if (req.method === "PUT" && routes.has(key)) {
      if (!signedUrlValid(req.url!)) return json(403, { error: "bad signature" });
      const form = await new Response(body, { headers: { "content-type": String(req.headers["content-type"]) } }).formData();
      const part = form.get("file");
      if (!(part instanceof Blob)) return json(400, { error: "no file" });
      const bytes = Buffer.from(await part.arrayBuffer());
      const declared = Number(decodeURIComponent(url.searchParams.get("x-ut-file-size") ?? ""));
      if (bytes.length !== declared) return json(400, { error: `size ${bytes.length} is not the declared ${declared}` });
      const name = decodeURIComponent(url.searchParams.get("x-ut-file-name") ?? "file");
      const type = decodeURIComponent(url.searchParams.get("x-ut-file-type") ?? "");
      const customIdParam = url.searchParams.get("x-ut-custom-id");
      const customId = customIdParam ? decodeURIComponent(customIdParam) : null;
      files.set(key, { key, customId, name, type, bytes });
      const route = routes.get(key)!;
      const fileUrl = `${base}/a/${APP_ID}/${key}`;
      const fileHash = createHash("md5").update(bytes).digest("hex");
      const file = {
        name,
        size: bytes.length,
        type,
        customId,
        lastModified: Date.now(),
        key,
        url: fileUrl,
        appUrl: fileUrl,
        ufsUrl: fileUrl,
        fileHash,
      };
      const result = new Promise<unknown>((resolve) => waitingResults.set(key, resolve));
      const payload = JSON.stringify({ status: "uploaded", file, origin: base, metadata: route.metadata });
      const hook = new URL(route.callbackUrl);
      if (!hook.searchParams.has("slug")) hook.searchParams.set("slug", route.callbackSlug);
      const answer = await deliver(
        new Request(hook, {
          method: "POST",
          headers: { "content-type": "application/json", "uploadthing-hook": "callback", "x-uploadthing-signature": sign(payload) },
          body: payload,
        }),
      );
      if (!answer.ok) return json(500, { error: `callback answered ${answer.status}` });
      const serverData = await Promise.race([result, new Promise((resolve) => setTimeout(() => resolve(null), 10_000))]);
      waitingResults.delete(key);
      return json(200, { url: fileUrl, appUrl: fileUrl, ufsUrl: fileUrl, fileHash, serverData });
    }
    json(404, { error: `no such route: ${req.method} ${url.pathname}` });
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://localhost:${port}`;
  const token = Buffer.from(JSON.stringify({ apiKey, appId: APP_ID, regions: ["local"], ingestHost: `localhost:${port}` })).toString(
    "base64",
  );
  return {
    url: base,
    token,
    files,
    env: {
      UPLOADTHING_TOKEN: token,
      UPLOADTHING_INGEST_URL: base,
      UPLOADTHING_API_URL: base,
      UPLOADTHING_UFS_HOST: `localhost:${port}`,
      UPLOADTHING_UFS_APP_ID_LOCATION: "path",
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

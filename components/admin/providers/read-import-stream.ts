export type ImportLine =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; result: { created: number; updated: number; missing: string[]; total: number } }
  | { type: "error"; error: { code: string; message: string } };

/** Posts an import and reports each NDJSON line as it arrives. */
export async function postImport(body: unknown, onLine: (line: ImportLine) => void): Promise<void> {
  const response = await fetch("/api/admin/catalog/import", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok || !response.body) {
    const failure = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
    onLine({ type: "error", error: failure?.error ?? { code: "internal", message: `HTTP ${response.status}` } });
    return;
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) if (line.trim()) onLine(JSON.parse(line) as ImportLine);
  }
}

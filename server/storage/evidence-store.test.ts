import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { evidenceStore, localEvidenceStore, setEvidenceStore, type EvidenceStore } from "./evidence-store";

const dir = mkdtempSync(path.join(tmpdir(), "evidence-store-"));
process.env.DATA_DIR = dir;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("evidence store", () => {
  it("keeps a file by its content hash and gives the same bytes back; the same bytes twice are one file", async () => {
    const bytes = new TextEncoder().encode("Báo cáo kết quả thực hiện nhiệm vụ");
    const key = await evidenceStore().put(bytes);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await evidenceStore().put(bytes)).toBe(key);
    expect(Buffer.from(await evidenceStore().get(key)).toString("utf8")).toBe("Báo cáo kết quả thực hiện nhiệm vụ");
  });

  it("can be replaced (an object store in a deployment of several instances)", async () => {
    const kept = new Map<string, Uint8Array>();
    const memory: EvidenceStore = {
      put: async (b) => (kept.set("k", b), "k"),
      get: async (k) => kept.get(k)!,
    };
    setEvidenceStore(memory);
    try {
      await evidenceStore().put(new Uint8Array([1, 2, 3]));
      expect([...(await evidenceStore().get("k"))]).toEqual([1, 2, 3]);
    } finally {
      setEvidenceStore(localEvidenceStore);
    }
  });
});

import { readStoredFile, storeFile } from "./files";

/**
 * Where evidence files live, by content hash. Today a directory on local disk (files.ts), which
 * several app instances must share; an S3-compatible object store can take its place by
 * implementing these two calls (put is idempotent: the same bytes give the same key).
 */
export interface EvidenceStore {
  put(bytes: Uint8Array): Promise<string>;
  get(sha256: string): Promise<Uint8Array>;
}

export const localEvidenceStore: EvidenceStore = {
  put: storeFile,
  get: readStoredFile,
};

let current: EvidenceStore = localEvidenceStore;

/** The store in use (tests or a deployment may replace it at start-up). */
export function evidenceStore(): EvidenceStore {
  return current;
}

export function setEvidenceStore(store: EvidenceStore): void {
  current = store;
}

/** What a backup file holds: one .tar.gz with this manifest first, then the tables and the evidence files. */
export const BACKUP_FORMAT = "par-tracker-backup";
export const BACKUP_VERSION = 1;

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  /** The database it came from: "pglite" or "postgres". */
  source: string;
  /** Migrations applied in the source (a restore applies the same ones first). */
  migrations: number;
  tables: Array<{ name: string; rows: number; file: string; sha256: string }>;
  evidence: Array<{ file: string; bytes: number; sha256: string }>;
}

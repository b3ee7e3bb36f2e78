import { doc000 } from "./doc-000-lai-chau-cycle-2023";
import { doc001 } from "./doc-001-quang-nam-5484-2023";
import { doc002 } from "./doc-002-lai-chau-447-2017";
import { doc003 } from "./doc-003-tam-duong-2024";
import { doc004 } from "./doc-004-tam-duong-xa-2024";
import type { SeedDocument, SeedUnit } from "./types";
import { laiChauUnits } from "./units-lai-chau";
import { quangNamUnits } from "./units-quang-nam";
import { tamDuongUnits } from "./units-tam-duong";

/** Every unit named by the documents, province by province. */
export const allUnits: SeedUnit[] = [...laiChauUnits, ...tamDuongUnits, ...quangNamUnits];

/** The five source documents, in the order of their files. */
export const documents: SeedDocument[] = [doc000, doc001, doc002, doc003, doc004];

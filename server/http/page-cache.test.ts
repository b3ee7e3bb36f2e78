import { describe, expect, it } from "vitest";
import { isCacheablePath } from "./page-cache";

describe("pages the page cache may answer", () => {
  it.each([
    ["/", true],
    ["/_root.data", true],
    ["/nhiem-vu", true],
    ["/nhiem-vu.data", true],
    ["/ke-hoach/tam-duong-par-2024", true],
    ["/xep-hang", true],
    ["/chi-so-can-cai-thien.data", true],
    // Forms, uploads and their pages, one task's page (with its editor), the audit log, reports.
    ["/ke-hoach/moi", false],
    ["/ke-hoach/tam-duong-par-2024/nhap", false],
    ["/ke-hoach/tam-duong-par-2024/sua", false],
    ["/ke-hoach", false],
    ["/nhiem-vu/12", false],
    ["/nhat-ky", false],
    ["/bao-cao", false],
    ["/tai-khoan", false],
    ["/dang-nhap", false],
    ["/api/trpc/tasks.list", false],
    ["/xep-hang/", false],
    ["//", false],
  ])("%s → %s", (path, expected) => {
    expect(isCacheablePath(path)).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { landingPath, safeNext } from "./landing";

describe("landingPath", () => {
  it.each([
    [["quan-tri"], "/quan-tri/nguoi-dung"],
    [["lanh-dao"], "/"],
    [["noi-vu"], "/ke-hoach"],
    [["don-vi"], "/nhiem-vu"],
    [["tham-dinh"], "/ke-hoach"],
    [["don-vi", "quan-tri"], "/quan-tri/nguoi-dung"],
  ] as const)("%j → %s", (roles, path) => {
    expect(landingPath(roles)).toBe(path);
  });
});

describe("safeNext", () => {
  it.each([
    ["/ke-hoach/tam-duong-par-2024", "/ke-hoach/tam-duong-par-2024"],
    ["/don-vi?q=1", "/don-vi?q=1"],
    ["//evil.example", null],
    ["/\\evil.example", null],
    ["https://evil.example", null],
    ["/dang-nhap", null],
    [null, null],
  ])("%s → %s", (next, expected) => expect(safeNext(next)).toBe(expected));
});

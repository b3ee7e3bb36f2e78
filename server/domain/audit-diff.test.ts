import { describe, expect, it } from "vitest";
import { diffChanges } from "./audit-diff";

describe("diffChanges", () => {
  it("lists only what changed", () => {
    expect(diffChanges({ status: "chua-thuc-hien", progress: 0, version: 1 }, { status: "dang-thuc-hien", progress: 0, version: 2 })).toEqual([
      { field: "status", before: "chua-thuc-hien", after: "dang-thuc-hien" },
      { field: "version", before: 1, after: 2 },
    ]);
  });
  it("a creation has no before", () => {
    expect(diffChanges(null, { name: "Phòng Nội vụ" })).toEqual([{ field: "name", before: null, after: "Phòng Nội vụ" }]);
  });
  it("arrays compare by value", () => {
    expect(diffChanges({ roles: ["don-vi"] }, { roles: ["don-vi"] })).toEqual([]);
    expect(diffChanges({ roles: ["don-vi"] }, { roles: ["noi-vu"] })).toHaveLength(1);
  });
  it("a field that appears or disappears counts", () => {
    expect(diffChanges({ a: 1 }, { b: 2 })).toEqual([
      { field: "a", before: 1, after: null },
      { field: "b", before: null, after: 2 },
    ]);
  });
  it("no snapshots, no changes", () => {
    expect(diffChanges(null, null)).toEqual([]);
  });
});

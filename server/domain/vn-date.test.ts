import { describe, expect, it } from "vitest";
import { parseVnDate } from "./vn-date";

describe("parseVnDate", () => {
  it.each([
    ["10/12/2024", "2024-12-10"],
    ["1/9/2023", "2023-09-01"],
    ["29/02/2024", "2024-02-29"],
    ["18.04.2017", "2017-04-18"],
    ["2024-12-10", "2024-12-10"],
    [" 05/01/2025 ", "2025-01-05"],
    ["29/02/2023", null],
    ["31/04/2024", null],
    ["12/2024", null],
    ["hôm qua", null],
    ["", null],
    [null, null],
  ])("%s → %s", (text, iso) => expect(parseVnDate(text)).toBe(iso));
});

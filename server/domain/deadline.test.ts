import { describe, expect, it } from "vitest";
import { parseDeadline, type Deadline } from "./deadline";

const cases: Array<[string | null, Deadline | null]> = [
  // dates, with and without "Trước ngày", and ranges due at their end
  ["Trước ngày 01/9/2023", { kind: "date", date: "2023-09-01", startDate: null }],
  ["Hoàn thành trước ngày 15/12/2024", { kind: "date", date: "2024-12-15", startDate: null }],
  ["10/01/2025", { kind: "date", date: "2025-01-10", startDate: null }],
  ["Ngày 15/11/2023", { kind: "date", date: "2023-11-15", startDate: null }],
  ["trước ngày 10/12/2024", { kind: "date", date: "2024-12-10", startDate: null }],
  ["Từ ngày 19/02/2024 đến ngày 29/02/2024", { kind: "date", date: "2024-02-29", startDate: "2024-02-19" }],
  ["Từ ngày 19/02/2024 đến hết ngày 29/02/2024", { kind: "date", date: "2024-02-29", startDate: "2024-02-19" }],
  ["Xong trước 30/12/2017", { kind: "date", date: "2017-12-30", startDate: null }],
  ["19/02 – 29/02/2024", { kind: "date", date: "2024-02-29", startDate: "2024-02-19" }],
  ["Đến năm 2018", { kind: "date", date: "2018-12-31", startDate: null }],
  // yearly dates
  ["Trước ngày 20/12 hàng năm", { kind: "yearly", month: 12, day: 20, yearOffset: 0 }],
  ["Trước 20/12 hàng năm", { kind: "yearly", month: 12, day: 20, yearOffset: 0 }],
  ["trước ngày 25/12 hàng năm", { kind: "yearly", month: 12, day: 25, yearOffset: 0 }],
  ["Trước 31/12 năm trước liền kề năm kế hoạch", { kind: "yearly", month: 12, day: 31, yearOffset: -1 }],
  // periods
  ["Cả năm", { kind: "period", period: "year", year: null, months: [] }],
  ["Trong năm", { kind: "period", period: "year", year: null, months: [] }],
  ["Hàng năm", { kind: "period", period: "year", year: null, months: [] }],
  ["Trong năm kế hoạch", { kind: "period", period: "year", year: null, months: [] }],
  ["Hoàn thành trước ngày 30/12 năm kế hoạch", { kind: "yearly", month: 12, day: 30, yearOffset: 0 }],
  ["Thường xuyên (trong thời hạn chậm nhất là 05 ngày làm việc kể từ ngày ký quyết định công bố)", { kind: "period", period: "ongoing", year: null, months: [] }],
  ["Năm 2017 và đến năm 2020", { kind: "rule", authority: null }],
  ["Thường xuyên", { kind: "period", period: "ongoing", year: null, months: [] }],
  ["Tháng 9 năm 2023", { kind: "period", period: "months", year: 2023, months: [9] }],
  ["Tháng 10, 11 năm 2023", { kind: "period", period: "months", year: 2023, months: [10, 11] }],
  ["Tháng 12/2023", { kind: "period", period: "months", year: 2023, months: [12] }],
  ["Tháng 11", { kind: "period", period: "months", year: null, months: [11] }],
  ["Quý III năm 2024", { kind: "period", period: "months", year: 2024, months: [7, 8, 9] }],
  // rules in words
  ["Theo quy định của Bộ Tư pháp", { kind: "rule", authority: "Bộ Tư pháp" }],
  ["Theo kế hoạch của UBND tỉnh.", { kind: "rule", authority: "UBND tỉnh" }],
  ["Theo quy định chế độ báo cáo của Bộ Nội vụ", { kind: "rule", authority: "Bộ Nội vụ" }],
  ["Khi có yêu cầu", { kind: "rule", authority: null }],
  // nothing printed
  [null, { kind: "none" }],
  ["   ", { kind: "none" }],
  // dates that do not exist are refused, not guessed
  ["31/02/2024", null],
  ["Trước 30/02 hàng năm", null],
  ["Tháng 13 năm 2024", null],
];

describe("parseDeadline", () => {
  it.each(cases)("%s", (printed, expected) => {
    expect(parseDeadline(printed)).toEqual(expected);
  });
});

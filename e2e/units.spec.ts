import { expect, test, type Page } from "@playwright/test";
import { signIn, watchConsole } from "./helpers";

/**
 * Issue 9, observation 5: units kept by Home Affairs and admin, other provinces' published results
 * imported in one pass, and series that continue across a merger. The tests run in order: the
 * second merges a province the first one added.
 */
test.describe.configure({ mode: "serial" });

const FIXTURE = "e2e/fixtures/par-index-provinces.csv";

/** Desktop and phone screenshots; at 390 px the page must not scroll sideways. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `e2e/screenshots/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name} scrolls sideways at 390 px`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `e2e/screenshots/${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("Sở Nội vụ imports ten provinces' published PAR INDEX in one pass, adding the missing provinces from the preview", async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, "snv.laichau");
  await page.goto("/nhap-lieu");
  await page.getByRole("tab", { name: "Nhập từ tệp" }).click();
  await page.getByLabel("Tệp kết quả").setInputFiles(FIXTURE);
  await page.getByRole("button", { name: "Xem trước" }).click();

  const offer = page.locator(".import-offer");
  await expect(offer).toContainText("9 tỉnh, thành phố chưa có trong hệ thống: Hải Phòng, Quảng Ninh, Đà Nẵng, Thừa Thiên Huế, Vĩnh Phúc, Lào Cai, Tuyên Quang, Hà Nội, Đồng Nai.");
  await expect(page.getByRole("button", { name: /Lưu \d+ dòng/ })).toBeDisabled();
  await shoot(page, "units-import-offer");

  await offer.getByRole("button", { name: "Thêm 9 tỉnh, thành phố" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã thêm 9 tỉnh, thành phố" })).toBeVisible();
  await expect(page.locator(".import-errors")).toHaveCount(0);
  await expect(page.getByRole("row", { name: /Thừa Thiên Huế/ })).toContainText("89,32 %");
  await page.getByRole("button", { name: "Lưu 15 dòng" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu: 15 kết quả mới, 0 kết quả được sửa.");

  // Lai Châu's unit page shows its 2022 result with the published rank and its denominator.
  await page.goto("/don-vi/lai-chau");
  const total = page.getByRole("row", { name: /Chỉ số cải cách hành chính \(tổng\)/ }).first();
  await expect(total).toContainText("86,29 %");
  await expect(total).toContainText("24/63");
  // A peer province's page is readable by Sở Nội vụ.
  await page.goto("/don-vi/hai-phong");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hải Phòng");
  const peerTotal = page.getByRole("row", { name: /Chỉ số cải cách hành chính \(tổng\)/ }).first();
  await expect(peerTotal).toContainText("90,09 %");
  await expect(peerTotal).toContainText("2/63");

  // The ranking orders each year's provinces exactly as published, each rank with its denominator.
  const published: Record<string, Array<[string, string]>> = {
    "2021": [["Hải Phòng", "1/63"], ["Quảng Ninh", "2/63"], ["Đà Nẵng", "3/63"], ["Thừa Thiên Huế", "4/63"], ["Vĩnh Phúc", "5/63"], ["Lào Cai", "11/63"], ["Tuyên Quang", "34/63"]],
    "2022": [["Quảng Ninh", "1/63"], ["Hải Phòng", "2/63"], ["Hà Nội", "3/63"], ["Lai Châu", "24/63"], ["Đồng Nai", "51/63"]],
    "2023": [["Quảng Ninh", "1/63"], ["Hải Phòng", "2/63"], ["Hà Nội", "3/63"]],
  };
  for (const [year, expected] of Object.entries(published)) {
    await page.goto(`/xep-hang?loai=province&nam=${year}`);
    await expect(page.getByText(`Các tỉnh, thành phố trong cả nước, năm ${year}`)).toBeVisible();
    await expect(page.getByText("Thứ tự theo hạng công bố.")).toBeVisible();
    const rows = page.locator("table tbody tr").filter({ hasNot: page.getByText("Chưa công bố") });
    await expect(rows).toHaveCount(expected.length);
    for (const [i, [name, rank]] of expected.entries()) {
      await expect(rows.nth(i).getByRole("cell").nth(0)).toHaveText(rank);
      await expect(rows.nth(i).getByRole("cell").nth(1)).toContainText(name);
    }
  }
  await shoot(page, "ranking-provinces-2023");

  // Lai Châu's dashboard: 2022 against 2015, the previous year with a result, the span named.
  await page.goto("/?donvi=lai-chau&nam=2022");
  await expect(page.locator(".grid.stats.headline")).toContainText("86,29 %");
  await expect(page.locator(".grid.stats.headline")).toContainText("+7,17 điểm so với năm 2015, cách 7 năm");
  await expect(page.locator(".grid.stats.headline")).toContainText("24/63");
  await shoot(page, "dashboard-lai-chau-2022");
  expect(problems).toEqual([]);
});

test("the template's sample rows are skipped and the preview says so", async ({ page }) => {
  await signIn(page, "noivu.tamduong");
  await page.goto("/nhap-lieu");
  await page.getByRole("tab", { name: "Nhập từ tệp" }).click();
  const csv =
    "Mã đơn vị;Năm;Chỉ số thành phần;Tỷ lệ (%);Thứ hạng;Trên tổng số;Nguồn;Trích nguồn;Ví dụ\n" +
    "lai-chau.tam-duong;2025;tong;76,17;4;14;Đã công bố;;Ví dụ — không nhập\n" +
    "lai-chau.tam-duong;2025;tai-chinh-cong;;7;14;Thẩm định;;Ví dụ — không nhập\n" +
    "xã Bản Hon;2023;Tổng;80,1;3;14;Đã công bố;Quyết định số 15/QĐ-UBND ngày 12/01/2024;\n";
  await page.getByLabel("Tệp kết quả").setInputFiles({ name: "mau.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã bỏ qua 2 dòng ví dụ" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Lưu 1 dòng" })).toBeEnabled();
});

test("admin merges a province into another; the successor's page shows the predecessor's series, labelled", async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, "admin");
  await page.goto("/don-vi");
  await page.getByRole("link", { name: "Quản lý đơn vị" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quản lý đơn vị");

  // Add Phú Thọ to the country's provinces.
  const add = page.locator("section", { has: page.getByRole("heading", { name: "Thêm đơn vị" }) });
  await add.getByLabel("Đơn vị cấp trên").selectOption("");
  await add.getByLabel("Tên đơn vị").fill("Tỉnh Phú Thọ");
  await add.getByLabel("Tên viết tắt").fill("Phú Thọ");
  await add.getByLabel("Loại đơn vị").selectOption("province");
  await add.getByRole("button", { name: "Thêm đơn vị" }).click();
  await expect(page.getByRole("status")).toContainText('Đã thêm đơn vị "Tỉnh Phú Thọ".');

  // Merge Vĩnh Phúc (imported above with its 2021 result) into it.
  await page.goto("/quan-tri/don-vi?donvi=vinh-phuc");
  const merge = page.locator(".op", { has: page.getByRole("heading", { name: /Sáp nhập/ }) });
  await merge.getByLabel("Đơn vị tiếp nhận").selectOption("phu-tho");
  await merge.getByLabel("Ngày hiệu lực").fill("01/07/2099");
  await merge.getByLabel("Quyết định").fill("Nghị quyết số 202/2025/QH15");
  await merge.getByRole("button", { name: "Ghi nhận sáp nhập" }).click();
  await expect(page.getByRole("alert")).toContainText("chưa đến");
  await merge.getByLabel("Đơn vị tiếp nhận").selectOption("phu-tho");
  await merge.getByLabel("Ngày hiệu lực").fill("01/07/2025");
  await merge.getByLabel("Quyết định").fill("Nghị quyết số 202/2025/QH15");
  await merge.getByRole("button", { name: "Ghi nhận sáp nhập" }).click();
  await expect(page.getByRole("status")).toContainText("Đã ghi nhận sáp nhập");
  await page.goto("/quan-tri/don-vi?donvi=lai-chau.tam-duong");
  await shoot(page, "units-admin");

  await page.goto("/don-vi/phu-tho");
  const label = "Vĩnh Phúc (trước sáp nhập vào Tỉnh Phú Thọ, 01/07/2025)";
  const section = page.getByRole("region", { name: label });
  await expect(section.getByRole("heading")).toContainText(`Kết quả trước sáp nhập: ${label}`);
  await expect(section.getByRole("row").filter({ hasText: "89,28 %" })).toContainText("5/63");
  await shoot(page, "units-successor");

  // The closed province stays readable, marked closed, its successor linked.
  await section.getByRole("link", { name: label }).click();
  await expect(page.locator(".closed-banner")).toContainText("Đơn vị đã đóng từ 01/07/2025. Đã sáp nhập vào Tỉnh Phú Thọ từ 01/07/2025 (Nghị quyết số 202/2025/QH15).");
  await expect(page.getByRole("row").filter({ hasText: "89,28 %" })).toBeVisible();
  await shoot(page, "units-closed");
  await page.goto("/don-vi");
  await shoot(page, "units-list");
  expect(problems).toEqual([]);
});

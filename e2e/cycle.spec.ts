import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { fixtureFrameworkXlsx } from "../server/testing/framework-fixture";
import { signIn, watchConsole } from "./helpers";

/**
 * The whole 2024 commune cycle of doc 004 in the browser, on the TEST FIXTURE framework (not a
 * real Bộ chỉ số). The app runs years after the plan's dates: Home Affairs extends each phase.
 */

const SHOTS = "test-results/cycle";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function as(page: Page, username: string) {
  await page.context().clearCookies();
  await signIn(page, username);
}

const card = (page: Page, title: string) => page.locator("article.criterion", { hasText: title });

async function selfScore(page: Page, title: string, value: string) {
  const c = card(page, title);
  const select = c.locator("select");
  if (await select.count()) await select.selectOption(value);
  else await c.getByLabel("Điểm tự chấm").fill(value);
  await expect(c.getByRole("status")).toHaveText("Đã lưu nháp");
}

async function addDocument(page: Page, title: string, docNumber: string, issuer: string) {
  const c = card(page, title);
  await c.getByText("Thêm tài liệu kiểm chứng").click();
  await c.getByLabel("Số, ký hiệu").fill(docNumber);
  await c.getByLabel("Cơ quan ban hành").fill(issuer);
  await c.getByRole("button", { name: "Thêm" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã thêm tài liệu kiểm chứng." })).toBeVisible();
  await expect(card(page, title)).toContainText(`Văn bản ${docNumber}`);
}

async function shoot(page: Page, name: string) {
  for (const [w, h] of [
    [1280, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `${SHOTS}/${name}-${w}.png`, fullPage: true });
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(sideways, `${name} at ${w}px scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("the commune cycle: import, open, self-assess, appraise, explain, settle, survey, approve, publish, points lost", async ({ page }) => {
  test.setTimeout(240_000);
  const problems = watchConsole(page);

  // Home Affairs imports the framework and opens the cycle.
  await as(page, "noivu.tamduong");
  await page.goto("/danh-gia");
  const importForm = page.locator("form", { has: page.getByRole("button", { name: "Nhập bộ chỉ số" }) });
  await importForm.getByLabel("Mã (chữ thường, gạch ngang)").fill("thu-nghiem-xa-e2e");
  await importForm.getByLabel("Tên bộ chỉ số").fill("Bộ chỉ số THỬ NGHIỆM cấp xã (kiểm thử)");
  await importForm.getByLabel("Áp dụng từ năm").fill("2024");
  await importForm.getByLabel("Quyết định ban hành").fill("Quyết định thử nghiệm số 0/QĐ-TEST");
  await importForm.getByLabel("Tệp .xlsx theo mẫu").setInputFiles({ name: "bo-chi-so-thu-nghiem.xlsx", mimeType: XLSX, buffer: Buffer.from(await fixtureFrameworkXlsx()) });
  await importForm.getByRole("button", { name: "Nhập bộ chỉ số" }).click();
  await expect(page.getByRole("status")).toContainText("Đã nhập bộ chỉ số: 2 chỉ số thành phần, 6 tiêu chí.");
  const openForm = page.locator("form", { has: page.getByRole("button", { name: "Mở kỳ đánh giá" }) });
  await openForm.getByLabel("Kế hoạch tổ chức").selectOption({ label: "2024: Kế hoạch triển khai xác định Chỉ số cải cách hành chính năm 2024 đối với UBND các xã, thị trấn trên địa bàn huyện" });
  await openForm.getByLabel("Bộ chỉ số").selectOption({ label: "Bộ chỉ số THỬ NGHIỆM cấp xã (kiểm thử) (Cấp xã, từ 2024; 6 tiêu chí)" });
  await openForm.getByRole("button", { name: "Mở kỳ đánh giá" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kỳ đánh giá Chỉ số CCHC năm 2024");
  const cycleUrl = new URL(page.url()).pathname;
  // Deadlines come from the plan's tasks; years later, Home Affairs extends every phase.
  await expect(page.getByLabel("Hạn Tự đánh giá, chấm điểm", { exact: true })).toHaveValue("15/12/2024");
  await expect(page.getByLabel("Hạn Thẩm định", { exact: true })).toHaveValue("10/01/2025");
  for (const phase of ["Tự đánh giá, chấm điểm", "Điều tra xã hội học", "Thẩm định", "Giải trình", "Tổng hợp kết quả", "Phê duyệt", "Công bố"]) {
    await page.getByLabel(`Gia hạn ${phase}`, { exact: true }).fill("31/12/2030");
  }
  await page.getByRole("button", { name: "Lưu thời hạn" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu thời hạn các bước.");
  await page.getByLabel("Cơ quan thẩm định Công tác chỉ đạo, điều hành (thử nghiệm)").selectOption({ label: "Phòng Tư pháp" });
  await page.getByLabel("Cơ quan thẩm định Xây dựng và tổ chức thực hiện văn bản (thử nghiệm)").selectOption({ label: "Văn phòng HĐND và UBND huyện" });
  await page.getByRole("button", { name: "Lưu phân công" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã phân công Hội đồng thẩm định.");

  // Two communes self-score with evidence and submit (late: inside the extension).
  for (const [user, name, scores] of [
    ["xa.banbo", "UBND xã Bản Bo", ["1", "2", "1", "3"]],
    ["xa.binhlu", "UBND xã Bình Lư", ["0,5", "1", "1", "2"]],
  ] as const) {
    await as(page, user);
    await page.goto(cycleUrl);
    await page.getByRole("link", { name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Tự đánh giá, chấm điểm năm 2024: ${name}`);
    await expect(page.getByText("Đã quá hạn tự đánh giá")).toBeVisible();
    await selfScore(page, "Ban hành kế hoạch CCHC năm", scores[0]);
    await selfScore(page, "Đủ số lượng báo cáo", scores[1]);
    await selfScore(page, "Đúng thời hạn", scores[2]);
    await selfScore(page, "Rà soát văn bản QPPL", scores[3]);
    const noteSaved = page.waitForResponse((r) => r.url().includes("cycles.saveSelf") && r.status() === 200);
    await card(page, "Rà soát văn bản QPPL").getByLabel("Thuyết minh, giải trình").fill("Đã rà soát 12 văn bản trong năm");
    await noteSaved;
    await expect(card(page, "Rà soát văn bản QPPL").getByRole("status")).toHaveText("Đã lưu nháp");
    await addDocument(page, "Ban hành kế hoạch CCHC năm", "12/KH-UBND", name);
    await addDocument(page, "Đủ số lượng báo cáo", "45/BC-UBND", name);
    await expect(page.locator(".cycle-meter")).toContainText("4/4 tiêu chí đã chấm");
    if (user === "xa.banbo") await shoot(page, "self-assessment");
    await page.getByRole("button", { name: "Gửi bản tự đánh giá" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã gửi bản tự đánh giá" })).toContainText("quá hạn");
    await expect(page.locator(".cycle-meter")).toContainText("Nộp muộn");
    await expect(page.getByRole("button", { name: "Gửi bản tự đánh giá" })).toHaveCount(0);
  }

  // The council offices appraise their own criteria; one score lowered with a remark.
  await as(page, "thamdinh.tuphap");
  await page.goto(cycleUrl);
  await page.getByRole("link", { name: "UBND xã Bản Bo", exact: true }).click();
  await expect(card(page, "Rà soát văn bản QPPL").getByRole("button", { name: "Lưu thẩm định" })).toHaveCount(0);
  const reports = card(page, "Đủ số lượng báo cáo");
  await reports.getByLabel(/Điểm thẩm định/).fill("1");
  await reports.getByRole("button", { name: "Lưu thẩm định" }).click();
  await expect(page.getByRole("status")).toContainText("cần ghi ý kiến thẩm định");
  await card(page, "Đủ số lượng báo cáo").getByLabel(/Điểm thẩm định/).fill("1");
  await card(page, "Đủ số lượng báo cáo").getByLabel(/Ý kiến thẩm định/).fill("Thiếu báo cáo quý IV");
  await card(page, "Đủ số lượng báo cáo").getByRole("button", { name: "Lưu thẩm định" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu điểm thẩm định.");
  for (const title of ["Ban hành kế hoạch CCHC năm", "Đúng thời hạn"]) {
    await card(page, title).getByRole("button", { name: "Lưu thẩm định" }).click();
    await expect(page.getByRole("status")).toHaveText("Đã lưu điểm thẩm định.");
  }
  await shoot(page, "appraisal");
  await page.goto(cycleUrl);
  await page.getByRole("link", { name: "UBND xã Bình Lư", exact: true }).click();
  for (const title of ["Ban hành kế hoạch CCHC năm", "Đủ số lượng báo cáo", "Đúng thời hạn"]) {
    await card(page, title).getByRole("button", { name: "Lưu thẩm định" }).click();
    await expect(page.getByRole("status")).toHaveText("Đã lưu điểm thẩm định.");
  }
  await as(page, "thamdinh.vanphong");
  for (const name of ["UBND xã Bản Bo", "UBND xã Bình Lư"]) {
    await page.goto(cycleUrl);
    await page.getByRole("link", { name, exact: true }).click();
    await card(page, "Rà soát văn bản QPPL").getByRole("button", { name: "Lưu thẩm định" }).click();
    await expect(page.getByRole("status")).toHaveText("Đã lưu điểm thẩm định.");
  }

  // The commune explains; the appraiser settles.
  await as(page, "xa.banbo");
  await page.goto(cycleUrl);
  await page.getByRole("link", { name: "UBND xã Bản Bo", exact: true }).click();
  await expect(card(page, "Đủ số lượng báo cáo")).toContainText("Ý kiến thẩm định: Thiếu báo cáo quý IV");
  await card(page, "Đủ số lượng báo cáo").getByLabel("Giải trình của đơn vị").fill("Báo cáo quý IV đã gửi ngày 20/12/2024 (số 45/BC-UBND)");
  await card(page, "Đủ số lượng báo cáo").getByRole("button", { name: "Gửi giải trình" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã gửi giải trình.");
  await as(page, "thamdinh.tuphap");
  await page.goto(cycleUrl);
  await page.getByRole("link", { name: "UBND xã Bản Bo", exact: true }).click();
  await card(page, "Đủ số lượng báo cáo").getByLabel("Điểm cuối cùng").fill("1,5");
  await card(page, "Đủ số lượng báo cáo").getByRole("button", { name: "Chốt điểm" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã chốt điểm.");

  // Survey points imported; results approved and published.
  await as(page, "noivu.tamduong");
  await page.goto(cycleUrl);
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Điểm điều tra");
  sheet.addRow(["Mã đơn vị", "Mã chỉ số thành phần", "Điểm"]);
  sheet.addRow(["lai-chau.tam-duong.xa-ban-bo", "the-che", 1.5]);
  sheet.addRow(["lai-chau.tam-duong.xa-binh-lu", "the-che", 2]);
  await page.locator("form", { has: page.getByRole("button", { name: "Lưu điểm điều tra" }) }).locator("input[type=file]").setInputFiles({ name: "diem-dieu-tra.xlsx", mimeType: XLSX, buffer: Buffer.from(await wb.xlsx.writeBuffer()) });
  await page.getByRole("button", { name: "Lưu điểm điều tra" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã nhập 2 điểm điều tra.");
  const results = page.locator("section", { has: page.getByRole("heading", { name: "Kết quả", exact: true }) });
  await expect(results.getByRole("row", { name: /UBND xã Bản Bo/ })).toContainText("1/2");
  await expect(results.getByRole("row", { name: /UBND xã Bản Bo/ })).toContainText("88,89 %");
  const differences = page.locator("section", { has: page.getByRole("heading", { name: "Tổng hợp kết quả thẩm định" }) });
  await expect(differences.getByRole("row", { name: /UBND xã Bản Bo/ })).toContainText("Thiếu báo cáo quý IV");
  await page.getByLabel("Quyết định phê duyệt của Chủ tịch").fill("Quyết định thử nghiệm số 1/QĐ-TEST");
  await page.getByRole("button", { name: "Phê duyệt kết quả" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã phê duyệt kết quả.");
  await page.getByRole("button", { name: "Công bố kết quả" }).click();
  await expect(page.getByRole("status")).toContainText("Đã công bố kết quả");

  // The ranking shows the two communes ranked; a commune's dashboard shows its index.
  await page.goto("/xep-hang?loai=commune&nam=2024");
  const ranking = page.locator("table");
  await expect(ranking.getByRole("row", { name: /UBND xã Bản Bo/ })).toContainText("1/2");
  await expect(ranking.getByRole("row", { name: /UBND xã Bình Lư/ })).toContainText("2/2");
  await as(page, "xa.banbo");
  await page.goto("/?nam=2024");
  await expect(page.locator("main")).toContainText("88,89");

  // Its points-lost table turns one criterion into a task in next year's plan.
  await page.goto("/diem-bi-mat?donvi=lai-chau.tam-duong.xa-ban-bo&nam=2024");
  const row = page.locator("li.lost-row", { hasText: "Đủ số lượng báo cáo" });
  await expect(row).toContainText("−0,5");
  await expect(row).toContainText("Thiếu báo cáo quý IV");
  await expect(row).toContainText("Phòng Tư pháp");
  await shoot(page, "points-lost");
  await row.getByRole("button", { name: "Tạo nhiệm vụ khắc phục năm 2025" }).click();
  await expect(page.getByRole("status")).toContainText("Đã tạo nhiệm vụ khắc phục trong kế hoạch năm 2025.");
  await page.getByRole("link", { name: "Đã có nhiệm vụ khắc phục — mở nhiệm vụ" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Đủ số lượng báo cáo");
  expect(problems).toEqual([]);
});

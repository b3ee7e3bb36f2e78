import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { fixtureFrameworkXlsx } from "../server/testing/framework-fixture";
import { signIn, watchConsole } from "./helpers";

/**
 * The whole commune cycle in the browser, on the TEST FIXTURE framework (not a real Bộ chỉ số).
 * Demo mode opens the 2024 cycle of doc 004 on its framework without criteria; this test only
 * reads that one, and runs its own cycle: a 2025 scoring plan it creates, two communes it picks,
 * so it depends on no other spec's data and leaves the 2024 demo cycle as it found it.
 */

const SHOTS = "test-results/cycle";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function as(page: Page, username: string) {
  await page.context().clearCookies();
  await signIn(page, username);
}

const card = (page: Page, title: string) => page.locator("article.criterion", { hasText: title });

/**
 * Click an appraisal's save and wait for the server's answer: the status already reads "Đã lưu
 * điểm thẩm định." from the previous criterion, so the text alone does not show this one was saved.
 */
async function saveAppraisal(page: Page, title: string) {
  const answered = page.waitForResponse((r) => r.request().method() === "POST");
  await card(page, title).getByRole("button", { name: "Lưu thẩm định" }).click();
  await answered;
  await expect(page.getByRole("status")).toHaveText("Đã lưu điểm thẩm định.");
}

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
    [1366, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `${SHOTS}/${name}-${w}.png`, fullPage: true });
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(sideways, `${name} at ${w}px scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

test("the demo cycle of doc 004 is open, on a framework whose criteria are still to import", async ({ page }) => {
  const problems = watchConsole(page);
  await as(page, "noivu.tamduong");
  await page.goto("/danh-gia");
  await page.getByRole("link", { name: /Năm 2024 · Cấp xã: Kế hoạch triển khai xác định Chỉ số cải cách hành chính năm 2024/ }).click();
  await expect(page.getByRole("heading", { name: "Bộ chỉ số chưa có tiêu chí" })).toBeVisible();
  await expect(page.getByText("Quyết định số 8802/QĐ-UBND").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Nhập tiêu chí" })).toBeVisible();
  await shoot(page, "demo-cycle");
  await expect(page.getByLabel("Hạn Tự đánh giá, chấm điểm", { exact: true })).toHaveValue("15/12/2024");
  await expect(page.getByLabel("Hạn Thẩm định", { exact: true })).toHaveValue("10/01/2025");
  await expect(page.getByLabel("Cơ quan thẩm định Cải cách thể chế")).toHaveValue(/\d+/);
  await expect(page.getByLabel("Cơ quan thẩm định Cải cách thể chế").locator("option:checked")).toHaveText("Phòng Tư pháp");
  await expect(page.getByRole("link", { name: "UBND xã Thèn Sin", exact: true })).toBeVisible();
  await as(page, "xa.banbo");
  await page.goto("/danh-gia");
  await page.getByRole("link", { name: /Năm 2024 · Cấp xã/ }).click();
  await page.getByRole("link", { name: "UBND xã Bản Bo", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Bộ chỉ số chưa có tiêu chí" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Gửi bản tự đánh giá" })).toHaveCount(0);
  await shoot(page, "demo-unit");
  expect(problems).toEqual([]);
});

test("the commune cycle: import, open, self-assess, appraise, explain, settle, survey, approve, publish, points lost", async ({ page }) => {
  test.setTimeout(300_000);
  const problems = watchConsole(page);
  const stamp = Date.now().toString(36);

  // Home Affairs writes its 2025 scoring plan, imports the framework and opens the cycle.
  await as(page, "noivu.tamduong");
  await page.goto("/ke-hoach/moi");
  await page.getByLabel("Cơ quan ban hành").selectOption("lai-chau.tam-duong");
  await page.getByLabel("Loại kế hoạch").selectOption("scoring-cycle");
  const planTitle = `Kế hoạch THỬ NGHIỆM xác định Chỉ số CCHC năm 2025 của hai xã (kiểm thử ${stamp})`;
  await page.getByLabel("Tên kế hoạch").fill(planTitle);
  await page.getByLabel("Từ năm").fill("2025");
  await page.getByLabel("Đến năm").fill("2025");
  await page.getByRole("button", { name: "Tạo kế hoạch" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("THỬ NGHIỆM");
  await page.goto("/danh-gia");
  const importForm = page.locator("form", { has: page.getByRole("button", { name: "Nhập bộ chỉ số" }) });
  await importForm.getByLabel("Mã (chữ thường, gạch ngang)").fill(`thu-nghiem-xa-e2e-${stamp}`);
  await importForm.getByLabel("Tên bộ chỉ số").fill(`Bộ chỉ số THỬ NGHIỆM cấp xã (kiểm thử ${stamp})`);
  await importForm.getByLabel("Áp dụng từ năm").fill("2025");
  await importForm.getByLabel("Quyết định ban hành").fill("Quyết định thử nghiệm số 0/QĐ-TEST");
  await importForm.getByLabel("Tệp .xlsx theo mẫu").setInputFiles({ name: "bo-chi-so-thu-nghiem.xlsx", mimeType: XLSX, buffer: Buffer.from(await fixtureFrameworkXlsx()) });
  await importForm.getByRole("button", { name: "Nhập bộ chỉ số" }).click();
  await expect(page.getByRole("status")).toContainText("Đã nhập bộ chỉ số: 2 chỉ số thành phần, 6 tiêu chí.");
  // A criterion is corrected in the app before anyone scores it.
  await page.getByRole("link", { name: `Bộ chỉ số THỬ NGHIỆM cấp xã (kiểm thử ${stamp})` }).click();
  const law = page.locator("article.criterion", { hasText: "Rà soát văn bản QPPL" });
  await law.getByText("Sửa tiêu chí").click();
  await law.getByLabel("Cơ quan thẩm định").fill("Văn phòng HĐND và UBND huyện");
  await law.getByRole("button", { name: "Lưu tiêu chí" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã sửa tiêu chí.");
  await expect(page.locator("article.criterion", { hasText: "Rà soát văn bản QPPL" })).toContainText("Cơ quan thẩm định: Văn phòng HĐND và UBND huyện");
  await page.goto("/danh-gia");
  const openForm = page.locator("form", { has: page.getByRole("button", { name: "Mở kỳ đánh giá" }) });
  await openForm.getByLabel("Kế hoạch tổ chức").selectOption({ label: `2025: ${planTitle}` });
  await openForm.getByLabel("Bộ chỉ số").selectOption({ label: `Bộ chỉ số THỬ NGHIỆM cấp xã (kiểm thử ${stamp}) (Cấp xã, từ 2025; 6 tiêu chí)` });
  await openForm.getByText("Đơn vị được đánh giá (chỉ chọn khi").click();
  await openForm.getByLabel("UBND xã Bản Bo").check();
  await openForm.getByLabel("UBND xã Bình Lư").check();
  await openForm.getByRole("button", { name: "Mở kỳ đánh giá" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kỳ đánh giá Chỉ số CCHC năm 2025");
  const cycleUrl = new URL(page.url()).pathname;
  // The plan sets no dates: the self-assessment's deadline is set in the past and extended, so the submissions are late.
  await page.getByLabel("Hạn Tự đánh giá, chấm điểm", { exact: true }).fill("02/01/2025");
  await page.getByLabel("Gia hạn Tự đánh giá, chấm điểm", { exact: true }).fill("31/12/2030");
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
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Tự đánh giá, chấm điểm năm 2025: ${name}`);
    await expect(page.getByText("Đã quá hạn tự đánh giá")).toBeVisible();
    await selfScore(page, "Ban hành kế hoạch CCHC năm", scores[0]);
    await selfScore(page, "Đủ số lượng báo cáo", scores[1]);
    await selfScore(page, "Đúng thời hạn", scores[2]);
    await selfScore(page, "Rà soát văn bản QPPL", scores[3]);
    // The status reads "Đang lưu…" from the keystroke until the save is answered: "Đã lưu nháp"
    // below is this very note saved, and the version the evidence form carries is the new one.
    await card(page, "Rà soát văn bản QPPL").getByLabel("Thuyết minh, giải trình").fill("Đã rà soát 12 văn bản trong năm");
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
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thẩm định bản tự đánh giá năm 2025: UBND xã Bản Bo");
  await expect(card(page, "Rà soát văn bản QPPL").getByRole("button", { name: "Lưu thẩm định" })).toHaveCount(0);
  const reports = card(page, "Đủ số lượng báo cáo");
  await reports.getByLabel(/Điểm thẩm định/).fill("1");
  await reports.getByRole("button", { name: "Lưu thẩm định" }).click();
  await expect(page.getByRole("status")).toContainText("cần ghi ý kiến thẩm định");
  await card(page, "Đủ số lượng báo cáo").getByLabel(/Điểm thẩm định/).fill("1");
  await card(page, "Đủ số lượng báo cáo").getByLabel(/Ý kiến thẩm định/).fill("Thiếu báo cáo quý IV");
  await card(page, "Đủ số lượng báo cáo").getByRole("button", { name: "Lưu thẩm định" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu điểm thẩm định.");
  for (const title of ["Ban hành kế hoạch CCHC năm", "Đúng thời hạn"]) await saveAppraisal(page, title);
  await shoot(page, "appraisal");
  await page.goto(cycleUrl);
  await page.getByRole("link", { name: "UBND xã Bình Lư", exact: true }).click();
  for (const title of ["Ban hành kế hoạch CCHC năm", "Đủ số lượng báo cáo", "Đúng thời hạn"]) await saveAppraisal(page, title);
  await as(page, "thamdinh.vanphong");
  for (const name of ["UBND xã Bản Bo", "UBND xã Bình Lư"]) {
    await page.goto(cycleUrl);
    await page.getByRole("link", { name, exact: true }).click();
    await saveAppraisal(page, "Rà soát văn bản QPPL");
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
  await page.getByLabel("Ký hiệu phiếu mới").fill("CC-ND");
  await page.getByLabel("Đối tượng phiếu mới").fill("Người dân, tổ chức");
  await page.getByLabel("Số phiếu dự kiến phiếu mới").fill("120");
  await page.getByLabel("Số phiếu thu về phiếu mới").fill("96");
  await page.getByRole("button", { name: "Lưu phiếu điều tra" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu 1 phiếu điều tra.");
  await expect(page.getByLabel("Số phiếu thu về CC-ND")).toHaveValue("96");
  await expect(page.locator("form.survey-forms")).toContainText(/80(,00)? %/);
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
  await shoot(page, "cycle");
  // Downloads: the results table and a commune's score sheet, read with the user's rights.
  const table = await page.request.get(`${cycleUrl}/ket-qua.xlsx`);
  expect([table.status(), table.headers()["content-type"]]).toEqual([200, XLSX]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await table.body()) as unknown as ArrayBuffer);
  const top = book.getWorksheet("Kết quả")!.getRow(5);
  expect([top.getCell(1).value, top.getCell(2).value, top.getCell(5).value]).toEqual([1, "UBND xã Bản Bo", 8]);
  const banboId = new URL(await page.getByRole("link", { name: "UBND xã Bản Bo", exact: true }).evaluate((a) => (a as HTMLAnchorElement).href)).pathname.split("/").pop();
  const binhluId = new URL(await page.getByRole("link", { name: "UBND xã Bình Lư", exact: true }).evaluate((a) => (a as HTMLAnchorElement).href)).pathname.split("/").pop();

  // The ranking shows the two communes ranked; a commune's dashboard shows its index.
  await page.goto("/xep-hang?loai=commune&nam=2025");
  const ranking = page.locator("table");
  await expect(ranking.getByRole("row", { name: /UBND xã Bản Bo/ })).toContainText("1/2");
  await expect(ranking.getByRole("row", { name: /UBND xã Bình Lư/ })).toContainText("2/2");
  await as(page, "xa.banbo");
  const own = await page.request.get(`${cycleUrl}/${banboId}/bang-diem.docx`);
  expect([own.status(), (await own.body()).subarray(0, 2).toString()]).toEqual([200, "PK"]);
  expect((await page.request.get(`${cycleUrl}/${binhluId}/bang-diem.docx`)).status()).toBe(403);
  await page.goto("/?nam=2025");
  await expect(page.locator("main")).toContainText("88,89");

  // Its points-lost table turns one criterion into a task in next year's plan.
  await page.goto("/diem-bi-mat?donvi=lai-chau.tam-duong.xa-ban-bo&nam=2025");
  const row = page.locator("li.lost-row", { hasText: "Đủ số lượng báo cáo" });
  await expect(row).toContainText("−0,5");
  await expect(row).toContainText("Thiếu báo cáo quý IV");
  await expect(row).toContainText("Phòng Tư pháp");
  await shoot(page, "points-lost");
  // What-if: tick the lost criterion, see the projected component and total, and the rank.
  const whatIf = page.locator("section.what-if");
  await whatIf.getByLabel(/Đủ số lượng báo cáo/).check();
  await whatIf.getByRole("button", { name: "Tính điểm dự kiến" }).click();
  await expect(page).toHaveURL(/chon=/);
  await expect(whatIf.locator("tfoot td").nth(1)).toHaveText("8,594,44 %");
  await expect(whatIf.locator(".what-if-rank")).toContainText("1/2 hiện tại → 1/2 dự kiến");
  await shoot(page, "what-if");
  await page.goto("/diem-bi-mat?donvi=lai-chau.tam-duong.xa-ban-bo&nam=2025");
  await row.getByRole("button", { name: "Tạo nhiệm vụ khắc phục năm 2026" }).click();
  await expect(page.getByRole("status")).toContainText("Đã tạo nhiệm vụ khắc phục trong kế hoạch năm 2026.");
  await page.getByRole("link", { name: "Đã có nhiệm vụ khắc phục — mở nhiệm vụ" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Đủ số lượng báo cáo");
  expect(problems).toEqual([]);
});

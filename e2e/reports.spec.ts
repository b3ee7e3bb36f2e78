import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { signIn } from "./helpers";

const BUILDER = "/bao-cao?kehoach=tam-duong-par-2024&nam=2024&ky=nam";
const FINANCE = "Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần cải cách tài chính công";

/** The counts the builder's cut-off notice gives (0 when it says nothing was filed later). */
async function laterCounts(page: Page): Promise<{ updates: number; evidence: number }> {
  const text = (await page.locator(".cutoff-notice").textContent()) ?? "";
  return {
    updates: Number(/(\d+) cập nhật/.exec(text)?.[1] ?? 0),
    evidence: Number(/(\d+) tài liệu kiểm chứng/.exec(text)?.[1] ?? 0),
  };
}

/** The visible text of a downloaded .docx. */
async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}

test.describe.configure({ mode: "serial" });

test("the builder says what the period end leaves out, and the report keeps the status of that day", async ({ page, browser }) => {
  await signIn(page, "noivu.tamduong");
  await page.goto(BUILDER);
  await expect(page.locator(".cutoff-notice")).toContainText("14/12/2024");
  const before = await laterCounts(page);

  // Today (years after the 2024 cut-off) Tài chính - Kế hoạch reports the task done, with a document.
  const finance = await browser.newPage();
  await signIn(finance, "taichinh.tamduong");
  await finance.locator("li.task-card", { hasText: FINANCE }).getByRole("link").first().click();
  await finance.getByLabel("Trạng thái").selectOption("hoan-thanh");
  await finance.getByLabel("Tiến độ (%)").fill("100");
  await finance.getByLabel("Nội dung báo cáo").fill("Đã hoàn thành (báo cáo muộn).");
  await finance.getByLabel("Số, ký hiệu").fill("140/BC-TCKH");
  await finance.getByLabel("Ngày").fill("20/11/2026");
  await finance.getByLabel("Cơ quan ban hành").fill("Phòng Tài chính - Kế hoạch");
  await finance.getByRole("button", { name: "Lưu báo cáo" }).click();
  await expect(finance.getByRole("status")).toContainText("Đã lưu báo cáo");
  await finance.close();

  await page.reload();
  const notice = page.locator(".cutoff-notice");
  await expect(notice).toContainText(
    `Sau ngày 14/12/2024 có ${before.updates + 1} cập nhật và ${before.evidence + 1} tài liệu kiểm chứng không được tính trong báo cáo này.`,
  );
  // The task reads as it stood on 14/12/2024, not "Hoàn thành"; the new document is not listed.
  const row = page.locator(".report-all-tasks tr", { hasText: FINANCE });
  await expect(row).not.toContainText("Hoàn thành");
  await expect(page.locator(".report-preview")).not.toContainText("140/BC-TCKH");
  // Each task once (15 as printed, plus any row another spec typed into the plan): the table of all
  // tasks and the total agree; as many overdue as listed. The exact 15 of a fresh plan is checked
  // in server/services/reports.int.test.ts.
  const taskRows = await page.locator(".report-all-tasks tbody tr").count();
  expect(taskRows).toBeGreaterThanOrEqual(15);
  const total = page.locator(".report-leads tr.total td");
  await expect(total.nth(1)).toHaveText(String(taskRows));
  const overdueRows = await page.locator(".report-overdue tbody tr").count();
  await expect(total.nth(6)).toHaveText(String(overdueRows));
});

test("text typed but not saved is saved before the download, and is in the file", async ({ page }) => {
  await signIn(page, "noivu.tamduong");
  await page.goto(BUILDER);
  const text = `Kiến nghị chưa lưu ${Date.now()}: tăng cường tập huấn tự đánh giá.`;
  await page.getByLabel("VII. Đề xuất, kiến nghị").fill(text);
  await page.getByLabel("Ngày ban hành").fill("16/12/2024");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Tải bản Word (.docx)" }).click();
  const d = await download;
  await expect(page.getByRole("status")).toHaveText("Đã lưu nội dung đang soạn trước khi tải tệp.");
  const body = await docxText(await d.path());
  expect(body).toContain(text);
  expect(body).toContain("Tam Đường, ngày 16 tháng 12 năm 2024");
  // Saved for good: a fresh page shows it.
  await page.goto(BUILDER);
  await expect(page.getByLabel("VII. Đề xuất, kiến nghị")).toHaveValue(text);
  await expect(page.locator(".report-preview")).toContainText(text);
});

test("a download whose text cannot be saved (someone saved meanwhile) is refused, with the reason", async ({ browser }) => {
  const a = await browser.newPage();
  const b = await browser.newPage();
  for (const p of [a, b]) {
    await signIn(p, "noivu.tamduong");
    await p.goto(BUILDER);
  }
  // A text of its own each run: a retry of this serial group finds the first run's text saved.
  await a.getByLabel("VI. Nhiệm vụ, giải pháp thời gian tới").fill(`Bản của người thứ nhất (${Date.now()}).`);
  await a.getByRole("button", { name: "Lưu bản nháp" }).click();
  await expect(a.getByRole("status")).toHaveText("Đã lưu bản nháp.");
  await b.getByLabel("VI. Nhiệm vụ, giải pháp thời gian tới").fill("Bản của người thứ hai.");
  await b.getByRole("button", { name: "Tải bảng số liệu (.xlsx)" }).click();
  await expect(b.getByRole("alert")).toContainText("Chưa tải được tệp vì chưa lưu được nội dung đang soạn: Bản nháp vừa được người khác lưu.");
  await expect(b.getByLabel("VI. Nhiệm vụ, giải pháp thời gian tới")).toHaveValue("Bản của người thứ hai.");
  await a.close();
  await b.close();
});

test("the builder fits a phone: no sideways scroll at 390 px", async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await signIn(page, "noivu.tamduong");
  await page.goto(BUILDER);
  await expect(page.locator(".cutoff-notice")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "e2e/screenshots/report-builder-390.png", fullPage: false });
  await page.close();
});

test("Phòng Nội vụ writes the 2024 year-end report and downloads it as Word and Excel", async ({ page }) => {
  await signIn(page, "noivu.tamduong");
  await page.getByRole("link", { name: "Báo cáo" }).click();
  await expect(page.getByRole("heading", { name: "Báo cáo kết quả thực hiện kế hoạch" })).toBeVisible();
  // The district's own plan (a commune's newer plan, made by another spec, may be listed first).
  await page.locator("select[name=kehoach]").selectOption("tam-duong-par-2024");
  await page.getByRole("button", { name: "Lập báo cáo" }).click();
  await expect(page).toHaveURL(/kehoach=tam-duong-par-2024/);
  await page.locator("select[name=ky]").selectOption("nam");
  await page.locator("select[name=nam]").selectOption("2024");
  // The URL may already read nam=2024&ky=nam: wait for the page's data, not for the address, so
  // that the text is typed into the page that arrives and not into the one it replaces.
  const loaded = page.waitForResponse((r) => /^\/bao-cao(\.data)?$/.test(new URL(r.url()).pathname) && r.request().method() === "GET");
  await page.getByRole("button", { name: "Lập báo cáo" }).click();
  await loaded;
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Số báo cáo").fill("215/BC-UBND");
  await page.getByLabel("IV. Đánh giá chung").fill("Năm 2024, các cơ quan, đơn vị đã triển khai đầy đủ các nhiệm vụ cải thiện Chỉ số CCHC.");
  await page.getByLabel("V. Tồn tại, hạn chế và nguyên nhân").fill("Chỉ số Cải cách tài chính công còn thấp (36,3 %).");
  await page.getByRole("button", { name: "Lưu bản nháp" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu bản nháp.");
  await expect(page.locator(".report-preview")).toContainText("Chỉ số Cải cách tài chính công còn thấp (36,3 %).");
  await page.screenshot({ path: "e2e/screenshots/report-builder.png", fullPage: true });

  const docx = page.waitForEvent("download");
  await page.getByRole("button", { name: "Tải bản Word (.docx)" }).click();
  const d = await docx;
  expect(d.suggestedFilename()).toMatch(/\.docx$/);
  const docxBytes = readFileSync(await d.path());
  expect(docxBytes.subarray(0, 2).toString()).toBe("PK");

  const xlsx = page.waitForEvent("download");
  await page.getByRole("button", { name: "Tải bảng số liệu (.xlsx)" }).click();
  const x = await xlsx;
  const wb = new ExcelJS.Workbook();
  const bytes = readFileSync(await x.path());
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const values: unknown[] = [];
  wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => values.push(c.value)));
  expect(values).toContain(76.17);
});

test("the print view reads as an administrative document", async ({ page }) => {
  await signIn(page, "noivu.tamduong");
  await page.goto("/bao-cao/in?kehoach=tam-duong-par-2024&nam=2024&ky=nam");
  await expect(page.getByText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBeVisible();
  await expect(page.getByText("Nơi nhận:")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: "e2e/screenshots/report-print.png", fullPage: true });
});

test("a leader cannot compile reports", async ({ page }) => {
  await signIn(page, "lanhdao.tamduong");
  const res = await page.goto("/bao-cao/tai?kehoach=tam-duong-par-2024&nam=2024&ky=nam&dang=docx");
  expect(res?.status()).toBe(403);
});

test("Sở Nội vụ raises the low-score threshold and the lagging page follows it", async ({ page }) => {
  await signIn(page, "snv.laichau");
  await page.goto("/cai-dat");
  await page.getByLabel("Ngưỡng điểm thấp (%)").fill("70");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu các ngưỡng cảnh báo.");
  await page.goto("/chi-so-can-cai-thien?donvi=lai-chau.tam-duong");
  await expect(page.getByText("Điểm thấp: năm 2023 đạt 68,75 %, dưới ngưỡng 70 %.")).toBeVisible();
});

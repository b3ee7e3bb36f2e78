import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { signIn } from "./helpers";

test("Phòng Nội vụ writes the 2024 year-end report and downloads it as Word and Excel", async ({ page }) => {
  await signIn(page, "noivu.tamduong");
  await page.getByRole("link", { name: "Báo cáo" }).click();
  await expect(page.getByRole("heading", { name: "Báo cáo kết quả thực hiện kế hoạch" })).toBeVisible();
  await page.locator("select[name=ky]").selectOption("nam");
  await page.locator("select[name=nam]").selectOption("2024");
  await page.getByRole("button", { name: "Lập báo cáo" }).click();
  await page.getByLabel("Số báo cáo").fill("215/BC-UBND");
  await page.getByLabel("IV. Đánh giá chung").fill("Năm 2024, các cơ quan, đơn vị đã triển khai đầy đủ các nhiệm vụ cải thiện Chỉ số CCHC.");
  await page.getByLabel("V. Tồn tại, hạn chế và nguyên nhân").fill("Chỉ số Cải cách tài chính công còn thấp (36,3 %).");
  await page.getByRole("button", { name: "Lưu bản nháp" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu bản nháp.");
  await expect(page.locator(".report-preview")).toContainText("Chỉ số Cải cách tài chính công còn thấp (36,3 %).");
  await page.screenshot({ path: "e2e/screenshots/report-builder.png", fullPage: true });

  const docx = page.waitForEvent("download");
  await page.getByText("Tải bản Word (.docx)").click();
  const d = await docx;
  expect(d.suggestedFilename()).toMatch(/\.docx$/);
  const docxBytes = readFileSync(await d.path());
  expect(docxBytes.subarray(0, 2).toString()).toBe("PK");

  const xlsx = page.waitForEvent("download");
  await page.getByText("Tải bảng số liệu (.xlsx)").click();
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

import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { signIn } from "./helpers";

const appendix = readFileSync(path.join(import.meta.dirname, "fixtures/447-appendix.tsv"), "utf8");

test("Sở Nội vụ creates a plan and pastes the 447 appendix: the same tasks as the document", async ({ page }) => {
  await signIn(page, "snv.laichau");
  await page.getByRole("link", { name: "+ Kế hoạch mới" }).click();
  await page.getByLabel("Số, ký hiệu").fill("767/KH-UBND");
  await page.getByLabel("Ngày ban hành").fill("14/10/2017");
  await page.getByLabel("Tên kế hoạch").fill("Phụ biểu các nhiệm vụ cụ thể nâng cao PAR INDEX (nhập thử)");
  await page.getByLabel("Từ năm").fill("2017");
  await page.getByLabel("Đến năm").fill("2020");
  await page.getByLabel("Hạn báo cáo kết quả").fill("trước ngày 25/12 hàng năm");
  await page.getByRole("button", { name: "Tạo kế hoạch" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phụ biểu các nhiệm vụ cụ thể nâng cao PAR INDEX (nhập thử)");

  await page.getByRole("link", { name: "Nhập bảng nhiệm vụ" }).click();
  await page.getByLabel("Bảng nhiệm vụ").fill(appendix);
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.getByRole("heading", { name: /Xem trước: 50 nhiệm vụ/ })).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/import-tasks.png" });
  await page.getByRole("button", { name: /Lưu 50 nhiệm vụ/ }).click();
  await expect(page.getByRole("status")).toContainText("Đã nhập 84 dòng");
  const inspection = page.getByRole("row", { name: /Kiểm tra công tác CCHC/ });
  await expect(inspection).toContainText("Sở Nội vụ");
  await expect(inspection).toContainText("Trước ngày 20/12 hàng năm");
});

test("an unknown unit name must be chosen before anything is saved", async ({ page }) => {
  await signIn(page, "noivu.tamduong");
  await page.goto("/ke-hoach/tam-duong-par-2024/nhap");
  await page.getByLabel("Bảng nhiệm vụ").fill("8\tRà soát quy trình nội bộ giải quyết TTHC\tPhòng Quản lý đô thị\tVăn phòng HĐND và UBND huyện\tTháng 9 năm 2024\tBáo cáo rà soát");
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.getByRole("alert")).toContainText("Phòng Quản lý đô thị");
  await expect(page.getByRole("button", { name: /Lưu 1 nhiệm vụ/ })).toBeDisabled();
  const choice = page.getByLabel(/"Phòng Quản lý đô thị"/);
  const value = await choice.locator("option", { hasText: "Phòng Kinh tế và Hạ tầng" }).first().getAttribute("value");
  await choice.selectOption(value!);
  await page.getByRole("button", { name: "Xem trước" }).click();
  await page.getByRole("button", { name: /Lưu 1 nhiệm vụ/ }).click();
  await expect(page.getByRole("row", { name: /Rà soát quy trình nội bộ/ })).toContainText("Phòng Kinh tế và Hạ tầng");
});

import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("Home Affairs enters a commune's result by hand, and bad input is refused in Vietnamese", async ({ page }) => {
  await signIn(page, "noivu.tamduong");
  await page.getByRole("link", { name: "Nhập liệu" }).click();
  await page.locator("select[name=donvi]").selectOption("lai-chau.tam-duong.xa-ban-bo");
  await page.getByRole("button", { name: "Chọn" }).click();
  const form = page.locator("form.entry-form").first();
  await form.getByLabel("Năm").fill("2024");
  await form.getByLabel("Chỉ số").selectOption("tong");
  await form.getByLabel("Tỷ lệ (%)").fill("120");
  await form.getByRole("button", { name: "Lưu kết quả" }).click();
  await expect(page.getByRole("alert")).toContainText("100");
  await form.getByLabel("Tỷ lệ (%)").fill("82,5");
  await form.getByLabel("Thứ hạng").fill("3");
  await form.getByLabel("Trên tổng số").fill("14");
  await form.getByRole("button", { name: "Lưu kết quả" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã thêm kết quả.");
  // The row just saved (a published cycle may have put other 2024 rows on this commune).
  await expect(page.getByRole("row").filter({ hasText: "82,5 %" }).first()).toContainText("2024");
  await page.screenshot({ path: "e2e/screenshots/entry.png", fullPage: true });
});

test("importing a CSV: errors by line first, nothing saved; then the corrected file saves every row", async ({ page }) => {
  await signIn(page, "noivu.tamduong");
  await page.goto("/nhap-lieu?donvi=lai-chau.tam-duong");
  await page.getByRole("tab", { name: "Nhập từ tệp" }).click();
  const template = page.waitForEvent("download");
  await page.getByRole("link", { name: "tệp mẫu (.xlsx)" }).click();
  expect((await template).suggestedFilename()).toBe("Mẫu nhập kết quả chỉ số CCHC.xlsx");

  const bad = "Mã đơn vị;Năm;Chỉ số thành phần;Tỷ lệ (%);Thứ hạng;Nguồn\nxã Bản Giang;2024;Tổng;79,3;5;Đã công bố\nXã Không Có;2024;Tổng;70;9;Đã công bố\n";
  await page.getByLabel("Tệp kết quả").setInputFiles({ name: "ket-qua-xa.csv", mimeType: "text/csv", buffer: Buffer.from(bad, "utf8") });
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.getByRole("alert")).toContainText("Dòng 3");
  await expect(page.getByRole("button", { name: /Lưu \d+ dòng/ })).toBeDisabled();
  await page.screenshot({ path: "e2e/screenshots/import-errors.png", fullPage: true });

  const good = "Mã đơn vị;Năm;Chỉ số thành phần;Tỷ lệ (%);Thứ hạng;Nguồn\nxã Bản Giang;2024;Tổng;79,3;5;Đã công bố\nxã Bản Hon;2024;Tổng;81,05;4;Đã công bố\n";
  await page.getByLabel("Tệp kết quả").setInputFiles({ name: "ket-qua-xa.csv", mimeType: "text/csv", buffer: Buffer.from(good, "utf8") });
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.getByRole("row", { name: /UBND xã Bản Hon/ })).toContainText("81,05 %");
  await page.getByRole("button", { name: "Lưu 2 dòng" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu: 2 kết quả mới, 0 kết quả được sửa.");
  await page.goto("/xep-hang?loai=commune&nam=2024");
  await expect(page.getByRole("row", { name: /Bản Hon/ })).toContainText("1");
});

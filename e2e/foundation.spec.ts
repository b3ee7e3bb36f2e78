import { expect, test } from "@playwright/test";
import { signIn, watchConsole } from "./helpers";

test("health check reports the database with migrations applied", async ({ request }) => {
  const res = await request.get("/healthz");
  expect(res.ok()).toBe(true);
  const body = await res.json();
  // The embedded database by default; PostgreSQL in the run with several workers (E2E_DATABASE_URL).
  expect(body.database).toBe(process.env.E2E_DATABASE_URL ? "postgres" : "pglite");
  expect(body.migrations.upToDate).toBe(true);
});

test("a leader opens Tam Đường and reads its 2023 index: 76,17 %, rank 4", async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, "lanhdao.tamduong");
  await page.goto("/don-vi");
  await expect(page.getByRole("heading", { name: "Đơn vị", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "UBND huyện Tam Đường", exact: true }).first().click();
  await expect(page.getByRole("heading", { name: "UBND huyện Tam Đường", level: 1 })).toBeVisible();
  const total = page.locator("tr.total").first();
  await expect(total).toContainText("76,17 %");
  await expect(total.locator("td").nth(2)).toHaveText("4/8");
  await expect(page.getByRole("row", { name: /Cải cách tài chính công/ })).toContainText("36,3 %");
  await expect(page.getByText("Trên 75%").first()).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/unit-tam-duong.png", fullPage: true });
  expect(problems).toEqual([]);
});

test("the plan 447/KH-UBND lists its appendix tasks with lead units and evidence", async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, "snv.laichau");
  await page.goto("/ke-hoach");
  await page.getByRole("link", { name: /Nâng cao Chỉ số cải cách hành chính \(PAR INDEX\) tỉnh Lai Châu/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("tỉnh Lai Châu giai đoạn 2017-2020");
  await expect(page.getByText("447/KH-UBND").first()).toBeVisible();
  const inspection = page.getByRole("row", { name: /Kiểm tra công tác CCHC/ });
  await expect(inspection).toContainText("Sở Nội vụ");
  await expect(inspection).toContainText("Trước ngày 20/12 hàng năm");
  await expect(inspection).toContainText("Kế hoạch kiểm tra, biên bản kiểm tra");
  await expect(page.getByRole("columnheader", { name: "Tài liệu kiểm chứng" })).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/plan-447.png", fullPage: true });
  expect(problems).toEqual([]);
});

test("Quảng Nam's scoring plan shows its survey design, 106 direct forms", async ({ page }) => {
  await signIn(page, "snv.quangnam");
  await page.goto("/ke-hoach/quang-nam-5484-2023");
  await expect(page.getByRole("row", { name: /HĐ-CT/ })).toContainText("30");
  await expect(page.getByRole("row", { name: /Tổng số phiếu trực tiếp/ })).toContainText("106");
  await expect(page.getByRole("heading", { name: /Đối tượng đánh giá \(43\)/ })).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/plan-quang-nam.png", fullPage: true });
});

test("the home page and units tree read well on a phone", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, "lanhdao.tamduong");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("UBND huyện Tam Đường — năm 2024");
  await page.screenshot({ path: "e2e/screenshots/home-phone.png", fullPage: true });
  await page.goto("/ke-hoach/tam-duong-par-2024");
  await expect(page.getByRole("link", { name: "Phòng Tài chính - Kế hoạch" }).first()).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/plan-tam-duong-phone.png", fullPage: true });
  // Nothing wider than the screen: tables become cards.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await context.close();
});

test("searching units forgives missing accents", async ({ page }) => {
  await signIn(page, "snv.laichau");
  await page.goto("/don-vi");
  await page.getByPlaceholder("Tìm đơn vị theo tên…").fill("ban bo");
  await expect(page.getByRole("link", { name: "UBND xã Bản Bo" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sở Nội vụ", exact: true })).toHaveCount(0);
});

test("an unknown unit gets a Vietnamese not-found page", async ({ page }) => {
  await signIn(page, "snv.laichau");
  const res = await page.goto("/don-vi/khong-co");
  expect(res?.status()).toBe(404);
  await expect(page.getByText("Không tìm thấy đơn vị này.")).toBeVisible();
});

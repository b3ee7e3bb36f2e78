import { expect, test } from "@playwright/test";
import { signIn, watchConsole } from "./helpers";

test("the leader of Tam Đường sees 2023 → 2024 for every component, the widest gaps flagged", async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, "lanhdao.tamduong");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("UBND huyện Tam Đường — năm 2024");
  const table = page.locator("section", { has: page.getByRole("heading", { name: /Chỉ số thành phần: kết quả 2023 và mục tiêu 2024/ }) });
  for (const name of [
    "Công tác chỉ đạo, điều hành cải cách hành chính",
    "Cải cách thể chế",
    "Cải cách thủ tục hành chính",
    "Cải cách tổ chức bộ máy hành chính",
    "Cải cách chế độ công vụ",
    "Cải cách tài chính công",
    "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
    "Tác động của cải cách hành chính đến phát triển kinh tế - xã hội",
    "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)",
  ]) {
    await expect(table.getByRole("cell", { name, exact: false }).first()).toBeVisible();
  }
  const finance = table.getByRole("row", { name: /Cải cách tài chính công/ });
  await expect(finance).toContainText("36,3 %");
  await expect(finance).toContainText("Trên 50%");
  await expect(finance).toContainText("13,7");
  await expect(finance).toContainText("Khoảng cách lớn nhất");
  await expect(table.getByRole("row", { name: /Tác động của cải cách/ })).toContainText("Khoảng cách lớn nhất");
  // No 2024 result yet: nothing is judged on 2023's figures; the distance is named by its year.
  await expect(finance).toContainText("Chưa có kết quả năm 2024");
  await expect(finance).toContainText("từ kết quả 2023");
  await expect(table.getByRole("row", { name: /Cải cách thể chế/ })).toContainText("Chưa có kết quả năm 2024");
  await expect(table.getByRole("row", { name: /Cải cách thể chế/ })).not.toContainText("Đạt");
  const headline = page.locator(".grid.stats.headline");
  await expect(headline).toContainText("Chưa có kết quả năm 2024");
  await expect(headline).toContainText("tính từ kết quả năm 2023");
  await expect(headline).toContainText("4/8");
  // One entry per component, all its reasons together, who answers for it and a link to its tasks.
  const flags = page.locator("section", { has: page.getByRole("heading", { name: "Chỉ số cần cải thiện" }) });
  const financeFlag = flags.locator("li.flag[data-component='tai-chinh-cong']");
  await expect(financeFlag).toHaveCount(1);
  await expect(financeFlag).toContainText('Chưa có kết quả năm 2024; kết quả gần nhất (năm 2023) đạt 36,3 %, còn cách mục tiêu "Trên 50%" 13,7 điểm.');
  await expect(financeFlag).toContainText("Điểm thấp: năm 2023 đạt 36,3 %");
  await expect(financeFlag).toContainText("Đơn vị chịu trách nhiệm: Phòng Tài chính - Kế hoạch");
  await financeFlag.getByRole("link", { name: /nhiệm vụ của chỉ số này/ }).click();
  await expect(page).toHaveURL(/\/ke-hoach\/tam-duong-par-2024\?chisotp=tai-chinh-cong/);
  await page.goBack();
  // Sorting by the gap puts Tác động first.
  const gapHeader = table.getByRole("columnheader", { name: /Còn thiếu \(điểm\)/ });
  await gapHeader.getByRole("button").click();
  if ((await gapHeader.getAttribute("aria-sort")) !== "descending") await gapHeader.getByRole("button").click();
  await expect(gapHeader).toHaveAttribute("aria-sort", "descending");
  await expect(table.locator("tbody tr").first()).toContainText("Tác động");
  await expect(table.locator("tbody tr").nth(1)).toContainText("Cải cách tài chính công");
  // Charts are there as SVG, with their numbers as tables: drawn by the server into the HTML once
  // (not again in the page's data), and by ECharts when the page came by client-side navigation.
  const html = await (await page.request.get("/")).text();
  expect(html).toMatch(/class="chart-canvas"[^>]*><svg/);
  expect(html.split("<svg").length - 1).toBe((html.match(/class="chart-canvas"/g) ?? []).length + 1); // + the bell icon
  await page.locator("figure.chart").first().scrollIntoViewIfNeeded();
  await expect(page.locator("figure.chart svg").first()).toBeVisible();
  await page.getByText("Xem số liệu của biểu đồ").nth(1).click();
  await expect(page.getByRole("cell", { name: "Tài chính công" }).first()).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/dashboard-tam-duong.png", fullPage: true });
  expect(problems).toEqual([]);
});

test("charts show with JavaScript off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "lanhdao.tamduong");
  await page.goto("/");
  await expect(page.locator("figure.chart svg")).toHaveCount(3);
  await context.close();
});

test("Sở Nội vụ Lai Châu sees 2012-2015 with the 2013 decline and the 2015 rank loss", async ({ page }) => {
  await signIn(page, "snv.laichau");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("UBND tỉnh Lai Châu — năm 2015");
  const history = page.locator("section", { has: page.getByRole("heading", { name: "Diễn biến qua các năm" }) });
  const year = (y: string) => history.locator("tbody tr", { has: page.getByRole("cell", { name: y, exact: true }) });
  await expect(year("2013")).toContainText("Năm 2013 giảm 3,29 điểm so với năm 2012 (66,46 → 63,17)");
  await expect(year("2015")).toContainText("tăng 2,37 nhưng thứ hạng giảm từ 52 xuống 58/63");
  await expect(year("2015")).toContainText("+2,37 điểm so với năm 2014");
  await page.getByRole("link", { name: "Cần cải thiện" }).click();
  await expect(page.getByText("Những năm chỉ số tổng giảm hoặc tụt hạng")).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/lagging-lai-chau.png", fullPage: true });
});

test("a bad viewing date gets a Vietnamese message", async ({ page }) => {
  await signIn(page, "lanhdao.tamduong");
  await page.goto("/?ngay=31/02/2024");
  await expect(page.getByRole("alert")).toHaveText("Ngày xem không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 10/12/2024.");
});

test("the dashboard reads on a phone", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, "lanhdao.tamduong");
  await expect(page.getByText("76,17 %").first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await page.screenshot({ path: "e2e/screenshots/dashboard-phone.png" });
  await context.close();
});

test("ranking lists districts by total", async ({ page }) => {
  await signIn(page, "snv.laichau");
  await page.goto("/xep-hang?loai=district");
  await expect(page.getByRole("heading", { name: "Xếp hạng Chỉ số CCHC" })).toBeVisible();
  const row = page.getByRole("row", { name: /UBND huyện Tam Đường/ });
  await expect(row).toContainText("76,17 %");
  // The published rank with its denominator, never a "rank 1" computed over the units we happen to hold.
  await expect(row.getByRole("cell").first()).toHaveText("4/8");
  await expect(page.getByText("Các huyện, thị xã, thành phố của tỉnh Lai Châu, năm 2023")).toBeVisible();
  await expect(page.getByText("Thứ tự theo hạng công bố.")).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/ranking.png", fullPage: true });
});

test("changing the kind of unit shows that kind's years, heading and box alike", async ({ page }) => {
  await signIn(page, "snv.laichau");
  await page.goto("/xep-hang?loai=district&nam=2023");
  await page.getByLabel("Loại đơn vị").selectOption("province");
  await expect(page).toHaveURL(/loai=province/);
  await expect(page.getByText("Các tỉnh, thành phố trong cả nước, năm 2015")).toBeVisible();
  await expect(page.getByLabel("Năm")).toHaveValue("2015");
  await expect(page.getByRole("row", { name: /UBND tỉnh Lai Châu/ }).getByRole("cell").first()).toHaveText("58/63");
  // A year the group has no data for is said, not shown as an empty table.
  await page.goto("/xep-hang?loai=province&nam=2023");
  await expect(page.getByRole("status")).toHaveText("Năm 2023 chưa có số liệu của nhóm này; đang xem năm 2015.");
});

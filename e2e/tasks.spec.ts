import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { signIn, watchConsole } from "./helpers";

const FINANCE = "Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần cải cách tài chính công";
const pdf = path.join(import.meta.dirname, "fixtures/bao-cao-giai-ngan.pdf");
const fakePdf = path.join(import.meta.dirname, "fixtures/khong-phai-pdf.pdf");

test.describe.configure({ mode: "serial" });

test("Tài chính - Kế hoạch finds its public-finance task at home and reports progress with a PDF", async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, "taichinh.tamduong");
  await expect(page).toHaveURL(/\/nhiem-vu$/);
  await expect(page.getByRole("heading", { name: "Nhiệm vụ của đơn vị" })).toBeVisible();
  const card = page.locator("li.task-card", { hasText: FINANCE });
  await expect(card).toContainText("Chủ trì");
  await page.screenshot({ path: "e2e/screenshots/unit-tasks.png", fullPage: true });
  await card.getByRole("link", { name: new RegExp(FINANCE) }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(FINANCE);
  await expect(page.getByText("Cải cách tài chính công").first()).toBeVisible(); // the indicator it moves
  await page.getByLabel("Trạng thái").selectOption("dang-thuc-hien");
  await page.getByLabel("Tiến độ (%)").fill("60");
  await page.getByLabel("Nội dung báo cáo").fill("Đã giải ngân 60% kế hoạch vốn đầu tư công năm 2024; đôn đốc thực hiện kiến nghị kiểm toán.");
  await page.getByLabel(/Tệp đính kèm/).setInputFiles(pdf);
  await page.getByLabel("Số, ký hiệu").fill("125/BC-TCKH");
  await page.getByLabel("Ngày").fill("05/11/2024");
  await page.getByLabel("Cơ quan ban hành").fill("Phòng Tài chính - Kế hoạch");
  await page.getByRole("button", { name: "Lưu báo cáo" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu báo cáo kèm 2 tài liệu kiểm chứng.");
  const history = page.locator("ol.timeline > li").first();
  await expect(history).toContainText("Đang thực hiện · tiến độ 60%");
  await expect(history.getByRole("link", { name: "bao-cao-giai-ngan.pdf" })).toBeVisible();
  await expect(history).toContainText("Văn bản số 125/BC-TCKH ngày 05/11/2024 của Phòng Tài chính - Kế hoạch");
  await page.screenshot({ path: "e2e/screenshots/task-finance.png", fullPage: true });

  // The file comes back as it went up.
  const download = page.waitForEvent("download");
  await history.getByRole("link", { name: "bao-cao-giai-ngan.pdf" }).click();
  const file = await download;
  expect(readFileSync(await file.path())).toEqual(readFileSync(pdf));
  expect(problems).toEqual([]);
});

test("a file that only pretends to be a PDF is refused and nothing is saved", async ({ page }) => {
  await signIn(page, "taichinh.tamduong");
  await page.locator("li.task-card", { hasText: FINANCE }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(FINANCE);
  // The 2024 plan year is closed: the page opens as it stood on 10/12/2024, and says what it leaves out.
  await expect(page.getByText("Năm kế hoạch 2024 đã kết thúc: tình trạng tính tại ngày báo cáo 10/12/2024 của năm kế hoạch 2024.")).toBeVisible();
  await expect(page.locator("ol.timeline > li")).toHaveCount(0);
  await page.getByRole("link", { name: "Xem tình trạng đến hôm nay" }).click();
  await expect(page).toHaveURL(/ngay=/);
  await expect(page.locator("ol.timeline > li").first()).toBeVisible();
  const before = await page.locator("ol.timeline > li").count();
  expect(before).toBeGreaterThan(0);
  await page.getByLabel("Nội dung báo cáo").fill("Thử gửi tệp giả");
  await page.getByLabel(/Tệp đính kèm/).setInputFiles(fakePdf);
  await page.getByRole("button", { name: "Lưu báo cáo" }).click();
  await expect(page.getByRole("alert")).toContainText("không phải PDF, Word, Excel hay ảnh");
  await expect(page.locator("ol.timeline > li")).toHaveCount(before);
  await expect(page.getByLabel("Nội dung báo cáo")).toHaveValue("Thử gửi tệp giả");
});

test("the leader sees the update on the task and on the dashboard row, and gives a direction", async ({ page }) => {
  await signIn(page, "lanhdao.tamduong");
  const row = page.getByRole("row", { name: /Cải cách tài chính công/ });
  // 2024 is closed: the dashboard opens at its reporting date, before today's report was filed.
  await expect(page.getByText("Năm kế hoạch 2024 đã kết thúc: tình trạng nhiệm vụ tính tại ngày báo cáo 10/12/2024 của năm kế hoạch 2024.")).toBeVisible();
  await expect(row).not.toContainText("Đang thực hiện 60%");
  const today = new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date());
  await page.getByLabel("Xem tại ngày").fill(today);
  await page.getByRole("button", { name: "Xem", exact: true }).click();
  await expect(row).toContainText("Đang thực hiện 60%");
  // Two filed by this spec (another spec may have filed more on the same task).
  await expect(row).toContainText(/[2-9] tài liệu/);
  await page.screenshot({ path: "e2e/screenshots/dashboard-after-update.png", fullPage: true });
  await row.getByRole("link", { name: /Cập nhật/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(FINANCE);
  await expect(page.locator("ol.timeline > li").first()).toContainText("Đã giải ngân 60%");
  // A leader may not update it, only direct.
  await expect(page.getByRole("button", { name: "Lưu báo cáo" })).toHaveCount(0);
  await page.getByLabel("Nội dung").fill("Đề nghị hoàn thành giải ngân trước 30/11.");
  await page.getByRole("button", { name: "Gửi ý kiến" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã gửi ý kiến.");
});

test("the lead unit is told of the direction, with a badge", async ({ page }) => {
  await signIn(page, "taichinh.tamduong");
  const bell = page.getByRole("link", { name: /Thông báo: \d+/ });
  await expect(bell.locator(".bell-count")).not.toHaveText("0");
  await bell.click();
  await expect(page.getByText("Đề nghị hoàn thành giải ngân trước 30/11.")).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/notices.png", fullPage: true });
});

test("Phòng Tư pháp cannot change the finance task", async ({ page }) => {
  await signIn(page, "tuphap.tamduong");
  await page.goto("/ke-hoach/tam-duong-par-2024");
  await page.getByRole("link", { name: FINANCE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(FINANCE);
  await expect(page.getByRole("button", { name: "Lưu báo cáo" })).toHaveCount(0);
  // The page says why it is read-only and who may report.
  await expect(page.getByRole("region", { name: "Quyền cập nhật" })).toContainText(
    "Đơn vị của bạn không được giao nhiệm vụ này nên chỉ xem được. Chỉ đơn vị chủ trì (Phòng Tài chính - Kế hoạch)",
  );
  // Even a hand-made request is refused by the server, naming who may act.
  const url = page.url();
  const res = await page.request.post(url, { multipart: { intent: "report", expectedVersion: "99", status: "hoan-thanh", progress: "100" }, headers: { origin: new URL(url).origin } });
  expect(await res.text()).toContain("Chỉ đơn vị chủ trì (Phòng Tài chính - Kế hoạch)");
});

test("two people saving the same task: the second is told and keeps what they typed", async ({ browser }) => {
  const a = await browser.newPage();
  const b = await browser.newPage();
  for (const p of [a, b]) {
    await signIn(p, "noivu.tamduong");
    await p.goto("/ke-hoach/tam-duong-par-2024");
    await p.getByRole("link", { name: FINANCE }).click();
  }
  await a.getByLabel("Tiến độ (%)").fill("70");
  await a.getByLabel("Nội dung báo cáo").fill("Phòng Nội vụ cập nhật: 70%");
  await a.getByRole("button", { name: "Lưu báo cáo" }).click();
  await expect(a.getByRole("status")).toHaveText("Đã lưu báo cáo.");

  await b.getByLabel("Tiến độ (%)").fill("65");
  await b.getByLabel("Nội dung báo cáo").fill("Bản của người thứ hai");
  await b.getByRole("button", { name: "Lưu báo cáo" }).click();
  await expect(b.getByRole("alert")).toContainText("Nhiệm vụ vừa được người khác cập nhật");
  await expect(b.getByLabel("Nội dung báo cáo")).toHaveValue("Bản của người thứ hai");
  await expect(b.locator("ol.timeline > li").first()).toContainText("Phòng Nội vụ cập nhật: 70%");
  await a.close();
  await b.close();
});

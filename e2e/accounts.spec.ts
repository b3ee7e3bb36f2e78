import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn, watchConsole } from "./helpers";

const landings: Array<[string, RegExp, string]> = [
  ["admin", /\/quan-tri\/nguoi-dung$/, "Người dùng"],
  ["snv.laichau", /\/ke-hoach$/, "Kế hoạch"],
  ["noivu.tamduong", /\/ke-hoach$/, "Kế hoạch"],
  ["lanhdao.tamduong", /\/$/, "UBND huyện Tam Đường — năm 2024"],
  ["taichinh.tamduong", /\/nhiem-vu$/, "Nhiệm vụ của đơn vị"],
  ["tuphap.tamduong", /\/nhiem-vu$/, "Nhiệm vụ của đơn vị"],
  ["sotuphap.laichau", /\/nhiem-vu$/, "Nhiệm vụ của đơn vị"],
  ["snv.quangnam", /\/ke-hoach$/, "Kế hoạch"],
];

for (const [username, url, heading] of landings) {
  test(`${username} signs in and lands on the page of their role`, async ({ page }) => {
    const problems = watchConsole(page);
    await signIn(page, username);
    await expect(page).toHaveURL(url);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
    expect(problems).toEqual([]);
  });
}

test("every page but the log-in page asks for a session, and comes back after", async ({ page }) => {
  await page.goto("/ke-hoach/tam-duong-par-2024");
  await expect(page).toHaveURL(/\/dang-nhap\?next=%2Fke-hoach%2Ftam-duong-par-2024/);
  await expect(page.getByRole("cell", { name: "lanhdao.tamduong" })).toBeVisible(); // demo list shown in demo mode
  await page.screenshot({ path: "e2e/screenshots/login.png", fullPage: true });
  await page.getByLabel("Tên đăng nhập").fill("noivu.tamduong");
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/ke-hoach\/tam-duong-par-2024$/);
});

test("a wrong password gets a Vietnamese message and no session", async ({ page }) => {
  await page.goto("/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill("tuphap.tamduong");
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("alert")).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
  await page.goto("/");
  await expect(page).toHaveURL(/\/dang-nhap/);
});

test("log-out ends the session: the old cookie no longer opens a page", async ({ page, context }) => {
  await signIn(page, "lanhdao.tamduong");
  const cookie = (await context.cookies()).find((c) => c.name === "cchc_session");
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/dang-nhap$/);
  // Replaying the old cookie is refused by the server.
  await context.addCookies([{ ...cookie!, expires: -1 }]);
  await page.goto("/");
  await expect(page).toHaveURL(/\/dang-nhap/);
});

test("a Quảng Nam officer sees nothing of Lai Châu", async ({ page }) => {
  await signIn(page, "snv.quangnam");
  await page.goto("/don-vi");
  await expect(page.getByRole("link", { name: "UBND tỉnh Quảng Nam" })).toBeVisible();
  await expect(page.getByText("Lai Châu")).toHaveCount(0);
  const res = await page.goto("/don-vi/lai-chau.tam-duong");
  expect(res?.status()).toBe(403);
  await expect(page.getByText("Bạn không có quyền thực hiện thao tác này.")).toBeVisible();
});

test("the administrator creates a user who must then set a new password", async ({ page, browser }) => {
  await signIn(page, "admin");
  await page.getByText("+ Thêm người dùng").click();
  await page.getByLabel("Tên đăng nhập").fill("vanthu.tamduong");
  await page.getByLabel("Họ và tên").fill("Lò Thị Mai");
  await page.locator("form.user-form select[name=unitCode]").selectOption("lai-chau.tam-duong.van-phong-hdnd-ubnd");
  await page.getByLabel("Mật khẩu ban đầu").fill("batdau2026");
  await page.locator("form.user-form").getByLabel("Cán bộ đơn vị").check();
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(page.getByRole("status")).toContainText("Đã tạo tài khoản vanthu.tamduong");
  await expect(page.getByRole("row", { name: /vanthu\.tamduong/ })).toContainText("Chờ đổi mật khẩu");
  await page.screenshot({ path: "e2e/screenshots/users.png", fullPage: true });

  const other = await browser.newPage();
  await signIn(other, "vanthu.tamduong", "batdau2026");
  await expect(other).toHaveURL(/\/tai-khoan\?doi-mat-khau=1/);
  await other.getByLabel("Mật khẩu hiện tại").fill("batdau2026");
  await other.getByLabel("Mật khẩu mới", { exact: true }).fill("chicochu");
  await other.getByLabel("Nhập lại mật khẩu mới").fill("chicochu");
  await other.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(other.getByRole("alert")).toHaveText("Mật khẩu phải có cả chữ và số.");
  await other.getByLabel("Mật khẩu hiện tại").fill("batdau2026");
  await other.getByLabel("Mật khẩu mới", { exact: true }).fill("mai2026tamduong");
  await other.getByLabel("Nhập lại mật khẩu mới").fill("mai2026tamduong");
  await other.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(other.getByRole("status")).toContainText("Đã đổi mật khẩu");
  await other.goto("/");
  await expect(other).toHaveURL(/\/$/);
  await other.close();
});

test("Home Affairs reads the audit trail, filtered by entity", async ({ page }) => {
  await signIn(page, "noivu.tamduong");
  await page.goto("/nhat-ky?doituong=user");
  await expect(page.getByRole("heading", { name: "Nhật ký thay đổi" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Đăng nhập" }).first()).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/audit.png", fullPage: true });
});

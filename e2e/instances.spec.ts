import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// Runs only against several workers on PostgreSQL (npm run test:e2e:instances): every request on
// a new connection, so the port hands them to the workers in turn; each must answer for the user.
test.skip(!process.env.E2E_DATABASE_URL, "only with E2E_DATABASE_URL (several workers behind one port)");

const fresh = (url: string, init: RequestInit = {}) =>
  fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), connection: "close" }, redirect: "manual" });

test("two workers share the port: one session, one database, the same answer from each", async ({ page, baseURL }) => {
  // The workers start one after the other: the port answers as soon as the first listens.
  const instances = new Set<string>();
  await expect
    .poll(async () => {
      for (let i = 0; i < 10; i++) instances.add(((await (await fresh(`${baseURL}/healthz`)).json()) as { instance: string }).instance);
      return instances.size;
    }, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(2);

  // Signed in once (on whichever worker), the session holds on every worker.
  await signIn(page, "taichinh.tamduong");
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  for (let i = 0; i < 8; i++) {
    const res = await fresh(`${baseURL}/nhiem-vu`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Phòng Tài chính - Kế hoạch");
  }

  // A report saved through one connection is what every worker shows next.
  await page.goto("/nhiem-vu");
  await page.locator("li.task-card", { hasText: "cải cách tài chính công" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/nhiem-vu\/\d+/);
  const note = `Báo cáo qua hai tiến trình ${Date.now()}`;
  await page.getByLabel("Nội dung báo cáo").fill(note);
  await page.getByRole("button", { name: "Lưu báo cáo" }).click();
  await expect(page.getByText(note)).toBeVisible();
  // The view the report landed on (today's, when the task's plan year has closed).
  const taskUrl = page.url();
  for (let i = 0; i < 6; i++) {
    const html = await (await fresh(taskUrl, { headers: { cookie } })).text();
    expect(html).toContain(note);
  }
});

import { expect, test } from "@playwright/test";
import { signIn, watchConsole } from "./helpers";

const FINANCE = "Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần cải cách tài chính công";

// A department's task list comes from memory while nothing changes, and shows a leader's direction
// as soon as it is sent: the kept page is never older than the data.
test("a repeat view is kept until a leader's direction arrives, then shows it", async ({ browser }) => {
  const unit = await (await browser.newContext()).newPage();
  const leader = await (await browser.newContext()).newPage();
  const problems = watchConsole(unit);
  await signIn(unit, "taichinh.tamduong");
  await expect(unit).toHaveURL(/\/nhiem-vu$/);

  // Signing in may land on the list through client navigation (its data request, kept apart from
  // the document): after one load of the document, the next is kept.
  await unit.goto("/nhiem-vu");
  const again = await unit.goto("/nhiem-vu");
  expect(again?.headers()["x-page-cache"]).toBe("hit");
  const bell = unit.getByRole("link", { name: /Thông báo: \d+/ });
  const before = Number((await bell.getAttribute("aria-label"))!.replace(/\D+/g, ""));
  const href = await unit.locator("li.task-card", { hasText: FINANCE }).getByRole("link", { name: new RegExp(FINANCE) }).getAttribute("href");

  await signIn(leader, "lanhdao.tamduong");
  await leader.goto(href!);
  await leader.getByLabel("Nội dung").fill(`Báo cáo tiến độ giải ngân trước ngày 15 (${Date.now()}).`);
  await leader.getByRole("button", { name: "Gửi ý kiến" }).click();
  await expect(leader.getByRole("status")).toHaveText("Đã gửi ý kiến.");

  const changed = await unit.goto("/nhiem-vu");
  expect(changed?.headers()["x-page-cache"]).toBe("miss");
  await expect(bell).toHaveAttribute("aria-label", `Thông báo: ${before + 1}`);
  const kept = await unit.goto("/nhiem-vu");
  expect(kept?.headers()["x-page-cache"]).toBe("hit");
  await expect(bell).toHaveAttribute("aria-label", `Thông báo: ${before + 1}`);
  // The kept page hydrates and navigates as a rendered one does.
  await unit.getByRole("link", { name: "Theo dõi", exact: true }).click();
  await expect(unit).toHaveURL(/\/$/);
  await unit.getByRole("link", { name: "Nhiệm vụ", exact: true }).click();
  await expect(unit.locator("li.task-card", { hasText: FINANCE })).toBeVisible();
  expect(problems).toEqual([]);
});

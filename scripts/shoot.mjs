// Developer aid: screenshots of a page in viewport-sized slices, to look at long pages.
// usage: [SHOOT_USER=name] node scripts/shoot.mjs <url> <out-prefix> [width] [height] [slices]
import { chromium } from "@playwright/test";

const [url, prefix, width = "1280", height = "900", slices = "3"] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
if (process.env.SHOOT_USER) {
  await page.goto(new URL("/dang-nhap", url).href);
  await page.fill("input[name=username]", process.env.SHOOT_USER);
  await page.fill("input[name=password]", process.env.SHOOT_PASSWORD ?? "demo12345");
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith("/dang-nhap")), page.click("button[type=submit]")]);
}
await page.goto(url, { waitUntil: "networkidle" });
for (let i = 0; i < Number(slices); i++) {
  await page.evaluate((y) => window.scrollTo(0, y), i * Number(height));
  await page.screenshot({ path: `${prefix}-${i}.png` });
}
await browser.close();

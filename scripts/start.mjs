// `npm start`: build when the sources are newer than the build, then serve in production mode.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const buildFile = path.join(root, "build/index.js");

function newest(dir) {
  let latest = 0;
  if (!existsSync(dir)) return latest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(full));
    else latest = Math.max(latest, statSync(full).mtimeMs);
  }
  return latest;
}

const sources = Math.max(
  ...["app", "server", "db", "seeds"].map((d) => newest(path.join(root, d))),
  statSync(path.join(root, "remix.config.js")).mtimeMs,
  statSync(path.join(root, "package.json")).mtimeMs,
);
if (!existsSync(buildFile) || statSync(buildFile).mtimeMs < sources) {
  console.log("Đang build ứng dụng…");
  const r = spawnSync("npm", ["run", "build"], {
    stdio: "inherit",
    env: { ...process.env, VITE_CJS_IGNORE_WARNING: "true", NODE_ENV: "production" },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
process.env.NODE_ENV = "production";
await import("../server.mjs");

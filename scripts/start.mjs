// `npm start`: build when the sources are newer than the build, then serve in production mode
// under a supervisor: the server runs as a child process that is restarted within seconds if it
// dies; a stop signal is passed on so it drains its requests and closes the database.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { supervise } from "./supervisor.mjs";

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

const supervisor = supervise({
  command: process.execPath,
  args: [path.join(root, "server.mjs")],
  env: { ...process.env, NODE_ENV: "production" },
});
let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await supervisor.stop("SIGTERM");
    process.exit(0);
  });
}

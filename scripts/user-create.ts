// `npm run user:create -- <username> "<Họ và tên>" <unit-code> <role>`: make an account from the
// command line, e.g. the first administrator of a real deployment. The password is read from
// NEW_USER_PASSWORD or asked for on the terminal (not echoed).
import { createInterface } from "node:readline";
import { eq } from "drizzle-orm";
import { openDb } from "../db/client";
import { users } from "../db/schema";
import { passwordProblem } from "../server/domain/password-policy";
import { ROLES, type Role } from "../server/domain/roles";
import { isEmpty, loadSeeds } from "../seeds/load";
import { recordAudit } from "../server/services/audit";
import { ServiceError } from "../server/services/errors";
import { insertUser, newUserSchema } from "../server/services/users";

function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput.bind(rl);
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => write(s.startsWith(question) ? s : "");
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

const [username, fullName, unitCode, role = "quan-tri"] = process.argv.slice(2);
if (!username || !fullName || !unitCode || !ROLES.includes(role as Role)) {
  console.error(`Cách dùng: npm run user:create -- <tên-đăng-nhập> "<Họ và tên>" <mã-đơn-vị> <vai trò: ${ROLES.join(" | ")}>`);
  process.exit(2);
}
const password = process.env.NEW_USER_PASSWORD ?? (await askHidden("Mật khẩu: "));
const input = newUserSchema.safeParse({ username, fullName, unitCode, roles: [role], password });
if (!input.success) {
  console.error(input.error.issues[0]?.message ?? "Thông tin không hợp lệ.");
  process.exit(1);
}
const problem = passwordProblem(password, input.data.username);
if (problem) {
  console.error(problem);
  process.exit(1);
}
const handle = await openDb({ url: process.env.DATABASE_URL || undefined });
try {
  await handle.migrate();
  // A brand-new database gets its units first, as the server would on its first start.
  if (await isEmpty(handle.db)) await loadSeeds(handle.db);
  const id = await handle.db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.data.username));
    if (taken) throw new ServiceError("CONFLICT", `Tên đăng nhập "${input.data.username}" đã có người dùng.`);
    const userId = await insertUser(tx, input.data);
    await recordAudit(tx, { actor: null, action: "create", entity: "user", entityId: userId, after: { username: input.data.username, roles: input.data.roles }, note: "Tạo bằng lệnh user:create" });
    return userId;
  });
  console.log(`Đã tạo tài khoản ${input.data.username} (#${id}).`);
} catch (e) {
  console.error(e instanceof ServiceError ? e.message : e);
  process.exitCode = 1;
} finally {
  await handle.close();
}

import { createTRPCClient, httpLink } from "@trpc/client";
import type { Db } from "../../db/client";
import { DEMO_PASSWORD, syncDemoAccounts } from "../auth/demo";
import { login } from "../auth/login";
import type { AppRouter } from "../router";

export type ApiClient = ReturnType<typeof createTRPCClient<AppRouter>>;

/** Sign the demo accounts in and return a way to get a tRPC client per account, over HTTP. */
export async function demoSessions(db: Db, apiUrl: string) {
  await syncDemoAccounts(db, true);
  const tokens = new Map<string, string>();
  return {
    async tokenFor(username: string): Promise<string> {
      let token = tokens.get(username);
      if (!token) {
        const r = await login(db, { username, password: DEMO_PASSWORD, ip: "127.0.0.1", userAgent: "test" }, { demoMode: true });
        if (!r.ok) throw new Error(`log-in ${username}: ${r.message}`);
        token = r.token;
        tokens.set(username, token);
      }
      return token;
    },
    async client(username: string | null, extraHeaders: Record<string, string> = {}): Promise<ApiClient> {
      const token = username ? await this.tokenFor(username) : null;
      return createTRPCClient<AppRouter>({
        links: [
          httpLink({
            url: `${apiUrl}/api/trpc`,
            headers: () => ({ ...(token ? { cookie: `cchc_session=${token}` } : {}), ...extraHeaders }),
          }),
        ],
      });
    },
  };
}

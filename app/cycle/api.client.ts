import { createTRPCClient, httpLink } from "@trpc/client";
import type { AppRouter } from "../../server/router";

/** The browser's tRPC client (same origin, the session cookie rides along). */
export const api = createTRPCClient<AppRouter>({ links: [httpLink({ url: "/api/trpc" })] });

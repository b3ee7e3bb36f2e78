import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { deleteSession } from "../../server/auth/sessions";
import { clearSessionCookie, crossSiteMessage, isCrossSiteMutation, sessionToken } from "../../server/http/security";
import { recordAudit } from "../../server/services/audit";
import { actorFromRequest } from "../../server/http/security";
import { db } from "../lib/db.server";

export async function action({ request }: ActionFunctionArgs) {
  if (isCrossSiteMutation(request)) throw new Response(crossSiteMessage, { status: 403 });
  const database = await db();
  const token = sessionToken(request);
  if (token) {
    const actor = await actorFromRequest(database, request);
    await database.transaction(async (tx) => {
      await deleteSession(tx, token);
      if (actor) await recordAudit(tx, { actor, action: "logout", entity: "user", entityId: actor.userId });
    });
  }
  return redirect("/dang-nhap", { headers: { "Set-Cookie": clearSessionCookie() } });
}

export function loader() {
  return redirect("/");
}

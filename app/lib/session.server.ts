import { redirect } from "@remix-run/node";
import { ZodError } from "zod";
import type { Db } from "../../db/client";
import { actorFromRequest, crossSiteMessage, isCrossSiteMutation } from "../../server/http/security";
import type { SessionUser } from "../../server/services/actor";
import { httpStatus, ServiceError } from "../../server/services/errors";
import { db } from "./db.server";

/** The user behind the request's session, read once per request (the shell and the page share it). */
export function currentActor(database: Db, request: Request): Promise<SessionUser | null> {
  return actorFromRequest(database, request);
}

/** The signed-in user, or a redirect to the log-in page that comes back here afterwards. */
export async function requireUser(request: Request): Promise<{ db: Db; actor: SessionUser }> {
  const database = await db();
  const actor = await currentActor(database, request);
  const url = new URL(request.url);
  if (!actor) {
    const next = url.pathname + url.search;
    throw redirect(`/dang-nhap${next && next !== "/" ? `?next=${encodeURIComponent(next)}` : ""}`);
  }
  if (actor.mustChangePassword && url.pathname !== "/tai-khoan") {
    throw redirect("/tai-khoan?doi-mat-khau=1");
  }
  return { db: database, actor };
}

/** For actions: the user, after refusing cross-site requests. */
export async function requireUserForMutation(request: Request): Promise<{ db: Db; actor: SessionUser }> {
  if (isCrossSiteMutation(request)) throw new Response(crossSiteMessage, { status: 403 });
  return requireUser(request);
}

/**
 * Run a service call from a loader: a ServiceError becomes the HTTP status with its
 * Vietnamese message (a ZodError a 400), which the error boundary shows.
 */
export async function orHttpError<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof ServiceError) {
      throw new Response(e.message, { status: httpStatus[e.code], headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    if (e instanceof ZodError) {
      throw new Response(e.issues[0]?.message ?? "Dữ liệu không hợp lệ.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    throw e;
  }
}

/** For actions that answer with a form message instead of an error page. */
export function actionError(e: unknown): { ok: false; message: string } {
  if (e instanceof ServiceError) return { ok: false, message: e.message };
  if (e instanceof ZodError) return { ok: false, message: e.issues[0]?.message ?? "Dữ liệu không hợp lệ." };
  throw e;
}

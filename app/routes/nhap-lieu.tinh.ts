import { readForm } from "../lib/form.server";
import type { ActionFunctionArgs } from "@remix-run/node";
import { createProvinces, ServiceError } from "../lib/units.server";
import { actionError, requireUserForMutation } from "../lib/session.server";

/** Add the provinces an import preview named (one click from the preview); answers JSON. */
export async function action({ request }: ActionFunctionArgs) {
  const { db, actor } = await requireUserForMutation(request);
  const form = await readForm(request);
  try {
    const { created } = await createProvinces(db, actor, { names: form.getAll("name").map(String) });
    return Response.json({ ok: true, created });
  } catch (e) {
    const status = e instanceof ServiceError && e.code === "FORBIDDEN" ? 403 : 400;
    return Response.json(actionError(e), { status });
  }
}

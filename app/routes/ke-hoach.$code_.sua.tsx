import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { eq } from "drizzle-orm";
import { plans as plansTable, units as unitsTable } from "../../db/schema";
import { PlanForm } from "../components/PlanForm";
import { planFormInput } from "../lib/plan-form";
import { getEntryData, listPlans, updatePlan } from "../lib/plans.server";
import { actionError, orHttpError, requireUser, requireUserForMutation } from "../lib/session.server";
import { APP_NAME } from "../lib/strings";

export const meta: MetaFunction = () => [{ title: `Sửa kế hoạch — ${APP_NAME}` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const [plan] = await db.select().from(plansTable).where(eq(plansTable.code, params.code ?? ""));
  if (!plan) throw new Response("Không tìm thấy kế hoạch này.", { status: 404 });
  const entry = await orHttpError(getEntryData(db, actor, null));
  const code = async (id: number | null) => (id ? ((await db.select({ code: unitsTable.code }).from(unitsTable).where(eq(unitsTable.id, id)))[0]?.code ?? "") : "");
  const parent = plan.parentPlanId ? (await db.select({ code: plansTable.code }).from(plansTable).where(eq(plansTable.id, plan.parentPlanId)))[0]?.code : "";
  return {
    code: plan.code,
    units: entry.units,
    plans: (await listPlans(db, actor)).filter((p) => p.code !== plan.code),
    values: {
      number: plan.number ?? "",
      issuedOn: plan.issuedOn ? plan.issuedOn.split("-").reverse().join("/") : "",
      issuerCode: await code(plan.issuerUnitId),
      title: plan.title,
      kind: plan.kind,
      fromYear: String(plan.fromYear),
      toYear: String(plan.toYear),
      parentPlanCode: parent ?? "",
      reportingDeadline: plan.reportingDeadlineText ?? "",
      reportToCode: await code(plan.reportToUnitId),
      summary: plan.summary ?? "",
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, actor } = await requireUserForMutation(request);
  const input = planFormInput(await request.formData());
  try {
    await updatePlan(db, actor, params.code ?? "", input);
    return redirect(`/ke-hoach/${params.code}`);
  } catch (e) {
    return actionError(e);
  }
}

export default function EditPlan() {
  const { units, plans, values } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <div className="page-head">
        <h1>Sửa kế hoạch</h1>
      </div>
      {result && !result.ok ? (
        <p className="form-error" role="alert">
          {result.message}
        </p>
      ) : null}
      <section className="panel">
        <PlanForm values={values} units={units} plans={plans} busy={busy} submitLabel="Lưu thay đổi" />
      </section>
    </>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { PlanForm } from "../components/PlanForm";
import { planFormInput } from "../lib/plan-form";
import { getEntryData, getPlanFormValues, listPlans, updatePlan } from "../lib/plans.server";
import { actionError, orHttpError, requireUser, requireUserForMutation } from "../lib/session.server";
import { APP_NAME } from "../lib/strings";
import { readForm } from "../lib/form.server";

export const meta: MetaFunction = () => [{ title: `Sửa kế hoạch — ${APP_NAME}` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const code = params.code ?? "";
  const values = await orHttpError(getPlanFormValues(db, actor, code));
  const entry = await orHttpError(getEntryData(db, actor, null));
  return { code, units: entry.units, plans: (await listPlans(db, actor)).filter((p) => p.code !== code), values };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, actor } = await requireUserForMutation(request);
  const input = planFormInput(await readForm(request));
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

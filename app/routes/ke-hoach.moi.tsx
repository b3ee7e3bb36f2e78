import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { PlanForm } from "../components/PlanForm";
import { planFormInput } from "../lib/plan-form";
import { createPlan, getEntryData, listPlans } from "../lib/plans.server";
import { actionError, orHttpError, requireUser, requireUserForMutation } from "../lib/session.server";
import { APP_NAME } from "../lib/strings";
import { todayInVietnam } from "../../server/clock";
import { readForm } from "../lib/form.server";

export const meta: MetaFunction = () => [{ title: `Kế hoạch mới — ${APP_NAME}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const entry = await orHttpError(getEntryData(db, actor, null));
  return { units: entry.units, plans: await listPlans(db, actor), year: todayInVietnam().slice(0, 4) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { db, actor } = await requireUserForMutation(request);
  const input = planFormInput(await readForm(request));
  try {
    const { code } = await createPlan(db, actor, input);
    return redirect(`/ke-hoach/${code}`);
  } catch (e) {
    return actionError(e);
  }
}

export default function NewPlan() {
  const { units, plans, year } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <div className="page-head">
        <h1>Kế hoạch mới</h1>
        <p>Nhập thông tin trang đầu của kế hoạch; sau đó nhập bảng nhiệm vụ bằng cách dán từ văn bản.</p>
      </div>
      {result && !result.ok ? (
        <p className="form-error" role="alert">
          {result.message}
        </p>
      ) : null}
      <section className="panel">
        <PlanForm
          values={{ number: "", issuedOn: "", issuerCode: units[0]?.code ?? "", title: "", kind: "improvement", fromYear: year, toYear: year, parentPlanCode: "", reportingDeadline: "", reportToCode: "", summary: "" }}
          units={units}
          plans={plans}
          busy={busy}
          submitLabel="Tạo kế hoạch"
        />
      </section>
    </>
  );
}

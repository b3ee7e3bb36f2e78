import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { settingLabels, type Settings } from "../../server/domain/settings";
import { actorProvince, getSettings, updateSettings } from "../lib/settings.server";
import { actionError, requireUser, requireUserForMutation } from "../lib/session.server";
import { APP_NAME } from "../lib/strings";
import { readForm } from "../lib/form.server";

export const meta: MetaFunction = () => [{ title: `Ngưỡng cảnh báo — ${APP_NAME}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const province = await actorProvince(db, actor);
  return { province: province.name, settings: await getSettings(db, province.id), editable: province.editable };
}

export async function action({ request }: ActionFunctionArgs) {
  const { db, actor } = await requireUserForMutation(request);
  const f = await readForm(request);
  const province = await actorProvince(db, actor);
  const values: Partial<Settings> = {};
  for (const key of Object.keys(settingLabels) as Array<keyof Settings>) {
    const raw = String(f.get(key) ?? "").trim().replace(",", ".");
    if (raw === "" || !Number.isFinite(Number(raw))) return { ok: false as const, message: `"${settingLabels[key]}" phải là một số.` };
    values[key] = Number(raw);
  }
  try {
    await updateSettings(db, actor, province.id, values);
    return { ok: true as const, message: "Đã lưu các ngưỡng cảnh báo." };
  } catch (e) {
    return actionError(e);
  }
}

export default function SettingsPage() {
  const { province, settings, editable } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <div className="page-head">
        <h1>Ngưỡng cảnh báo</h1>
        <p>Các ngưỡng dùng để đánh dấu chỉ số cần cải thiện và nhiệm vụ sắp đến hạn, áp dụng cho {province}.</p>
      </div>
      {result ? (
        <p className={result.ok ? "form-ok" : "form-error"} role={result.ok ? "status" : "alert"}>
          {result.message}
        </p>
      ) : null}
      <section className="panel">
        <Form method="post" className="form entry-form">
          {(Object.keys(settingLabels) as Array<keyof Settings>).map((k) => (
            <label key={k}>
              {settingLabels[k]}
              <input name={k} inputMode="decimal" defaultValue={String(settings[k]).replace(".", ",")} disabled={!editable} />
            </label>
          ))}
          {editable ? (
            <button type="submit" className="primary" disabled={busy}>
              Lưu
            </button>
          ) : (
            <p className="hint wide">Chỉ Sở Nội vụ của tỉnh hoặc quản trị hệ thống được thay đổi các ngưỡng này.</p>
          )}
        </Form>
      </section>
    </>
  );
}

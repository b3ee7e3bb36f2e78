import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { auditFilterOptions, listAudit } from "../../server/services/audit";
import { parseVnDate } from "../../server/domain/vn-date";
import { zIdText, zText } from "../../server/validation/zod";
import { AuditTable } from "../components/AuditTable";
import { orHttpError, requireUser } from "../lib/session.server";
import { APP_NAME, auditEntityLabel } from "../lib/strings";

export const meta: MetaFunction = () => [{ title: `Nhật ký thay đổi — ${APP_NAME}` }];

const filterSchema = z.object({
  nguoi: zIdText().optional().catch(undefined),
  donvi: zIdText().optional().catch(undefined),
  doituong: zText("Loại bản ghi", { max: 50 }).optional().catch(undefined),
  tu: z.string().max(40).optional().catch(undefined),
  den: z.string().max(40).optional().catch(undefined),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== ""));
  const f = filterSchema.parse(params);
  const from = parseVnDate(f.tu) ?? undefined;
  const to = parseVnDate(f.den) ?? undefined;
  const dateError =
    (f.tu && !from) || (f.den && !to) ? "Ngày không hợp lệ: vui lòng nhập theo dạng ngày/tháng/năm, ví dụ 10/12/2024." : null;
  const [rows, options] = await orHttpError(
    Promise.all([
      listAudit(db, actor, { userId: f.nguoi, unitId: f.donvi, entity: f.doituong, from, to, limit: 300 }),
      auditFilterOptions(db, actor),
    ]),
  );
  return { rows, options, filter: f, dateError };
}

export default function AuditPage() {
  const { rows, options, filter, dateError } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-head">
        <h1>Nhật ký thay đổi</h1>
        <p>Ai đã thay đổi gì, khi nào, giá trị trước và sau. Mới nhất trước; tối đa 300 dòng mỗi lần xem.</p>
      </div>
      <Form method="get" className="filters panel" aria-label="Lọc nhật ký">
        <label className="sr-only" htmlFor="f-nguoi">
          Người thực hiện
        </label>
        <select id="f-nguoi" name="nguoi" defaultValue={filter.nguoi ?? ""}>
          <option value="">Mọi người dùng</option>
          {options.users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.fullName} ({u.username})
            </option>
          ))}
        </select>
        <label className="sr-only" htmlFor="f-donvi">
          Đơn vị
        </label>
        <select id="f-donvi" name="donvi" defaultValue={filter.donvi ?? ""}>
          <option value="">Mọi đơn vị</option>
          {options.units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        <label className="sr-only" htmlFor="f-doituong">
          Đối tượng
        </label>
        <select id="f-doituong" name="doituong" defaultValue={filter.doituong ?? ""}>
          <option value="">Mọi đối tượng</option>
          {Object.entries(auditEntityLabel).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
        <label>
          Từ ngày{" "}
          <input name="tu" inputMode="numeric" placeholder="dd/mm/yyyy" size={10} defaultValue={filter.tu ?? ""} />
        </label>
        <label>
          đến <input name="den" inputMode="numeric" placeholder="dd/mm/yyyy" size={10} defaultValue={filter.den ?? ""} />
        </label>
        <button type="submit" className="secondary">
          Lọc
        </button>
      </Form>
      {dateError ? (
        <p className="form-error" role="alert">
          {dateError}
        </p>
      ) : null}
      <AuditTable rows={rows} />
    </>
  );
}

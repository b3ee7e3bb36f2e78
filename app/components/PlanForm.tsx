import { Form } from "@remix-run/react";

export interface PlanFormValues {
  number: string;
  issuedOn: string;
  issuerCode: string;
  title: string;
  kind: "improvement" | "scoring-cycle";
  fromYear: string;
  toYear: string;
  parentPlanCode: string;
  reportingDeadline: string;
  reportToCode: string;
  summary: string;
}

/** Create or edit a plan: the fields of its first page (số, ngày, cơ quan, tên, thời kỳ, báo cáo). */
export function PlanForm({
  values,
  units,
  plans,
  busy,
  submitLabel,
}: {
  values: PlanFormValues;
  units: Array<{ code: string; name: string; depth: number }>;
  plans: Array<{ code: string; number: string | null; title: string }>;
  busy: boolean;
  submitLabel: string;
}) {
  const unitOptions = units.map((u) => (
    <option key={u.code} value={u.code}>
      {"\u00a0\u00a0".repeat(u.depth)}
      {u.name}
    </option>
  ));
  return (
    <Form method="post" className="form entry-form">
      <label>
        Số, ký hiệu
        <input name="number" defaultValue={values.number} placeholder="447/KH-UBND" />
      </label>
      <label>
        Ngày ban hành
        <input name="issuedOn" defaultValue={values.issuedOn} placeholder="dd/mm/yyyy" inputMode="numeric" />
      </label>
      <label>
        Cơ quan ban hành
        <select name="issuerCode" defaultValue={values.issuerCode} required>
          {unitOptions}
        </select>
      </label>
      <label>
        Loại kế hoạch
        <select name="kind" defaultValue={values.kind}>
          <option value="improvement">Cải thiện, nâng cao chỉ số</option>
          <option value="scoring-cycle">Xác định chỉ số (chu kỳ chấm điểm)</option>
        </select>
      </label>
      <label className="wide">
        Tên kế hoạch
        <input name="title" defaultValue={values.title} required />
      </label>
      <label>
        Từ năm
        <input name="fromYear" defaultValue={values.fromYear} inputMode="numeric" required />
      </label>
      <label>
        Đến năm
        <input name="toYear" defaultValue={values.toYear} inputMode="numeric" required />
      </label>
      <label className="wide">
        Thực hiện kế hoạch cấp trên
        <select name="parentPlanCode" defaultValue={values.parentPlanCode}>
          <option value="">—</option>
          {plans.map((p) => (
            <option key={p.code} value={p.code}>
              {p.number ?? "(chưa ghi số)"} — {p.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Hạn báo cáo kết quả
        <input name="reportingDeadline" defaultValue={values.reportingDeadline} placeholder="trước ngày 10/12/2024 hoặc trước ngày 25/12 hàng năm" />
      </label>
      <label>
        Báo cáo về
        <select name="reportToCode" defaultValue={values.reportToCode}>
          <option value="">—</option>
          {unitOptions}
        </select>
      </label>
      <label className="wide">
        Tóm tắt mục đích
        <textarea name="summary" rows={3} defaultValue={values.summary} />
      </label>
      <button type="submit" className="primary" disabled={busy}>
        {submitLabel}
      </button>
    </Form>
  );
}

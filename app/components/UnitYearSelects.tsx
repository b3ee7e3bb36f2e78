/** The unit and year choices that open the dashboard and the lagging page (inside a GET form). */
export function UnitYearSelects({
  units,
  unitCode,
  years,
  year,
}: {
  units: Array<{ code: string; name: string }>;
  unitCode: string;
  years: number[];
  year: number;
}) {
  return (
    <>
      <label>
        Đơn vị{" "}
        <select name="donvi" defaultValue={unitCode}>
          {units.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Năm{" "}
        <select name="nam" defaultValue={year}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

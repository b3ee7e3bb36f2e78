import {
  createColumnHelper,
  createSortedRowModel,
  FlexRender,
  rowSortingFeature,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  useTable,
  type ColumnHelper,
  type FlexRenderProps,
  type RowData,
  type SortingState,
} from "@tanstack/react-table";
import type { ReactNode } from "react";

/** FlexRender is typed for React 19's node type; under React 18 types it needs this narrowing. */
function Render<Row extends RowData>(props: FlexRenderProps<SortableFeatures, Row>) {
  return <>{FlexRender(props) as ReactNode}</>;
}

/** The one feature set our tables use: sorting by clicking a header. */
export const sortableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic, text: sortFn_text },
  columnMeta: {} as { className?: string; label?: string },
});
export type SortableFeatures = typeof sortableFeatures;
/** What `columnHelper<Row>().columns([...])` returns: columns whose value types differ. */
export type Columns<Row extends RowData> = ReturnType<ColumnHelper<SortableFeatures, Row>["columns"]>;

export function columnHelper<Row extends RowData>() {
  return createColumnHelper<SortableFeatures, Row>();
}

const arrow = { asc: " ▲", desc: " ▼" } as const;

/**
 * A sortable table that renders on the server too. Rows carry an optional class (total rows,
 * headings) and each cell a data-label so that narrow screens can show rows as cards.
 */
export function DataTable<Row extends RowData>({
  columns,
  data,
  initialSorting = [],
  rowClassName,
  caption,
  cards = false,
  empty,
}: {
  columns: Columns<Row>;
  data: Row[];
  initialSorting?: SortingState;
  rowClassName?: (row: Row) => string | undefined;
  caption?: ReactNode;
  cards?: boolean;
  empty?: ReactNode;
}) {
  const table = useTable({
    features: sortableFeatures,
    columns,
    data,
    initialState: { sorting: initialSorting },
  });
  const rows = table.getRowModel().rows;
  return (
    <div className="table-wrap">
      <table className={cards ? "data cards" : "data"}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const canSort = header.column.getCanSort();
                const meta = header.column.columnDef.meta;
                return (
                  <th
                    key={header.id}
                    colSpan={header.colSpan}
                    className={meta?.className}
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                  >
                    {header.isPlaceholder ? null : canSort ? (
                      <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
                        <Render header={header} />
                        {sorted ? arrow[sorted] : ""}
                      </button>
                    ) : (
                      <Render header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={table.getAllLeafColumns().length} className="muted">
                {empty ?? "Chưa có dữ liệu."}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.id} className={rowClassName?.(row.original)}>
                {row.getAllCells().map((cell) => {
                  const meta = cell.column.columnDef.meta;
                  return (
                    <td key={cell.id} className={meta?.className} data-label={meta?.label}>
                      <Render cell={cell} />
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

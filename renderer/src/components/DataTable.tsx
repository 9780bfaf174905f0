// The list table: sticky header, sortable columns (aria-sort), one selected row, click or Enter opens.
import { useEffect, useRef, type ReactNode } from 'react';

export type SortDir = 'asc' | 'desc';

export interface Column<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** The contract's sort field when the column can be sorted. */
  sortField?: string;
  numeric?: boolean;
  /** Long text: 'wrap' onto more lines, or 'truncate' to one line with "…" and the full text as tooltip. */
  overflow?: 'wrap' | 'truncate';
  /** Less important: hidden while the table is narrow, so the columns that matter fit without scrolling. */
  isOptional?: boolean;
  /** Holds buttons (Edit, Archive …): left out when the screen is printed. */
  isControl?: boolean;
}

interface DataTableProps<Row> {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string | number;
  selected?: number;
  onSelect?: (index: number) => void;
  onOpen?: (row: Row) => void;
  sort?: { field: string; dir: SortDir };
  onSort?: (field: string) => void;
  footer?: ReactNode;
}

function cellClass(
  column: Pick<Column<unknown>, 'numeric' | 'overflow' | 'isOptional' | 'isControl'>,
): string | undefined {
  const names = [
    column.numeric ? 'num' : '',
    column.overflow === 'wrap' ? 'cell-wrap' : '',
    column.isOptional ? 'col-optional' : '',
    column.isControl ? 'col-controls' : '',
  ].filter(Boolean);
  return names.length > 0 ? names.join(' ') : undefined;
}

function cellContent<Row>(column: Column<Row>, row: Row): ReactNode {
  const content = column.cell(row);
  if (column.overflow !== 'truncate') return content;
  return (
    <span className="cell-truncate" title={typeof content === 'string' ? content : undefined}>
      {content}
    </span>
  );
}

function ariaSort(column: { sortField?: string }, sort?: { field: string; dir: SortDir }) {
  if (!column.sortField) return undefined;
  if (sort?.field !== column.sortField) return 'none' as const;
  return sort.dir === 'asc' ? ('ascending' as const) : ('descending' as const);
}

export function DataTable<Row>(props: DataTableProps<Row>) {
  const { caption, columns, rows, rowKey, selected = -1, onSelect, onOpen, sort, onSort, footer } = props;
  const body = useRef<HTMLTableSectionElement>(null);

  useEffect(() => {
    const row = body.current?.children[selected];
    // jsdom has no scrollIntoView; real browsers keep the selected row visible.
    if (row instanceof HTMLElement && typeof row.scrollIntoView === 'function')
      row.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={ariaSort(column, sort)}
                className={cellClass(column)}
              >
                {column.sortField && onSort ? (
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => onSort(column.sortField ?? column.key)}
                  >
                    {column.header}
                    <span aria-hidden="true" className="sort-mark">
                      {sort?.field === column.sortField ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={body}>
          {rows.map((row, index) => (
            <tr
              key={rowKey(row, index)}
              aria-selected={onSelect ? index === selected : undefined}
              className={
                [index === selected ? 'selected' : '', onOpen ? 'clickable' : ''].filter(Boolean).join(' ') ||
                undefined
              }
              onClick={() => {
                onSelect?.(index);
                onOpen?.(row);
              }}
            >
              {columns.map((column) => (
                <td key={column.key} className={cellClass(column)}>
                  {cellContent(column, row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {footer ? <tfoot>{footer}</tfoot> : null}
      </table>
    </div>
  );
}

/** Clicking the header of the sorted column flips its direction; another column starts ascending. */
export function nextSort<F extends string>(
  current: { field: F; dir: SortDir },
  field: F,
): { field: F; dir: SortDir } {
  if (current.field === field) return { field, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { field, dir: 'asc' };
}

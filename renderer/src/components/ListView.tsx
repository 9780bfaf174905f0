// One list screen layout for every area: title and primary action, filters, search, table, pager, empty state.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { OrdoError } from '../../../shared/errors';
import { useListKeys } from '../lib/useListKeys';
import { DataTable, type Column, type SortDir } from './DataTable';
import { EmptyState } from './EmptyState';
import type { Option } from './Field';
import { Pager } from './Pager';
import { Loading, QueryError } from './QueryError';

export const PAGE_SIZE = 50;

export type RecordStatus = 'active' | 'archived' | 'all';

export const statusOptions: readonly Option[] = [
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
  { value: 'all', label: 'All' },
];

export interface ListViewProps<Row> {
  title: string;
  /** e.g. "customers": used in the table caption and the empty sentences. */
  noun: string;
  /** Lists whose records are made elsewhere (stock levels come from products) leave these out. */
  createLabel?: string;
  /** The empty state's action, e.g. "Create customer". */
  emptyCreateLabel?: string;
  onCreate?: () => void;
  /** The sentence when there are no records at all, instead of "No <noun> yet". */
  emptyText?: string;
  /** Lists whose method has no free-text search leave these out. */
  searchLabel?: string;
  search?: string;
  onSearch?: (value: string) => void;
  filters?: ReactNode;
  isFiltered: boolean;
  onClearFilters: () => void;
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => number;
  page: { rows: Row[]; total: number } | undefined;
  isLoading: boolean;
  error: OrdoError | null;
  onRetry: () => void;
  sort?: { field: string; dir: SortDir };
  onSort?: (field: string) => void;
  offset: number;
  limit: number;
  onOffset: (offset: number) => void;
  onOpen: (row: Row) => void;
  locale: string;
  /** A totals row under the table (tfoot content). */
  footer?: ReactNode;
}

export function ListView<Row>(props: ListViewProps<Row>) {
  const { page, noun, onOpen } = props;
  const rows = page?.rows ?? [];
  const searchRef = useRef<HTMLInputElement>(null);
  const [selected, setSelected] = useState(-1);

  // Other rows (a new page, search, filter or sort) start without a selection.
  const shownKeys = rows.map((row) => props.rowKey(row)).join(',');
  useEffect(() => setSelected(-1), [shownKeys]);

  useListKeys({
    count: rows.length,
    selected,
    onSelect: setSelected,
    onOpen: (index) => {
      const row = rows[index];
      if (row !== undefined) onOpen(row);
    },
    onCreate: props.onCreate,
    searchRef,
  });

  const capitalised = noun.charAt(0).toUpperCase() + noun.slice(1);
  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <h1 id="screen-title">{props.title}</h1>
        {props.onCreate ? (
          <button type="button" className="button-primary" onClick={props.onCreate} aria-keyshortcuts="N">
            {props.createLabel}
          </button>
        ) : null}
      </header>
      <div className="list-toolbar">
        {props.onSearch ? (
          <div className="field field-search">
            <label htmlFor="list-search">{props.searchLabel}</label>
            <input
              id="list-search"
              ref={searchRef}
              type="search"
              value={props.search}
              onChange={(event) => props.onSearch?.(event.target.value)}
              aria-keyshortcuts="/"
            />
          </div>
        ) : null}
        {props.filters}
      </div>
      {props.error ? <QueryError error={props.error} onRetry={props.onRetry} /> : null}
      {props.isLoading && !page ? <Loading /> : null}
      {page && page.total === 0 ? (
        props.isFiltered ? (
          <EmptyState
            text={`No ${noun} match these filters`}
            action={
              <button type="button" className="link-button" onClick={props.onClearFilters}>
                Clear filters
              </button>
            }
          />
        ) : (
          <EmptyState
            text={props.emptyText ?? `No ${noun} yet`}
            action={
              props.onCreate ? (
                <button type="button" className="link-button" onClick={props.onCreate}>
                  {props.emptyCreateLabel}
                </button>
              ) : undefined
            }
          />
        )
      ) : null}
      {rows.length > 0 ? (
        <DataTable
          caption={capitalised}
          columns={props.columns}
          rows={rows}
          rowKey={props.rowKey}
          selected={selected}
          onSelect={setSelected}
          onOpen={onOpen}
          sort={props.sort}
          onSort={props.onSort}
          footer={props.footer}
        />
      ) : null}
      {page ? (
        <Pager
          offset={props.offset}
          limit={props.limit}
          total={page.total}
          locale={props.locale}
          onChange={props.onOffset}
        />
      ) : null}
    </section>
  );
}

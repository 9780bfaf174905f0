// Global search (Ctrl/Cmd+K): customers, products, orders, shipments, invoices, credit notes and payments by name,
// number, SKU or barcode; Enter opens the hit.
import { useId, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../shared/contract';
import { Dialog } from '../components/Dialog';
import { useDebounced } from '../lib/useDebounced';
import { useOrdoQuery } from '../lib/queries';
import { navigate } from './router';

// Every kind of hit opens its record; null would leave a kind out rather than lead nowhere.
const pathOfHit: Record<SearchHit['kind'], ((id: number) => string) | null> = {
  customer: (id) => `/customers/${id}`,
  product: (id) => `/products/${id}`,
  order: (id) => `/orders/${id}`,
  shipment: (id) => `/shipments/${id}`,
  invoice: (id) => `/invoices/${id}`,
  credit_note: (id) => `/credit-notes/${id}`,
  payment: (id) => `/payments/${id}`,
};

const kindLabel: Record<SearchHit['kind'], string> = {
  customer: 'Customer',
  product: 'Product',
  order: 'Order',
  shipment: 'Shipment',
  invoice: 'Invoice',
  credit_note: 'Credit note',
  payment: 'Payment',
};

export function SearchDialog({ onClose }: { onClose: () => void }) {
  const listId = useId();
  const inputId = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const query = useDebounced(text.trim(), 150);
  const hits = useOrdoQuery(
    'search.global',
    { query, limit: 10 },
    { enabled: query.length > 0, keepPrevious: true },
  );
  const rows = query.length > 0 ? (hits.data ?? []).filter((hit) => pathOfHit[hit.kind] !== null) : [];

  function open(hit: SearchHit | undefined) {
    const pathOf = hit ? pathOfHit[hit.kind] : null;
    if (!hit || !pathOf) return;
    onClose();
    navigate(pathOf(hit.id));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(rows.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(rows[active] ?? rows[0]);
    }
  }

  const optionId = (index: number) => `${listId}-${index}`;
  return (
    <Dialog title="Search" onClose={onClose}>
      <div className="field">
        <label htmlFor={inputId}>Customers and products, orders, shipments, invoices and payments</label>
        <input
          id={inputId}
          type="search"
          role="combobox"
          autoComplete="off"
          aria-expanded={rows.length > 0}
          aria-controls={listId}
          aria-activedescendant={rows.length > 0 ? optionId(active) : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          data-autofocus
        />
      </div>
      <ul id={listId} role="listbox" aria-label="Search results" className="search-results">
        {rows.map((hit, index) => (
          <li
            key={`${hit.kind}-${hit.id}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            onMouseEnter={() => setActive(index)}
            onClick={() => open(hit)}
          >
            <span className="search-kind">{kindLabel[hit.kind]}</span>
            <span className="search-title">{hit.title}</span>
            <span className="search-subtitle">{hit.subtitle}</span>
          </li>
        ))}
      </ul>
      {query.length > 0 && hits.data && rows.length === 0 ? (
        <p className="muted">Nothing found for “{query}”.</p>
      ) : null}
      {hits.error ? <p className="field-error">{hits.error.message}</p> : null}
    </Dialog>
  );
}

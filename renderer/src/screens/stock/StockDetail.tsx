// #/stock/:productId — one product's on hand, reserved and available, its movement log (newest first),
// and the three ways stock changes by hand: receive, adjust, count.
import { useState } from 'react';
import type { StockMovement } from '../../../../shared/contract';
import { hrefOf } from '../../app/router';
import { DataTable, type Column } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { Pager } from '../../components/Pager';
import { Loading, QueryError } from '../../components/QueryError';
import { dateText } from '../../lib/format';
import { useOrdoQuery } from '../../lib/queries';
import { useMay } from '../../lib/useActingUser';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { movementWords } from './movementWords';
import { QuantityCell } from './QuantityCell';
import { StockChangeDialog, type ChangeKind } from './StockChangeDialog';

const PAGE = 50;

function columns(locale: string): Column<StockMovement>[] {
  return [
    { key: 'date', header: 'Date', cell: (m) => dateText(m.date, locale) },
    {
      key: 'kind',
      header: 'What',
      cell: (m) =>
        m.kind === 'shipment' && m.shipmentId !== null ? (
          <>
            {movementWords.shipment}{' '}
            <a href={hrefOf(`/shipments/${m.shipmentId}`)}>{m.shipmentNumber ?? 'shipment'}</a>
          </>
        ) : (
          movementWords[m.kind]
        ),
    },
    {
      key: 'change',
      header: 'Change',
      numeric: true,
      cell: (m) => <QuantityCell value={m.quantity} locale={locale} signed />,
    },
    {
      key: 'balance',
      header: 'Balance',
      numeric: true,
      cell: (m) => <QuantityCell value={m.balance} locale={locale} />,
    },
    { key: 'reason', header: 'Reason', overflow: 'wrap', cell: (m) => m.reason },
    { key: 'by', header: 'By', isOptional: true, cell: (m) => m.createdBy },
  ];
}

export function StockDetail({ productId }: { productId: number }) {
  const { locale } = useCompanyLocale();
  const mayChange = useMay('fulfil');
  const [offset, setOffset] = useState(0);
  const [change, setChange] = useState<ChangeKind | null>(null);
  const product = useOrdoQuery('products.get', { id: productId });
  const levels = useOrdoQuery('stock.levels', {
    productIds: [productId],
    search: '',
    filter: 'all',
    limit: 1,
    offset: 0,
  });
  const movements = useOrdoQuery(
    'stock.movements',
    { productId, limit: PAGE, offset },
    { keepPrevious: true },
  );

  const error = product.error ?? levels.error;
  if (error)
    return (
      <QueryError
        error={error}
        onRetry={() => {
          void product.refetch();
          void levels.refetch();
        }}
      />
    );
  if (!product.data || !levels.data) return <Loading />;
  const p = product.data;
  const level = levels.data.rows[0];

  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <div>
          <a className="back-link" href={hrefOf('/stock')}>
            ← Stock
          </a>
          <h1 id="screen-title">
            {p.name} <span className="muted heading-code">{p.sku}</span>
          </h1>
        </div>
        {mayChange && level ? (
          <div className="screen-actions">
            <button type="button" onClick={() => setChange('count')}>
              Count
            </button>
            <button type="button" onClick={() => setChange('adjustment')}>
              Adjust
            </button>
            <button type="button" className="button-primary" onClick={() => setChange('receipt')}>
              Receive stock
            </button>
          </div>
        ) : null}
      </header>
      {level ? (
        <>
          <dl className="stock-levels" aria-label="Stock levels">
            <div>
              <dt>On hand</dt>
              <dd>
                <QuantityCell value={level.onHand} locale={locale} /> {level.unit}
              </dd>
            </div>
            <div>
              <dt>Reserved for orders</dt>
              <dd>
                <QuantityCell value={level.reserved} locale={locale} /> {level.unit}
              </dd>
            </div>
            <div>
              <dt>Available</dt>
              <dd>
                <QuantityCell value={level.available} locale={locale} /> {level.unit}
              </dd>
            </div>
          </dl>
          <p className="muted">
            {p.allowNegativeStock
              ? 'This product may ship with more than is on hand (stock goes below zero).'
              : 'This product ships only what is on hand.'}{' '}
            <a href={hrefOf(`/products/${p.id}`)}>Product details</a>
          </p>
        </>
      ) : (
        <EmptyState
          text={`${p.name} is not stock-tracked${p.archived ? ' (archived)' : ''}`}
          action={<a href={hrefOf(`/products/${p.id}`)}>Open the product</a>}
        />
      )}
      <h2 className="movements-title">Movements</h2>
      {movements.error ? (
        <QueryError error={movements.error} onRetry={() => void movements.refetch()} />
      ) : null}
      {movements.data && movements.data.total === 0 ? (
        <EmptyState
          text="No movements yet"
          action={
            mayChange && level ? (
              <button type="button" className="link-button" onClick={() => setChange('receipt')}>
                Receive stock
              </button>
            ) : undefined
          }
        />
      ) : null}
      {movements.data && movements.data.rows.length > 0 ? (
        <>
          <DataTable
            caption={`Stock movements of ${p.name}`}
            columns={columns(locale)}
            rows={movements.data.rows}
            rowKey={(m) => m.id}
          />
          <Pager
            offset={offset}
            limit={PAGE}
            total={movements.data.total}
            locale={locale}
            onChange={setOffset}
          />
        </>
      ) : null}
      {change && level ? (
        <StockChangeDialog level={level} kind={change} onClose={() => setChange(null)} />
      ) : null}
    </section>
  );
}

// #/stock — levels of every stock-tracked product; #/stock/:productId — one product's levels and movements.
import { NotFound } from '../../app/NotFound';
import { idOf } from '../../app/router';
import { StockDetail } from './StockDetail';
import { StockList } from './StockList';
import './stock.css';

export function StockScreen({ segments }: { segments: readonly string[] }) {
  const [first, ...rest] = segments;
  if (first === undefined) return <StockList />;
  const id = idOf(first);
  if (id === null || rest.length > 0) return <NotFound />;
  return <StockDetail key={id} productId={id} />;
}

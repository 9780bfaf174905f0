// Paging from the server: "1–50 of 1,234" with previous and next (just the count when all rows fit).
import { countText } from '../lib/format';

interface PagerProps {
  offset: number;
  limit: number;
  total: number;
  locale: string;
  onChange: (offset: number) => void;
}

export function Pager({ offset, limit, total, locale, onChange }: PagerProps) {
  if (total === 0) return null;
  const first = Math.min(offset + 1, total);
  const last = Math.min(offset + limit, total);
  const range = (
    <span className="pager-range">
      {countText(first, locale)}–{countText(last, locale)} of {countText(total, locale)}
    </span>
  );
  // Everything fits on one page: the count is enough, two disabled buttons would only be noise.
  if (offset === 0 && total <= limit) return <p className="pager">{range}</p>;
  return (
    <nav className="pager" aria-label="Pages">
      {range}
      <button type="button" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        Previous page
      </button>
      <button type="button" disabled={last >= total} onClick={() => onChange(offset + limit)}>
        Next page
      </button>
    </nav>
  );
}

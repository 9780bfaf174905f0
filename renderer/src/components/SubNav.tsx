// Section navigation inside an area (Settings, Reports: a side column; Orders: tabs), as links so each section
// has its own URL. A count says how many wait for action there (e.g. orders on credit hold).
import { hrefOf } from '../app/router';

export interface SubNavItem {
  slug: string;
  label: string;
  count?: number | undefined;
}

interface SubNavProps {
  label: string;
  base: string;
  items: readonly SubNavItem[];
  current: string;
  layout?: 'side' | 'tabs';
}

export function SubNav({ label, base, items, current, layout = 'side' }: SubNavProps) {
  return (
    <nav className={layout === 'tabs' ? 'subnav subnav-tabs' : 'subnav'} aria-label={label}>
      <ul>
        {items.map((item) => (
          <li key={item.slug}>
            <a
              href={hrefOf(item.slug === '' ? base : `${base}/${item.slug}`)}
              aria-current={item.slug === current ? 'page' : undefined}
            >
              {item.label}
              {item.count ? (
                <>
                  {' '}
                  <span className="count-badge">{item.count}</span>
                </>
              ) : null}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

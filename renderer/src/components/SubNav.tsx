// Section navigation inside an area (Settings, Reports), as links so each section has its own URL.
import { hrefOf } from '../app/router';

export interface SubNavItem {
  slug: string;
  label: string;
}

interface SubNavProps {
  label: string;
  base: string;
  items: readonly SubNavItem[];
  current: string;
}

export function SubNav({ label, base, items, current }: SubNavProps) {
  return (
    <nav className="subnav" aria-label={label}>
      <ul>
        {items.map((item) => (
          <li key={item.slug}>
            <a
              href={hrefOf(`${base}/${item.slug}`)}
              aria-current={item.slug === current ? 'page' : undefined}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

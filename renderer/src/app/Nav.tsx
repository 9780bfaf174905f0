// Left navigation by area. Only areas that are built are listed.
import { hrefOf } from './router';

const areas = [
  { path: '/customers', label: 'Customers' },
  { path: '/products', label: 'Products' },
  { path: '/reports', label: 'Reports' },
  { path: '/settings', label: 'Settings' },
] as const;

export function Nav({ area }: { area: string }) {
  return (
    <nav className="app-nav" aria-label="Main">
      <p className="app-brand">Ordo</p>
      <ul>
        {areas.map((item) => (
          <li key={item.path}>
            <a href={hrefOf(item.path)} aria-current={item.path === `/${area}` ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

// The frame around every screen: navigation, top bar, global search, and the routed screen.
import { useEffect, useState } from 'react';
import type { CompanyInfo } from '../../../shared/contract';
import { hasCommandKey } from '../lib/keyboard';
import { Nav } from './Nav';
import { screenFor } from './routes';
import { segmentsOf, usePath } from './router';
import { SearchDialog } from './SearchDialog';
import { TopBar } from './TopBar';

interface AppShellProps {
  company: CompanyInfo;
  onSwitchCompany: () => void;
  onAbout: () => void;
}

export function AppShell({ company, onSwitchCompany, onAbout }: AppShellProps) {
  const segments = segmentsOf(usePath());
  const [isSearchOpen, setSearchOpen] = useState(false);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (hasCommandKey(event) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setSearchOpen(true);
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className="app-shell">
      {/* A button, not an anchor: "#main-content" would be read as a route by the hash router. */}
      <button
        type="button"
        className="skip-link"
        onClick={() => document.getElementById('main-content')?.focus()}
      >
        Skip to content
      </button>
      <Nav area={segments[0] ?? 'customers'} />
      <TopBar
        companyName={company.name}
        onSearch={() => setSearchOpen(true)}
        onSwitchCompany={onSwitchCompany}
        onAbout={onAbout}
      />
      {/* data-company: printed above a list or report (print.css), so paper says whose books these are. */}
      <main id="main-content" className="app-main" tabIndex={-1} data-company={company.name}>
        {screenFor(segments)}
      </main>
      {isSearchOpen ? <SearchDialog onClose={() => setSearchOpen(false)} /> : null}
    </div>
  );
}

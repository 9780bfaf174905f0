// Top bar: company name, who is working, global search, and the company switcher for the browser shell.
import { useOrdoQuery } from '../lib/queries';
import { SwitchUserAction } from './SwitchUserDialog';

interface TopBarProps {
  companyName: string;
  onSearch: () => void;
  onSwitchCompany: () => void;
  onAbout: () => void;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function TopBar({ companyName, onSearch, onSwitchCompany, onAbout }: TopBarProps) {
  const user = useOrdoQuery('users.current', {});
  return (
    <header className="top-bar">
      <p className="top-company">{companyName}</p>
      <button
        type="button"
        className="search-trigger"
        onClick={onSearch}
        aria-keyshortcuts="Control+K Meta+K"
      >
        Search
        <kbd>{isMac ? '⌘K' : 'Ctrl+K'}</kbd>
      </button>
      <div className="top-actions">
        {user.data ? (
          <span className="top-user" title={user.data.roles.join(', ')}>
            {user.data.name}
          </span>
        ) : null}
        <SwitchUserAction />
        <button type="button" className="link-button" onClick={onSwitchCompany}>
          Switch company
        </button>
        <button type="button" className="link-button" onClick={onAbout}>
          About
        </button>
      </div>
    </header>
  );
}

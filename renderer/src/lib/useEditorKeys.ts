// Editor keyboard: Ctrl/Cmd+S saves, Esc goes back (unless a dialog is open, which Esc closes first).
import { useEffect, useLayoutEffect, useRef } from 'react';
import { isModalOpen } from '../components/Dialog';
import { hasCommandKey } from './keyboard';

export function useEditorKeys(handlers: { onSave: () => void; onBack: () => void }): void {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isModalOpen()) return;
      if (hasCommandKey(event) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        latest.current.onSave();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        latest.current.onBack();
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

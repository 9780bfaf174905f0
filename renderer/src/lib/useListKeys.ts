// List keyboard: ↑/↓ or j/k move the selection, Enter opens, N creates, / focuses search.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { isModalOpen } from '../components/Dialog';
import { isActivatable, isTypingTarget } from './keyboard';

interface ListKeys {
  count: number;
  selected: number;
  onSelect: (index: number) => void;
  onOpen: (index: number) => void;
  onCreate?: (() => void) | undefined;
  searchRef: RefObject<HTMLInputElement | null>;
}

export function useListKeys(keys: ListKeys): void {
  // The listener is attached once; it reads the latest props through this ref.
  const latest = useRef(keys);
  useLayoutEffect(() => {
    latest.current = keys;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isModalOpen()) return;
      const { count, selected, onSelect, onOpen, onCreate, searchRef } = latest.current;
      const inSearch = event.target === searchRef.current;
      const move = (delta: number) => {
        if (count === 0) return;
        event.preventDefault();
        onSelect(Math.min(count - 1, Math.max(0, selected + delta)));
      };

      if (inSearch) {
        if (event.key === 'ArrowDown') move(1);
        else if (event.key === 'ArrowUp') move(-1);
        else if (event.key === 'Enter' && selected >= 0) {
          event.preventDefault();
          onOpen(selected);
        } else if (event.key === 'Escape') searchRef.current?.blur();
        return;
      }
      if (isTypingTarget(event.target)) return;

      switch (event.key) {
        case 'ArrowDown':
        case 'j':
          move(1);
          break;
        case 'ArrowUp':
        case 'k':
          move(-1);
          break;
        case 'Enter':
          if (selected >= 0 && !isActivatable(event.target)) {
            event.preventDefault();
            onOpen(selected);
          }
          break;
        case 'n':
        case 'N':
          if (onCreate) {
            event.preventDefault();
            onCreate();
          }
          break;
        case '/':
          event.preventDefault();
          searchRef.current?.focus();
          break;
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

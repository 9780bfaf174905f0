// The search behind a picker that asks main (customers, products): the typed text, debounced, and whether the
// options shown already answer it. Nothing is asked until the picker is first used.
import { useState } from 'react';
import { useDebounced } from '../lib/useDebounced';

export interface SearchPickerState {
  /** The text to search for, settled a moment after the last keystroke. */
  search: string;
  isUsed: boolean;
  onUse: () => void;
  onSearch: (text: string) => void;
  /** True while the text typed has not been searched yet. */
  isTyping: boolean;
}

export function useSearchPicker(ms = 150): SearchPickerState {
  const [typed, setTyped] = useState('');
  const [isUsed, setUsed] = useState(false);
  const search = useDebounced(typed.trim(), ms);
  return {
    search,
    isUsed,
    onUse: () => setUsed(true),
    onSearch: (text) => {
      setUsed(true);
      setTyped(text);
    },
    isTyping: typed.trim() !== search,
  };
}

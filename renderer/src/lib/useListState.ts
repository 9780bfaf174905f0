// List filters, sort and page kept per list while the app runs, so "back to the list" lands where you were.
import { useCallback, useState } from 'react';

const remembered = new Map<string, unknown>();

export function useListState<T extends object>(
  key: string,
  initial: T,
): [T, (patch: Partial<T>) => void, () => void] {
  const [state, setState] = useState<T>(() => ({
    ...initial,
    ...(remembered.get(key) as Partial<T> | undefined),
  }));

  const update = useCallback(
    (patch: Partial<T>) =>
      setState((previous) => {
        const next = { ...previous, ...patch };
        remembered.set(key, next);
        return next;
      }),
    [key],
  );

  const reset = useCallback(() => {
    remembered.delete(key);
    setState(initial);
  }, [key, initial]);

  return [state, update, reset];
}

/** Tests start from a clean slate. */
export function forgetListStates(): void {
  remembered.clear();
}

// The keyboard and bookkeeping of a document's line grid: Enter in a cell adds a line below and focuses its
// item, Ctrl+Backspace removes the line the cursor is in, a cell's error from main sits under it.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { gridCells } from '../../components/gridCells';
import { feeKindLabels, type DocumentLine, type NewLineKind } from './documentLine';

interface LineGridOptions<L extends DocumentLine> {
  lines: L[];
  onChange: (lines: L[]) => void;
  newLine: (kind: NewLineKind) => L;
  errors: Record<string, string>;
  readOnly: boolean;
  /** Lines that must stay (part of it shipped); all may go when omitted. */
  canRemove?: (line: L) => boolean;
}

export function useLineGrid<L extends DocumentLine>(options: LineGridOptions<L>) {
  const { lines, onChange, newLine, errors, readOnly } = options;
  const idPrefix = useId();
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const cells = gridCells(idPrefix, errors);
  const { cellId } = cells;

  useEffect(() => {
    if (focusKey !== null) document.getElementById(cellId(focusKey, 'item'))?.focus();
    // cellId only depends on idPrefix, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);

  const canRemove = (line: L) => !readOnly && (options.canRemove?.(line) ?? true);

  const update = (index: number, patch: Partial<L>) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, ...patch } : line)));

  function addLineAfter(index: number, kind: NewLineKind = 'product') {
    const line = newLine(kind);
    if (kind === 'fee') line.description = feeKindLabels.shipping;
    onChange([...lines.slice(0, index + 1), line, ...lines.slice(index + 1)]);
    setFocusKey(line.key);
  }

  function removeLine(index: number) {
    const line = lines[index];
    if (!line || !canRemove(line)) return;
    const rest = lines.filter((_, i) => i !== index);
    const next = rest.length > 0 ? rest : [newLine('product')];
    onChange(next);
    const focus = next[Math.max(0, index - 1)];
    if (focus) setFocusKey(focus.key);
  }

  function onRowKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number) {
    if (event.defaultPrevented || readOnly) return;
    const target = event.target;
    const isCell =
      (target instanceof HTMLInputElement && target.type !== 'checkbox') ||
      target instanceof HTMLSelectElement;
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.altKey && isCell) {
      event.preventDefault();
      addLineAfter(index);
    } else if ((event.key === 'Backspace' || event.key === 'Delete') && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      removeLine(index);
    }
  }

  return { ...cells, update, addLineAfter, removeLine, canRemove, onRowKeyDown, readOnly };
}

export type LineGrid<L extends DocumentLine> = ReturnType<typeof useLineGrid<L>>;

// A text box that finds one record as you type (an account, a product, a customer): ↓/↑ move, Enter or Tab
// picks, Esc closes the list; Enter with the list closed is the caller's (a grid adds a line). Options are
// filtered here from the typed text, or searched in main by the caller: then Enter or Tab while that search
// still runs picks its first hit as soon as it arrives, so a barcode scanner (code + Enter) works.
import { useEffect, useId, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';

type Key = string | number;

export interface ComboboxProps<T> {
  id: string;
  /** The accessible name when no visible <label htmlFor={id}> names the box (e.g. "Account, line 2"). */
  ariaLabel?: string;
  /** The name of the list of choices, e.g. "Accounts". */
  listLabel: string;
  /** The choices for the typed text: a function filtering here, or the latest answer of the caller's search. */
  options: readonly T[] | ((text: string) => readonly T[]);
  optionKey: (option: T) => Key;
  renderOption: (option: T) => ReactNode;
  /** What the box shows for the chosen record, '' when none. */
  chosenText: string;
  chosenKey?: Key | null;
  onPick: (option: T) => void;
  /** The text was emptied and left: no record is chosen any more. */
  onClear?: () => void;
  /** Every change of the typed text, for callers that search in main. */
  onSearch?: (text: string) => void;
  /** True while `options` do not answer the latest text yet. */
  isSearching?: boolean;
  /** Enter while the list is closed. */
  onEnter?: () => void;
  emptyText: (text: string) => string;
  placeholder?: string;
  invalid?: boolean;
  describedBy?: string | undefined;
  readOnly?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

export function Combobox<T>(props: ComboboxProps<T>) {
  const { id, options, optionKey, onPick, onSearch, isSearching = false } = props;
  const listId = useId();
  /** What the user typed since the box got focus; null shows the chosen record. */
  const [text, setText] = useState<string | null>(null);
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  /** Enter or Tab came while the search was still running: pick its first hit when it arrives. */
  const [isPickPending, setPickPending] = useState(false);

  const all = typeof options === 'function' ? options(text ?? '') : options;
  const matches = isOpen || isPickPending ? all : [];
  const optionId = (index: number) => `${listId}-${index}`;

  function pick(option: T) {
    onPick(option);
    setText(null);
    setOpen(false);
    setPickPending(false);
  }

  useEffect(() => {
    if (!isPickPending || isSearching) return;
    const first = matches[0];
    if (first !== undefined) pick(first);
    else setPickPending(false);
    // pick only sets state and calls onPick; the effect runs when the search settles.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isPickPending, isSearching, matches]);

  useEffect(() => {
    const option = document.getElementById(optionId(active));
    // jsdom has no scrollIntoView; real browsers keep the active option visible.
    if (option && typeof option.scrollIntoView === 'function') option.scrollIntoView({ block: 'nearest' });
    // optionId only depends on listId, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, isOpen]);

  function open() {
    const index =
      props.chosenKey !== undefined && props.chosenKey !== null && text === null
        ? all.findIndex((option) => optionKey(option) === props.chosenKey)
        : 0;
    setActive(Math.max(0, index));
    setOpen(true);
  }

  function move(delta: number) {
    if (!isOpen) return open();
    setActive((index) => Math.min(Math.max(0, matches.length - 1), Math.max(0, index + delta)));
  }

  const hasTyped = text !== null && text.trim() !== '';

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (props.readOnly) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        break;
      case 'Enter':
        if (event.ctrlKey || event.metaKey) return;
        event.preventDefault();
        if (!isOpen) props.onEnter?.();
        else if (isSearching && hasTyped) setPickPending(true);
        else if (matches[active] !== undefined) pick(matches[active]);
        break;
      case 'Escape':
        // Closes the list only; with the list closed, Esc belongs to the screen (e.g. leave the editor).
        if (isOpen) {
          event.preventDefault();
          setOpen(false);
          setText(null);
          setPickPending(false);
        }
        break;
      case 'Tab':
        if (isOpen && hasTyped) {
          if (isSearching) setPickPending(true);
          else if (matches[active] !== undefined) pick(matches[active]);
        }
        break;
    }
  }

  const shown = isOpen && !isPickPending;
  return (
    <div className="combo">
      <input
        id={id}
        ref={props.inputRef}
        role="combobox"
        aria-label={props.ariaLabel}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={shown ? listId : undefined}
        aria-activedescendant={shown && matches[active] !== undefined ? optionId(active) : undefined}
        aria-invalid={props.invalid ? true : undefined}
        aria-describedby={props.describedBy}
        aria-busy={isPickPending || undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={props.placeholder}
        readOnly={props.readOnly}
        value={text ?? props.chosenText}
        onFocus={(event) => event.target.select()}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
          onSearch?.(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          // A pick still waiting for its search completes after focus moved on (Tab from a scanned code).
          if (isPickPending) return;
          if (text !== null && text.trim() === '') props.onClear?.();
          setText(null);
        }}
      />
      {shown ? (
        <div className="combo-popup">
          <ul id={listId} role="listbox" aria-label={props.listLabel}>
            {matches.map((option, index) => (
              <li
                key={optionKey(option)}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                // Keeps focus in the input, so the pick behaves like Enter.
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(option);
                }}
                onMouseEnter={() => setActive(index)}
              >
                {props.renderOption(option)}
              </li>
            ))}
          </ul>
          {matches.length === 0 ? (
            <p className="muted combo-empty">{isSearching ? 'Searching…' : props.emptyText(text ?? '')}</p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

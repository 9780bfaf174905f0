// Tags as removable chips, and an input that adds a tag on Enter or comma (a pasted "a, b" adds both).
// What is still being typed lives in the form too, so saving never loses it.
import { useId, useRef, type KeyboardEvent } from 'react';
import { splitTags, withTags } from './customerForm';

interface TagsFieldProps {
  tags: string[];
  draft: string;
  onChange: (next: { tags: string[]; draft: string }) => void;
  error?: string | undefined;
}

export function TagsField({ tags, draft, onChange, error }: TagsFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');

  function commit(text: string, rest = '') {
    onChange({ tags: withTags(tags, splitTags(text)), draft: rest });
  }

  function type(value: string) {
    // Everything before the last comma is finished; the rest is still being typed.
    const cut = value.lastIndexOf(',');
    if (cut < 0) onChange({ tags, draft: value });
    else commit(value.slice(0, cut), value.slice(cut + 1).trimStart());
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      // Enter adds the tag; it must not submit the customer form.
      event.preventDefault();
      if (draft.trim() !== '') commit(draft);
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      event.preventDefault();
      onChange({ tags: tags.slice(0, -1), draft });
    }
  }

  function remove(tag: string) {
    onChange({ tags: tags.filter((t) => t !== tag), draft });
    input.current?.focus();
  }

  return (
    <div className={error ? 'field field-tags field-invalid' : 'field field-tags'}>
      <label htmlFor={id}>Tags</label>
      <div className="tag-box">
        {tags.length > 0 ? (
          <ul className="tag-list" role="list" aria-label="Tags of this customer">
            {tags.map((tag) => (
              <li key={tag} className="tag">
                <span>{tag}</span>
                <button
                  type="button"
                  className="tag-remove"
                  aria-label={`Remove tag ${tag}`}
                  onClick={() => remove(tag)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <input
          ref={input}
          id={id}
          value={draft}
          onChange={(event) => type(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (draft.trim() !== '') commit(draft);
          }}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      </div>
      <p id={`${id}-hint`} className="field-hint">
        Press Enter or type a comma to add a tag.
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

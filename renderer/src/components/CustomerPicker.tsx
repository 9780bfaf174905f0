// Choosing a customer by name, number or e-mail (customers.list as you type), as a labelled field.
import { useId } from 'react';
import type { CustomerRow } from '../../../shared/contract';
import { useOrdoQuery } from '../lib/queries';
import { Combobox } from './Combobox';
import { describedBy, FieldFrame } from './Field';
import { useSearchPicker } from './useSearchPicker';

export interface CustomerChoice {
  id: number;
  name: string;
}

interface CustomerPickerProps {
  label: string;
  value: CustomerChoice | null;
  onChange: (customer: CustomerRow | null) => void;
  error?: string | undefined;
  hint?: string;
  className?: string;
  /** Shown but not changeable (e.g. a confirmed order's customer). */
  readOnly?: boolean;
  placeholder?: string;
}

export function CustomerPicker(props: CustomerPickerProps) {
  const id = useId();
  const picker = useSearchPicker();
  const list = useOrdoQuery(
    'customers.list',
    { search: picker.search, status: 'active', sort: 'name', dir: 'asc', limit: 20, offset: 0 },
    { enabled: picker.isUsed && !props.readOnly, keepPrevious: true },
  );
  return (
    <FieldFrame id={id} label={props.label} error={props.error} hint={props.hint} className={props.className}>
      <div onFocus={picker.onUse}>
        <Combobox<CustomerRow>
          id={id}
          listLabel="Customers"
          options={list.data?.rows ?? []}
          optionKey={(c) => c.id}
          renderOption={(c) => (
            <>
              <code>{c.number}</code> {c.name}
              {c.city ? <span className="muted"> · {c.city}</span> : null}
            </>
          )}
          chosenText={props.value?.name ?? ''}
          chosenKey={props.value?.id ?? null}
          onPick={(c) => props.onChange(c)}
          onClear={() => props.onChange(null)}
          onSearch={picker.onSearch}
          isSearching={picker.isTyping || list.isPlaceholderData || list.isPending}
          emptyText={(text) => (text ? `No customer matches “${text}”.` : 'No customers yet.')}
          placeholder={props.placeholder ?? 'Name, number or e-mail'}
          invalid={props.error !== undefined}
          describedBy={describedBy(id, props.error, props.hint)}
          readOnly={props.readOnly}
        />
      </div>
    </FieldFrame>
  );
}

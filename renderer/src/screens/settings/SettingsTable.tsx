// The frame of a settings list (tax rates, payment terms, accounts): title, Add, "Show archived", the table.
import type { ReactNode } from 'react';
import type { OrdoError } from '../../../../shared/errors';
import { EmptyState } from '../../components/EmptyState';
import { CheckboxField } from '../../components/Field';
import { Loading, QueryError } from '../../components/QueryError';

interface SettingsTableProps<Row> {
  title: string;
  addLabel: string;
  onAdd: () => void;
  empty: string;
  list: { data: Row[] | undefined; error: OrdoError | null; refetch: () => unknown };
  includeArchived: boolean;
  onIncludeArchived: (value: boolean) => void;
  render: (rows: Row[]) => ReactNode;
  intro?: ReactNode;
  children?: ReactNode;
}

export function SettingsTable<Row>(props: SettingsTableProps<Row>) {
  const { list } = props;
  let body: ReactNode = <Loading />;
  if (list.error) body = <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data?.length === 0)
    body = <EmptyState text={props.empty} action={<AddButton {...props} link />} />;
  else if (list.data) body = props.render(list.data);

  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <h1 id="screen-title">{props.title}</h1>
        <AddButton {...props} />
      </header>
      {props.intro}
      <div className="list-toolbar">
        <CheckboxField
          label="Show archived"
          checked={props.includeArchived}
          onChange={props.onIncludeArchived}
        />
      </div>
      {body}
      {props.children}
    </section>
  );
}

function AddButton({
  addLabel,
  onAdd,
  link = false,
}: {
  addLabel: string;
  onAdd: () => void;
  link?: boolean;
}) {
  return (
    <button type="button" className={link ? 'link-button' : 'button-primary'} onClick={onAdd}>
      {addLabel}
    </button>
  );
}

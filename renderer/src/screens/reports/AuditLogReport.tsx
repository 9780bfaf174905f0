// #/reports/audit — who changed what and when; each row expands to show before and after.
import { Fragment, useState } from 'react';
import type { AuditRow } from '../../../../shared/contract';
import { EmptyState } from '../../components/EmptyState';
import { PAGE_SIZE } from '../../components/ListView';
import { Pager } from '../../components/Pager';
import { Loading, QueryError } from '../../components/QueryError';
import { dateTimeText } from '../../lib/format';
import { useOrdoQuery } from '../../lib/queries';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { AuditVerifier } from './AuditVerifier';
import { auditActionText, auditRecordText } from './auditWords';

function Snapshot({ label, value }: { label: string; value: unknown }) {
  return (
    <div>
      <p className="muted">{label}</p>
      <pre className="json">
        {value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

export function AuditLogReport() {
  const { locale } = useCompanyLocale();
  const [offset, setOffset] = useState(0);
  const [expanded, setExpanded] = useState<number | null>(null);
  const list = useOrdoQuery('audit.list', { limit: PAGE_SIZE, offset }, { keepPrevious: true });

  const row = (entry: AuditRow) => {
    const isOpen = expanded === entry.id;
    const detailsId = `audit-${entry.id}-details`;
    return (
      <Fragment key={entry.id}>
        <tr>
          <td>{dateTimeText(entry.at, locale)}</td>
          <td>{entry.userName}</td>
          <td>
            <span title={entry.action}>{auditActionText(entry.action)}</span>
          </td>
          <td>{auditRecordText(entry.entity, entry.entityId)}</td>
          <td>
            <button
              type="button"
              className="link-button"
              aria-expanded={isOpen}
              aria-controls={isOpen ? detailsId : undefined}
              onClick={() => setExpanded(isOpen ? null : entry.id)}
            >
              {isOpen ? 'Hide changes' : 'Show changes'}
            </button>
          </td>
        </tr>
        {isOpen ? (
          <tr id={detailsId}>
            <td colSpan={5}>
              <div className="field-grid">
                <Snapshot label="Before" value={entry.before} />
                <Snapshot label="After" value={entry.after} />
              </div>
            </td>
          </tr>
        ) : null}
      </Fragment>
    );
  };

  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <h1 id="screen-title">Audit log</h1>
      </header>
      <AuditVerifier />
      {list.error ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {!list.data && !list.error ? <Loading /> : null}
      {list.data && list.data.total === 0 ? <EmptyState text="Nothing has been recorded yet" /> : null}
      {list.data && list.data.rows.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Audit log</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Record</th>
                <th scope="col">
                  <span className="visually-hidden">Changes</span>
                </th>
              </tr>
            </thead>
            <tbody>{list.data.rows.map(row)}</tbody>
          </table>
        </div>
      ) : null}
      {list.data ? (
        <Pager
          offset={offset}
          limit={PAGE_SIZE}
          total={list.data.total}
          locale={locale}
          onChange={setOffset}
        />
      ) : null}
    </section>
  );
}

// #/reports/<report> — the books: trial balance, account ledger, journal, audit log.
import { NotFound } from '../../app/NotFound';
import { idOf } from '../../app/router';
import { SubNav } from '../../components/SubNav';
import { AccountLedgerReport } from './AccountLedgerReport';
import { AuditLogReport } from './AuditLogReport';
import { JournalEntryEditor } from './JournalEntryEditor';
import { JournalEntryView } from './JournalEntryView';
import { JournalList } from './JournalList';
import { TrialBalanceReport } from './TrialBalanceReport';

const reports = [
  { slug: 'trial-balance', label: 'Trial balance' },
  { slug: 'ledger', label: 'Account ledger' },
  { slug: 'journal', label: 'Journal' },
  { slug: 'audit', label: 'Audit log' },
] as const;

function reportFor(slug: string, param: string | undefined) {
  switch (slug) {
    case 'trial-balance':
      return param === undefined ? <TrialBalanceReport /> : null;
    case 'ledger': {
      const accountId = idOf(param);
      return param === undefined || accountId !== null ? (
        <AccountLedgerReport key={param ?? ''} accountId={accountId} />
      ) : null;
    }
    case 'journal': {
      if (param === undefined) return <JournalList />;
      if (param === 'new') return <JournalEntryEditor />;
      const id = idOf(param);
      return id === null ? null : <JournalEntryView key={id} id={id} />;
    }
    case 'audit':
      return param === undefined ? <AuditLogReport /> : null;
    default:
      return null;
  }
}

export function ReportsScreen({ segments }: { segments: readonly string[] }) {
  const [slug = 'trial-balance', param, ...rest] = segments;
  const report = rest.length === 0 ? reportFor(slug, param) : null;
  if (!report) return <NotFound />;
  return (
    <div className="with-subnav">
      <SubNav label="Reports" base="/reports" items={reports} current={slug} />
      <div>{report}</div>
    </div>
  );
}

// #/settings/<section> — company details and the rules the books follow.
import type { ReactNode } from 'react';
import { NotFound } from '../../app/NotFound';
import { SubNav } from '../../components/SubNav';
import { useMay } from '../../lib/useActingUser';
import { AccountsSettings } from './AccountsSettings';
import { BackupSettings } from './BackupSettings';
import { CompanySettingsForm } from './CompanySettingsForm';
import { ExchangeRatesSettings } from './ExchangeRatesSettings';
import { NumberSeriesSettings } from './NumberSeriesSettings';
import { PaymentTermsSettings } from './PaymentTermsSettings';
import { PeriodLockSettings } from './PeriodLockSettings';
import { ReceivablesSettings } from './ReceivablesSettings';
import { TaxRatesSettings } from './TaxRatesSettings';
import { UsersSettings } from './UsersSettings';

const sections: { slug: string; label: string; screen: () => ReactNode; isOwnerOnly?: boolean }[] = [
  { slug: 'company', label: 'Company', screen: () => <CompanySettingsForm /> },
  { slug: 'tax-rates', label: 'Tax rates', screen: () => <TaxRatesSettings /> },
  { slug: 'payment-terms', label: 'Payment terms', screen: () => <PaymentTermsSettings /> },
  { slug: 'receivables', label: 'Receivables', screen: () => <ReceivablesSettings /> },
  { slug: 'exchange-rates', label: 'Exchange rates', screen: () => <ExchangeRatesSettings /> },
  { slug: 'number-series', label: 'Number series', screen: () => <NumberSeriesSettings /> },
  { slug: 'accounts', label: 'Chart of accounts', screen: () => <AccountsSettings /> },
  { slug: 'period-lock', label: 'Period lock', screen: () => <PeriodLockSettings /> },
  { slug: 'backup', label: 'Backup', screen: () => <BackupSettings /> },
  { slug: 'users', label: 'Users', screen: () => <UsersSettings />, isOwnerOnly: true },
];

export function SettingsScreen({ section = 'company' }: { section: string | undefined }) {
  const current = sections.find((s) => s.slug === section);
  // Users is the owner's (main refuses the calls for anyone else), so only the owner is offered it.
  const isOwner = useMay('manageUsers');
  const shown = sections.filter((s) => isOwner || !s.isOwnerOnly);
  if (!current) return <NotFound />;
  return (
    <div className="with-subnav">
      <SubNav label="Settings" base="/settings" items={shown} current={current.slug} />
      <div>{current.screen()}</div>
    </div>
  );
}

// Who may call what, as data. Checked in main before any handler runs; the UI only hides what this refuses.
// The owner may do everything. A Record over every method name: a new method does not compile until listed here.
import type { MethodName } from '../../shared/contract';
import type { Role } from '../../shared/contract/users';

/** 'open': needs no chosen profile (file lifecycle, choosing a profile); 'anyone': every signed-in profile. */
export type Access = 'open' | 'anyone' | readonly Role[];

const books = ['bookkeeper'] as const;
const sales = ['sales', 'bookkeeper'] as const;
const warehouse = ['warehouse', 'sales', 'bookkeeper'] as const;

export const access: Record<MethodName, Access> = {
  'app.info': 'open',
  'company.create': 'open',
  'company.open': 'open',
  'company.openDemo': 'open',
  'company.current': 'open',
  'company.recent': 'open',
  'company.close': 'open',
  'company.backup': books,
  'users.current': 'anyone',
  'users.list': 'open',
  'users.switch': 'open',
  'users.create': [],
  'users.update': [],
  'users.archive': [],
  'search.global': 'anyone',

  'settings.get': 'anyone',
  'settings.getLogo': 'anyone',
  'settings.update': books,
  'settings.setLogo': books,
  'settings.setPeriodLock': books,
  'settings.receivables': 'anyone',
  'settings.updateReceivables': books,
  'taxRates.list': 'anyone',
  'taxRates.create': books,
  'taxRates.update': books,
  'taxRates.archive': books,
  'paymentTerms.list': 'anyone',
  'paymentTerms.create': books,
  'paymentTerms.update': books,
  'paymentTerms.archive': books,
  'numberSeries.list': 'anyone',
  'numberSeries.update': books,
  'accounts.list': 'anyone',
  'accounts.create': books,
  'accounts.update': books,
  'accounts.archive': books,
  'ledger.postEntry': books,
  'ledger.entries': books,
  'ledger.getEntry': books,
  'ledger.trialBalance': books,
  'ledger.accountLedger': books,
  'ledger.summary': books,
  'audit.verify': books,
  'audit.list': books,

  'customers.create': sales,
  'customers.update': sales,
  'customers.archive': sales,
  'customers.get': 'anyone',
  'customers.list': 'anyone',
  'customers.segments': 'anyone',
  'customers.account': sales,
  'products.create': sales,
  'products.update': sales,
  'products.archive': sales,
  'products.get': 'anyone',
  'products.list': 'anyone',

  'orders.create': sales,
  'orders.update': sales,
  'orders.preview': 'anyone',
  'orders.confirm': sales,
  'orders.cancel': sales,
  'orders.duplicate': sales,
  'orders.convertQuote': sales,
  'orders.get': 'anyone',
  'orders.list': 'anyone',
  'orders.counts': 'anyone',
  'credit.exposure': 'anyone',
  'credit.queue': 'anyone',
  'credit.approve': books,
  'credit.reject': books,
  'stock.levels': 'anyone',
  'stock.movements': 'anyone',
  'stock.adjust': warehouse,
  'shipments.createFromOrder': warehouse,
  'shipments.updateLines': warehouse,
  'shipments.scan': warehouse,
  'shipments.setPacked': warehouse,
  'shipments.ship': warehouse,
  'shipments.markDelivered': warehouse,
  'shipments.cancel': warehouse,
  'shipments.get': 'anyone',
  'shipments.list': 'anyone',
  'exchangeRates.set': books,
  'exchangeRates.list': 'anyone',
  'exchangeRates.remove': books,
  'exchangeRates.rateOn': 'anyone',
  'exchangeRates.import': books,

  // Sales may prepare invoices; posting, crediting and cash are the books'.
  'invoices.create': sales,
  'invoices.createFromOrder': sales,
  'invoices.update': sales,
  'invoices.preview': 'anyone',
  'invoices.deleteDraft': sales,
  'invoices.post': books,
  'invoices.get': 'anyone',
  'invoices.list': 'anyone',
  'invoices.counts': 'anyone',
  'invoices.setDisputed': sales,
  'invoices.cancel': books,
  'creditNotes.createFromInvoice': sales,
  'creditNotes.post': books,
  'creditNotes.deleteDraft': sales,
  'creditNotes.get': 'anyone',
  'creditNotes.list': 'anyone',
  'payments.record': books,
  'payments.proposeAllocation': books,
  'payments.allocate': books,
  'payments.unallocate': books,
  'payments.reverse': books,
  'payments.get': sales,
  'payments.list': sales,
  'credits.list': sales,
  'credits.apply': books,
  'credits.refund': books,
};

export function isAllowed(rule: Access, roles: readonly Role[]): boolean {
  if (rule === 'open' || rule === 'anyone') return true;
  if (roles.includes('owner')) return true;
  return rule.some((r) => roles.includes(r));
}

const roleNames: Record<Role, string> = {
  owner: 'the owner',
  bookkeeper: 'a bookkeeper',
  sales: 'sales',
  warehouse: 'the warehouse',
};

/** "Only the owner or a bookkeeper can do this." */
export function forbiddenMessage(rule: readonly Role[]): string {
  const who = ['owner' as Role, ...rule.filter((r) => r !== 'owner')].map((r) => roleNames[r]);
  const list = who.length === 1 ? who[0] : `${who.slice(0, -1).join(', ')} or ${who[who.length - 1]}`;
  return `Only ${list} can do this. Switch to a profile with that role.`;
}

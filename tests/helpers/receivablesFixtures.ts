// Short ways to set up and read receivables in the worked-example and bad-input tests: a company with the tax
// rates asked for, customers in any currency, free-text invoice lines, posted invoices, and journal entries as
// [account code, amount, base amount] rows (debit positive, credit negative) so a test can compare them exactly.
import type { Customer, Invoice, InvoiceLineInput, TaxRate } from '../../shared/contract';
import { makeCompany, type TestServices } from './services';

export interface Books {
  s: TestServices;
  /** In the order asked for; their tax-payable accounts are 2201, 2202… in the same order. */
  rates: TaxRate[];
  /** A EUR customer, "Kunde A". */
  customer: Customer;
}

/** A EUR company with the given tax rates (percent strings) and one EUR customer. */
export async function makeBooks(percents: string[] = ['19']): Promise<Books> {
  const s = await makeCompany();
  const rates: TaxRate[] = [];
  for (const ratePercent of percents) {
    rates.push(
      await s.call('taxRates.create', { name: `VAT ${ratePercent}`, ratePercent, category: 'standard' }),
    );
  }
  const customer = await s.call('customers.create', { name: 'Kunde A', currency: 'EUR' });
  return { s, rates, customer };
}

export function rateAt(b: Books, index: number): TaxRate {
  const rate = b.rates[index];
  if (!rate) throw new Error(`no tax rate ${index}`);
  return rate;
}

export function makeCustomer(s: TestServices, name: string, currency: string): Promise<Customer> {
  return s.call('customers.create', { name, currency });
}

/** A free-text line: quantity × price, taxed at the rate given (null: no tax). */
export function textLine(
  unitPrice: string,
  taxRateId: number | null,
  quantity = '1',
  description = 'Services',
): InvoiceLineInput {
  return { kind: 'text', description, quantity, unitPrice, taxRateId };
}

export async function postedInvoice(
  s: TestServices,
  customerId: number,
  lines: InvoiceLineInput[],
  extra: { invoiceDate?: string; fxRate?: string; paymentTermsId?: number } = {},
): Promise<Invoice> {
  const draft = await s.call('invoices.create', {
    customerId,
    invoiceDate: extra.invoiceDate ?? '2026-03-16',
    ...(extra.fxRate !== undefined ? { fxRate: extra.fxRate } : {}),
    ...(extra.paymentTermsId !== undefined ? { paymentTermsId: extra.paymentTermsId } : {}),
    lines,
  });
  return s.call('invoices.post', { id: draft.id });
}

/** [account code, amount, base amount] per line of a journal entry, in line order; debit positive. */
export type JournalRow = [code: string, amount: number, base: number];

export async function journal(s: TestServices, entryId: number | null | undefined): Promise<JournalRow[]> {
  if (entryId === null || entryId === undefined) throw new Error('no journal entry');
  const entry = await s.call('ledger.getEntry', { id: entryId });
  return entry.lines.map((l) => [l.accountCode, l.debit - l.credit, l.debitBase - l.creditBase]);
}

/** The base-currency balance (debit positive) of an account by its code, over everything posted. */
export async function balanceOfCode(s: TestServices, code: string): Promise<number> {
  const tb = await s.call('ledger.trialBalance', { asOf: '2099-12-31' });
  const row = tb.rows.find((r) => r.code === code);
  return row ? row.debit - row.credit : 0;
}

/** Receivables settings with the defaults filled in. */
export function receivablesSettings(
  s: TestServices,
  patch: {
    writeOffToleranceAmount?: string;
    writeOffTolerancePercent?: string;
    discountTaxCorrection?: boolean;
    cashRounding?: { currency: string; increment: string }[];
  },
) {
  return s.call('settings.updateReceivables', {
    writeOffToleranceAmount: '0',
    writeOffTolerancePercent: '0',
    discountTaxCorrection: true,
    cashRounding: [],
    ...patch,
  });
}

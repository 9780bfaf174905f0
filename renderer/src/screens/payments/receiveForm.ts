// The "Receive payment" form as typed and how its header reads into the contract: the amount in the customer's
// currency as minor units, an exchange rate only for a foreign currency, and where main's errors are shown.
import type { PaymentInput, PaymentMethod } from '../../../../shared/contract';
import { parseDecimal } from '../../../../shared/money';
import { idOf } from '../../app/router';
import { readMoney } from './moneyInput';

export interface ReceiveForm {
  customer: { id: number; name: string; currency: string } | null;
  date: string;
  amount: string;
  method: PaymentMethod;
  reference: string;
  memo: string;
  /** Base units per unit of the customer's currency, as typed; '' = the company's rate on the date. */
  fxRate: string;
  /** The bank or cash account picked; null = the method's usual one (bank, or cash for cash). */
  bankAccountId: number | null;
}

export function emptyReceiveForm(today: string): ReceiveForm {
  return {
    customer: null,
    date: today,
    amount: '',
    method: 'bank_transfer',
    reference: '',
    memo: '',
    fxRate: '',
    bankAccountId: null,
  };
}

export type PaymentHeader = Omit<PaymentInput, 'allocations' | 'currency' | 'bankAccountId'>;

export interface HeaderReading {
  /** The amount in minor units; null while it is blank or cannot be read. */
  amount: number | null;
  /** Why the header cannot be sent yet, by field path. */
  problems: Record<string, string>;
  /** What is sent besides the allocations; null while a problem remains. */
  header: PaymentHeader | null;
}

export function readReceiveHeader(
  form: ReceiveForm,
  currency: string,
  baseCurrency: string,
  locale: string,
): HeaderReading {
  const problems: Record<string, string> = {};
  let amount: number | null = null;
  if (form.amount.trim() === '') problems.amount = 'Enter the amount received';
  else {
    const parsed = readMoney(form.amount, currency, locale);
    if (!parsed.ok) problems.amount = parsed.error;
    else if (parsed.minor === 0) problems.amount = 'The amount must be more than 0';
    else amount = parsed.minor;
  }
  let fxRate: string | undefined;
  if (currency !== baseCurrency && form.fxRate.trim() !== '') {
    const parsed = parseDecimal(form.fxRate, locale, 10);
    if (!parsed.ok) problems.fxRate = parsed.error;
    else fxRate = parsed.value;
  }
  if (!form.customer) problems.customerId = 'Choose the customer who paid';
  if (!form.customer || amount === null || Object.keys(problems).length > 0) {
    return { amount, problems, header: null };
  }
  return {
    amount,
    problems,
    header: {
      customerId: form.customer.id,
      date: form.date,
      amount,
      method: form.method,
      reference: form.reference,
      memo: form.memo,
      ...(fxRate === undefined ? {} : { fxRate }),
    },
  };
}

const headerFields = new Set([
  'customerId',
  'date',
  'amount',
  'method',
  'bankAccountId',
  'reference',
  'memo',
  'fxRate',
]);
export const isHeaderField = (path: string) => headerFields.has(path);

/** "new?customer=7&invoice=12": the query string is part of the hash path (see OrdersScreen's "new?quote"). */
export function prefillOf(segment: string): { customerId: number | null; invoiceId: number | null } {
  const query = new URLSearchParams(segment.includes('?') ? segment.slice(segment.indexOf('?') + 1) : '');
  return {
    customerId: idOf(query.get('customer') ?? undefined),
    invoiceId: idOf(query.get('invoice') ?? undefined),
  };
}

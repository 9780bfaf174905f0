// #/payments/new[?customer=ID&invoice=ID] — receive a payment: who paid what, and which open invoices it settles.
// Main proposes the allocation as the amount, date and reference are typed; the user adjusts it cell by cell.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { hrefOf, navigate } from '../../app/router';
import { EditorFrame } from '../../components/EditorFrame';
import { Loading, QueryError } from '../../components/QueryError';
import { useToast } from '../../components/Toasts';
import { focusFirstInvalid, formErrorsOf, mergeErrors } from '../../lib/formErrors';
import { useOrdoMutation, useOrdoQuery } from '../../lib/queries';
import { todayIso } from '../../lib/today';
import { isAllowedTo, useActingUser } from '../../lib/useActingUser';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { allocationFieldOf, isGridField, readAllocations } from './allocationDraft';
import { AllocationPanel } from './AllocationPanel';
import { AllocationSummary } from './AllocationSummary';
import { defaultMoneyAccount } from './moneyAccounts';
import { useMoneyAccounts } from './MoneyAccountField';
import { moneyInputText } from './moneyInput';
import { receivablesAreas } from './paymentWords';
import {
  emptyReceiveForm,
  isHeaderField,
  prefillOf,
  readReceiveHeader,
  type ReceiveForm,
} from './receiveForm';
import { ReceivePaymentFields } from './ReceivePaymentFields';
import { useAllocationDraft, useAllocationProposal } from './useAllocationDraft';

/** The form for those who may record payments; a plain sentence for everyone else (main would refuse it). */
export function ReceivePayment({ segment }: { segment: string }) {
  const user = useActingUser();
  if (!user) return <Loading />;
  if (!isAllowedTo(user, 'keepBooks')) {
    return (
      <section className="screen" aria-labelledby="screen-title">
        <header className="screen-header">
          <div>
            <a className="back-link" href={hrefOf('/payments')}>
              ← Payments
            </a>
            <h1 id="screen-title">Receive payment</h1>
          </div>
        </header>
        <p>
          Only the owner or a bookkeeper can record payments. Switch to a profile with that role to receive
          one.
        </p>
      </section>
    );
  }
  return <ReceivePaymentLoader segment={segment} />;
}

/** Loads what the address asks to prefill (a customer, an invoice to pay), then shows the form. */
function ReceivePaymentLoader({ segment }: { segment: string }) {
  const { customerId: askedCustomer, invoiceId } = prefillOf(segment);
  const { locale, baseCurrency, isReady } = useCompanyLocale();
  const invoice = useOrdoQuery('invoices.get', { id: invoiceId ?? 0 }, { enabled: invoiceId !== null });
  const customerId = askedCustomer ?? invoice.data?.customerId ?? null;
  const customer = useOrdoQuery('customers.get', { id: customerId ?? 0 }, { enabled: customerId !== null });

  const error = invoice.error ?? customer.error;
  if (error) return <QueryError error={error} />;
  if (!isReady || (invoiceId !== null && !invoice.data) || (customerId !== null && !customer.data)) {
    return <Loading />;
  }
  const initial = emptyReceiveForm(todayIso());
  const c = customer.data;
  if (c) initial.customer = { id: c.id, name: c.name, currency: c.currency };
  const i = invoice.data;
  // The invoice's number as the reference makes main's proposal settle that invoice first.
  if (i && i.customerId === customerId && i.open > 0) {
    initial.amount = moneyInputText(i.open, i.currency, locale);
    initial.reference = i.number ?? '';
  }
  return <ReceivePaymentForm initial={initial} locale={locale} baseCurrency={baseCurrency} />;
}

interface ReceivePaymentFormProps {
  initial: ReceiveForm;
  locale: string;
  baseCurrency: string;
}

function ReceivePaymentForm({ initial, locale, baseCurrency }: ReceivePaymentFormProps) {
  const toast = useToast();
  const [form, setForm] = useState(initial);
  const set = <K extends keyof ReceiveForm>(key: K, value: ReceiveForm[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }));
  const [submitProblems, setSubmitProblems] = useState<Record<string, string>>({});
  /** The grid row of each allocation last sent: main's `allocations.N…` errors are placed by it. */
  const [sentRows, setSentRows] = useState<number[]>([]);
  const containerRef = useRef<HTMLDivElement>(null);
  const record = useOrdoMutation('payments.record', {
    alsoInvalidates: receivablesAreas,
    onSuccess: (payment) => {
      toast(`Payment ${payment.number} recorded`);
      navigate(`/payments/${payment.id}`);
    },
  });

  const accounts = useMoneyAccounts();
  const accountId = form.bankAccountId ?? defaultMoneyAccount(accounts, form.method);
  const currency = form.customer?.currency ?? baseCurrency;
  const head = readReceiveHeader(form, currency, baseCurrency, locale);
  const { proposal, isUpdating, error } = useAllocationProposal({
    customerId: form.customer?.id ?? null,
    amount: head.amount ?? 0,
    date: form.date,
    reference: form.reference,
  });
  const draft = useAllocationDraft(proposal, locale);
  const reading = readAllocations(draft.rows, draft.info, currency, locale);

  const remote = formErrorsOf(record.error, {
    isShown: (path) => isHeaderField(path) || isGridField(path),
    normalize: (path) => allocationFieldOf(path, sentRows),
  });
  const errors = mergeErrors(submitProblems, remote);
  // Keyboard and screen-reader users land on the first thing to fix after Record payment.
  useEffect(() => focusFirstInvalid(containerRef.current), [record.error, submitProblems]);
  const gridErrors = { ...errors.fields, ...reading.problems };
  // Until main's proposal answers what was just typed, the grid may still show the previous one.
  const isWaiting = isUpdating && !draft.isEdited;

  function submit() {
    if (!head.header || !reading.isReadable) {
      record.reset();
      setSubmitProblems({ ...head.problems, ...reading.problems });
      return;
    }
    setSubmitProblems({});
    setSentRows(reading.rowIndexOf);
    record.mutate({
      ...head.header,
      // Until the accounts are loaded main picks the same default (bank, or cash for cash).
      ...(accountId === null ? {} : { bankAccountId: accountId }),
      allocations: reading.allocations,
    });
  }

  // Enter in a field would submit the form and record the payment half-typed: recording takes the button
  // or Ctrl+S. (Comboboxes and grid cells handle Enter themselves.)
  function keepEnter(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
  }

  return (
    <div ref={containerRef} className="payment-editor" onKeyDown={keepEnter}>
      <EditorFrame
        title="Receive payment"
        noun="payment"
        backPath="/payments"
        backLabel="Payments"
        saveLabel="Record payment"
        isSaving={record.isPending}
        isDirty={draft.isEdited || JSON.stringify(form) !== JSON.stringify(initial)}
        errors={errors}
        errorTitle="Could not record the payment"
        onSave={submit}
        canSave={!isWaiting}
        saveBlocker={isWaiting ? 'Updating the proposed allocation…' : null}
      >
        <fieldset className="section">
          <legend>Payment</legend>
          <ReceivePaymentFields
            form={form}
            set={set}
            currency={currency}
            baseCurrency={baseCurrency}
            locale={locale}
            errors={errors.fields}
            accounts={accounts}
            accountId={accountId}
          />
        </fieldset>
        <AllocationPanel
          hasCustomer={form.customer !== null}
          proposal={proposal}
          proposalError={error}
          isUpdating={isUpdating}
          draft={draft}
          currency={currency}
          locale={locale}
          errors={gridErrors}
          noInvoicesText="No open invoices: all of the payment stays on the customer as credit."
          date={form.date}
          datedLaterText="Invoices dated after this payment cannot be paid from it: record it, then apply the credit from the invoice’s date."
        />
        <AllocationSummary
          available={head.amount}
          availableLabel="Amount received"
          allocated={reading.allocated}
          discount={reading.discount}
          writeOff={reading.writeOff}
          currency={currency}
          locale={locale}
        />
      </EditorFrame>
    </div>
  );
}

// The draft invoice editor: header (customer, dates, terms, installments, discount, rate), line grid, totals and
// due dates from main's preview, and the draft's actions in one place: Save draft, Post invoice, Delete draft.
import { useEffect, useRef, useState } from 'react';
import type { CustomerRow, Invoice } from '../../../../shared/contract';
import { hrefOf } from '../../app/router';
import { EditorFrame } from '../../components/EditorFrame';
import { TextAreaField } from '../../components/Field';
import { focusFirstInvalid, formErrorsOf, mergeErrors } from '../../lib/formErrors';
import { useOrdoQuery } from '../../lib/queries';
import { todayIso } from '../../lib/today';
import { DocumentTotals } from '../documents/DocumentTotals';
import { useDocumentPreview } from '../documents/useDocumentPreview';
import { useInvoiceAbilities } from './abilities';
import { DueDates } from './DueDates';
import { InstallmentsEditor } from './InstallmentsEditor';
import { InvoiceHeaderFields } from './InvoiceHeaderFields';
import {
  emptyInvoiceForm,
  formOfInvoice,
  invoiceFieldOf,
  isInvoiceFieldShown,
  readInvoiceForm,
  type InvoiceForm,
} from './invoiceForm';
import { InvoiceLinesGrid } from './InvoiceLinesGrid';
import { InvoiceStatusChip } from './InvoiceStatusChip';
import { useInvoiceSaving, type InvoiceFailure } from './useInvoiceSaving';

interface InvoiceEditorViewProps {
  invoice: Invoice | null;
  locale: string;
  baseCurrency: string;
}

export function InvoiceEditorView({ invoice, locale, baseCurrency }: InvoiceEditorViewProps) {
  const { keepBooks } = useInvoiceAbilities();
  const [initial] = useState<InvoiceForm>(() =>
    invoice ? formOfInvoice(invoice, locale) : emptyInvoiceForm(todayIso()),
  );
  const [form, setForm] = useState(initial);
  const set = <K extends keyof InvoiceForm>(key: K, value: InvoiceForm[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }));
  const [failure, setFailure] = useState<InvoiceFailure | null>(null);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const containerRef = useRef<HTMLDivElement>(null);
  useEffect(() => focusFirstInvalid(containerRef.current), [failure, localErrors]);

  const isDirty = JSON.stringify(form) !== JSON.stringify(initial);
  const customerId = form.customer?.id ?? null;
  const isSavedCustomer = invoice !== null && invoice.customerId === customerId;
  const customer = useOrdoQuery(
    'customers.get',
    { id: customerId ?? 0 },
    { enabled: customerId !== null && !isSavedCustomer },
  );
  const currency = isSavedCustomer ? invoice.currency : (customer.data?.currency ?? null);
  const isForeign = currency !== null && currency !== baseCurrency;

  const reading = readInvoiceForm(form, locale, isForeign);
  const preview = useDocumentPreview('invoices.preview', reading.preview, true);
  const terms = useOrdoQuery('paymentTerms.list', { includeArchived: false });
  const taxRates = useOrdoQuery('taxRates.list', { includeArchived: false });
  const saving = useInvoiceSaving({ invoice, reading, isDirty, setFailure, setLocalErrors });

  function onCustomer(row: CustomerRow | null) {
    setForm((previous) => ({
      ...previous,
      customer: row ? { id: row.id, name: row.name } : null,
      billingAddress: null,
      fxRate: '',
    }));
    setLocalErrors({});
  }

  const remote = formErrorsOf(failure?.error, {
    prefix: failure?.isUpdate ? 'invoice.' : undefined,
    isShown: isInvoiceFieldShown,
    normalize: (path) => invoiceFieldOf(path, failure?.draftIndexOf ?? []),
  });
  const errors = mergeErrors({ ...reading.problems, ...localErrors }, remote);

  // A saved draft as it stands shows its stored numbers; anything typed since shows main's preview.
  const usesStored = invoice !== null && !isDirty;
  const amounts = usesStored
    ? invoice.lines.map((l) => l.net)
    : form.lines.map((_, index) => {
        const at = reading.previewDraftIndexOf.indexOf(index);
        return at < 0 ? undefined : preview.data?.lines[at]?.net;
      });
  const totals = usesStored ? invoice.totals : preview.data?.totals;
  const due = usesStored ? invoice : preview.data;

  return (
    <div ref={containerRef} className="invoice-editor">
      <EditorFrame
        title={
          invoice
            ? `Draft ${invoice.isDeposit ? 'deposit invoice' : 'invoice'} for ${invoice.customerName}`
            : 'New invoice'
        }
        noun="invoice"
        backPath="/invoices"
        backLabel="Invoices"
        saveLabel="Save draft"
        isSaving={saving.isSaving}
        isDirty={isDirty}
        errors={errors}
        errorTitle={failure?.title ?? 'Could not save'}
        onSave={() => void saving.save()}
        titleAddon={invoice ? <InvoiceStatusChip status={invoice.status} /> : null}
        extraActions={
          <>
            {invoice ? (
              <button type="button" onClick={() => void saving.deleteDraft()} disabled={saving.isBusy}>
                Delete draft
              </button>
            ) : null}
            {keepBooks ? (
              <button type="button" onClick={() => void saving.post()} disabled={saving.isBusy}>
                Post invoice
              </button>
            ) : null}
          </>
        }
      >
        {invoice?.orderId ? (
          <p className="explain">
            {invoice.isDeposit ? 'Deposit invoice for order ' : 'Bills what was delivered of order '}
            <a href={hrefOf(`/orders/${invoice.orderId}`)}>{invoice.orderNumber ?? 'the order'}</a>.
          </p>
        ) : null}
        <fieldset className="section">
          <legend>Invoice</legend>
          <InvoiceHeaderFields
            form={form}
            set={set}
            onCustomer={onCustomer}
            currency={currency}
            baseCurrency={baseCurrency}
            paymentTerms={terms.data ?? []}
            suggestedRate={preview.data?.fxRate ?? null}
            locale={locale}
            errors={errors.fields}
            isCustomerLocked={form.orderId !== null}
          />
          <InstallmentsEditor
            isOn={form.hasInstallments}
            onToggle={(isOn) => set('hasInstallments', isOn)}
            rows={form.installments}
            onChange={(rows) => set('installments', rows)}
            termsDueDate={preview.data?.dueDate ?? null}
            errors={errors.fields}
          />
        </fieldset>
        <fieldset className="section">
          <legend>Lines{currency ? ` in ${currency}` : ''}</legend>
          <InvoiceLinesGrid
            lines={form.lines}
            onChange={(lines) => set('lines', lines)}
            amounts={amounts}
            currency={currency ?? baseCurrency}
            locale={locale}
            taxRates={taxRates.data ?? []}
            errors={errors.fields}
          />
        </fieldset>
        <div className="doc-bottom">
          <TextAreaField
            label="Notes"
            value={form.notes}
            onChange={(v) => set('notes', v)}
            error={errors.fields.notes}
            hint="Printed on the invoice."
            rows={4}
          />
          <DocumentTotals
            totals={totals}
            currency={currency}
            locale={locale}
            isUpdating={!usesStored && preview.isUpdating}
            problem={
              !usesStored && preview.error
                ? `Totals could not be worked out: ${preview.error.message}`
                : undefined
            }
          >
            {due && currency ? (
              <DueDates
                dueDate={due.dueDate}
                installments={due.installments}
                currency={currency}
                locale={locale}
              />
            ) : null}
          </DocumentTotals>
        </div>
      </EditorFrame>
    </div>
  );
}

// The actions of a posted invoice in one place — Receive payment, Create credit note, Cancel invoice, Mark
// disputed / Clear dispute, Print — only those its status allows and the acting profile may take.
import { useState } from 'react';
import type { Invoice } from '../../../../shared/contract';
import { navigate } from '../../app/router';
import type { InvoiceAbilities } from './abilities';
import { CancelInvoiceDialog } from './CancelInvoiceDialog';
import { CreditNoteDialog } from './CreditNoteDialog';
import { DisputeDialog } from './DisputeDialog';
import { isCollectible } from './invoiceStatus';

type Open = 'credit' | 'cancel' | 'dispute' | null;

interface InvoiceActionsProps {
  invoice: Invoice;
  abilities: InvoiceAbilities;
  locale: string;
}

/** Where the payments screen records a payment for this invoice, customer and invoice chosen. */
export function receivePaymentPath(invoice: Pick<Invoice, 'id' | 'customerId'>): string {
  return `/payments/new?customer=${invoice.customerId}&invoice=${invoice.id}`;
}

export function InvoiceActions({ invoice, abilities, locale }: InvoiceActionsProps) {
  const [open, setOpen] = useState<Open>(null);
  const isPosted = invoice.status !== 'draft';
  const canCollect = abilities.keepBooks && isPosted && isCollectible(invoice.status) && invoice.open > 0;
  // A fully credited invoice has nothing left to credit or cancel.
  const isCreditable = isPosted && invoice.status !== 'credited';
  const close = () => setOpen(null);

  return (
    <>
      <button type="button" onClick={() => window.print()}>
        Print
      </button>
      {abilities.bill && isPosted ? (
        <button type="button" onClick={() => setOpen('dispute')}>
          {invoice.isDisputed ? 'Clear dispute' : 'Mark disputed'}
        </button>
      ) : null}
      {abilities.keepBooks && isCreditable ? (
        <button type="button" onClick={() => setOpen('cancel')}>
          Cancel invoice
        </button>
      ) : null}
      {abilities.bill && isCreditable ? (
        <button type="button" onClick={() => setOpen('credit')}>
          Create credit note
        </button>
      ) : null}
      {canCollect ? (
        <button
          type="button"
          className="button-primary"
          onClick={() => navigate(receivePaymentPath(invoice))}
        >
          Receive payment
        </button>
      ) : null}
      {open === 'credit' ? (
        <CreditNoteDialog invoice={invoice} locale={locale} mayPost={abilities.keepBooks} onClose={close} />
      ) : null}
      {open === 'cancel' ? <CancelInvoiceDialog invoice={invoice} onClose={close} /> : null}
      {open === 'dispute' ? <DisputeDialog invoice={invoice} onClose={close} /> : null}
    </>
  );
}

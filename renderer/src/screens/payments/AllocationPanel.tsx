// The allocation section of a payment: the open invoices grid with "Reset to proposal" and "Clear", or a line
// saying why there is nothing to allocate yet.
import type { AllocationProposal } from '../../../../shared/contract';
import { isIsoDate } from '../../../../shared/dates';
import type { OrdoError } from '../../../../shared/errors';
import { Amount } from '../../components/Amount';
import { AllocationGrid } from './AllocationGrid';
import type { AllocationDraft } from './useAllocationDraft';

interface AllocationPanelProps {
  hasCustomer: boolean;
  proposal: AllocationProposal | undefined;
  proposalError: OrdoError | null;
  isUpdating: boolean;
  draft: AllocationDraft;
  currency: string;
  locale: string;
  errors: Record<string, string>;
  /** What it means that the customer has no open invoice. */
  noInvoicesText: string;
  /** The date the money is applied on: invoices dated after it are shown but cannot be paid. */
  date: string;
  /** What to do about invoices dated after `date`, said when there are any. */
  datedLaterText: string;
}

export function AllocationPanel(props: AllocationPanelProps) {
  const { proposal, draft, isUpdating } = props;
  let body;
  if (!props.hasCustomer) body = <p className="muted">Choose the customer to see their open invoices.</p>;
  else if (props.proposalError)
    body = (
      <p className="field-error" role="alert">
        The open invoices could not be loaded: {props.proposalError.message}
      </p>
    );
  else if (!proposal) body = <p className="loading">Loading open invoices…</p>;
  else if (proposal.rows.length === 0) body = <p className="muted">{props.noInvoicesText}</p>;
  else
    body = (
      <AllocationGrid
        rows={draft.rows}
        info={draft.info}
        onCell={draft.setCell}
        currency={props.currency}
        locale={props.locale}
        errors={props.errors}
        date={props.date}
      />
    );

  const hasRows = proposal !== undefined && proposal.rows.length > 0;
  // A date still being typed says nothing yet.
  const hasLater =
    isIsoDate(props.date) && (proposal?.rows.some((row) => row.invoiceDate > props.date) ?? false);
  return (
    <fieldset className="section allocation-panel" aria-busy={isUpdating || undefined}>
      <legend>Open invoices{props.hasCustomer ? ` in ${props.currency}` : ''}</legend>
      {hasRows ? (
        <div className="allocation-actions">
          <button type="button" onClick={draft.resetToProposal} disabled={!draft.isEdited}>
            Reset to proposal
          </button>
          <button type="button" onClick={draft.clear}>
            Clear
          </button>
          <span className="muted" aria-live="polite">
            {isUpdating
              ? 'Updating the proposal…'
              : draft.isEdited
                ? 'Your amounts are kept; Reset to proposal brings back the suggested amounts.'
                : 'Proposed: invoices named in the reference first, then the oldest due date.'}
          </span>
        </div>
      ) : null}
      {body}
      {hasRows ? (
        <div className="allocation-notes">
          <p className="muted open-total">
            Open in total: <Amount minor={proposal.openTotal} currency={props.currency} />
            {proposal.openCount > proposal.rows.length
              ? ` on ${proposal.openCount} invoices; the ${proposal.rows.length} listed are the oldest due and those proposed. Name another invoice's number in the reference to list it.`
              : null}
          </p>
          {hasLater ? <p>{props.datedLaterText}</p> : null}
        </div>
      ) : null}
    </fieldset>
  );
}

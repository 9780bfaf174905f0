// The allocation section of a payment: the open invoices grid with "Reset to proposal" and "Clear", or a line
// saying why there is nothing to allocate yet.
import type { AllocationProposal } from '../../../../shared/contract';
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
      />
    );

  const hasRows = proposal !== undefined && proposal.rows.length > 0;
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
        <p className="muted open-total">
          Open in total: <Amount minor={proposal.openTotal} currency={props.currency} />
        </p>
      ) : null}
    </fieldset>
  );
}

// The order (or quote) editor: header, credit panel, addresses, line grid, totals from main, and the actions of
// its status in one place. Drafts and quotes change freely; confirmed orders within main's rules.
import { useEffect, useRef, useState } from 'react';
import type { CustomerRow, Order } from '../../../../shared/contract';
import { EditorFrame } from '../../components/EditorFrame';
import { TextAreaField } from '../../components/Field';
import { focusFirstInvalid, formErrorsOf, mergeErrors } from '../../lib/formErrors';
import { useOrdoQuery } from '../../lib/queries';
import { dateTimeText } from '../../lib/format';
import { todayIso } from '../../lib/today';
import { DocumentTotals } from '../documents/DocumentTotals';
import { useOrderAbilities } from './abilities';
import { CreditPanel } from './CreditPanel';
import { OrderActionButtons } from './OrderActionButtons';
import { actionsFor, holdReasonWords, isConfirmedStage, type EditorStage } from './orderActions';
import { OrderAddresses } from './OrderAddresses';
import {
  emptyOrderForm,
  formOfOrder,
  isOrderFieldShown,
  orderFieldOf,
  readOrderForm,
  type OrderForm,
} from './orderForm';
import { OrderHeaderFields } from './OrderHeaderFields';
import { OrderHistory } from './OrderHistory';
import { OrderInvoices } from './OrderInvoices';
import { OrderLinesGrid, type LineInfo } from './OrderLinesGrid';
import { OrderStatusChip } from './OrderStatusChip';
import { useOrderPreview } from './useOrderPreview';
import { useOrderSaving, type Failure } from './useOrderSaving';

interface OrderEditorViewProps {
  order: Order | null;
  kind: 'order' | 'quote';
  locale: string;
}

function titleOf(order: Order | null, kind: 'order' | 'quote'): string {
  if (!order) return kind === 'quote' ? 'New quote' : 'New order';
  if (order.kind === 'quote') return `Quote for ${order.customer.name}`;
  return order.number ? `Order ${order.number}` : `Draft order for ${order.customer.name}`;
}

export function OrderEditorView({ order, kind, locale }: OrderEditorViewProps) {
  const abilities = useOrderAbilities();
  const [initial] = useState<OrderForm>(() =>
    order ? formOfOrder(order, locale) : emptyOrderForm(kind, todayIso()),
  );
  const [form, setForm] = useState(initial);
  const set = <K extends keyof OrderForm>(key: K, value: OrderForm[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }));
  const [selectedLines, setSelectedLines] = useState<number[]>([]);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const containerRef = useRef<HTMLDivElement>(null);
  useEffect(() => focusFirstInvalid(containerRef.current), [failure, localErrors]);

  const stage: EditorStage = order ? order.status : kind === 'quote' ? 'new_quote' : 'new_order';
  const actions = actionsFor(stage, abilities);
  const isEditable = actions.has('save');
  const isConfirmed = isConfirmedStage(stage);
  const isDirty = isEditable && JSON.stringify(form) !== JSON.stringify(initial);

  const reading = readOrderForm(form, locale);
  const preview = useOrderPreview(reading.preview, isEditable);
  const customerId = form.customer?.id ?? null;
  const customer = useOrdoQuery(
    'customers.get',
    { id: customerId ?? 0 },
    { enabled: customerId !== null && isEditable },
  );

  // A newly chosen customer brings their addresses (until then main would use them anyway).
  useEffect(() => {
    const c = customer.data;
    if (!c) return;
    setForm((previous) =>
      previous.customer?.id === c.id &&
      (previous.billingAddress === null || previous.shippingAddress === null)
        ? {
            ...previous,
            billingAddress: previous.billingAddress ?? c.billingAddress,
            shippingAddress: previous.shippingAddress ?? c.shippingAddress,
          }
        : previous,
    );
  }, [customer.data]);

  function onCustomer(row: CustomerRow | null) {
    setForm((previous) => ({
      ...previous,
      customer: row ? { id: row.id, name: row.name } : null,
      billingAddress: null,
      shippingAddress: null,
    }));
    setLocalErrors({});
  }

  const saving = useOrderSaving({ order, kind, reading, setFailure, setLocalErrors, isDirty });

  const remote = formErrorsOf(failure?.error, {
    prefix: failure?.isUpdate ? 'order.' : undefined,
    isShown: isOrderFieldShown,
    normalize: (path) => orderFieldOf(path, failure?.draftIndexOf ?? []),
  });
  const errors = mergeErrors({ ...reading.problems, ...localErrors }, remote);

  // A saved order as it stands shows its stored numbers; anything typed since shows main's preview.
  const usesStored = order !== null && (!isDirty || !isEditable);
  const previewInfo = (draftIndex: number): LineInfo | undefined => {
    const at = reading.previewDraftIndexOf.indexOf(draftIndex);
    return at < 0 ? undefined : preview.data?.lines[at];
  };
  const info: (LineInfo | undefined)[] = usesStored
    ? order.lines.map((l) => ({
        net: l.net,
        unitPrice: l.unitPrice,
        taxRateId: l.taxRateId,
        availability: l.availability,
      }))
    : form.lines.map((_, index) => previewInfo(index));
  const totals = usesStored ? order.totals : preview.data?.totals;
  const currency = preview.data?.currency ?? order?.currency ?? customer.data?.currency ?? null;
  const warnings = isConfirmed ? [] : usesStored ? order.creditWarning : (preview.data?.creditWarning ?? []);
  const taxRates = useOrdoQuery('taxRates.list', { includeArchived: false }, { enabled: isEditable });

  const backPath = (order?.kind ?? kind) === 'quote' ? '/orders/quotes' : '/orders';
  const saveLabel = !isEditable
    ? null
    : stage === 'draft' || stage === 'new_order'
      ? 'Save draft'
      : stage === 'quote' || stage === 'new_quote'
        ? 'Save quote'
        : 'Save changes';

  return (
    <div ref={containerRef} className="order-editor">
      <EditorFrame
        title={titleOf(order, kind)}
        noun={(order?.kind ?? kind) === 'quote' ? 'quote' : 'order'}
        backPath={backPath}
        backLabel={backPath === '/orders' ? 'Orders' : 'Quotes'}
        saveLabel={saveLabel}
        isSaving={saving.isSaving}
        isDirty={isDirty}
        errors={errors}
        errorTitle={failure?.title ?? 'Could not save'}
        onSave={() => void saving.save()}
        titleAddon={order ? <OrderStatusChip status={order.status} /> : null}
        extraActions={
          <OrderActionButtons
            order={order}
            actions={actions}
            isDirty={isDirty}
            selectedLines={selectedLines}
            onSelectedLinesDone={() => setSelectedLines([])}
            saving={saving}
            locale={locale}
          />
        }
      >
        {order ? <StatusNotice order={order} canDecide={abilities.decideCredit} locale={locale} /> : null}
        {isDirty && order && (actions.has('approve') || actions.has('ship') || actions.has('cancel')) ? (
          <p className="muted dirty-note">Save your changes before approving, shipping or cancelling.</p>
        ) : null}
        <div className="order-top">
          <fieldset className="section">
            <legend>{(order?.kind ?? kind) === 'quote' ? 'Quote' : 'Order'}</legend>
            <OrderHeaderFields
              form={form}
              set={set}
              onCustomer={onCustomer}
              currency={currency}
              errors={errors.fields}
              isCustomerLocked={isConfirmed}
              readOnly={!isEditable}
            />
          </fieldset>
          <CreditPanel
            customerId={customerId}
            warnings={warnings}
            advice={
              (order?.kind ?? kind) === 'quote'
                ? 'A warning only: the quote can be saved and sent.'
                : 'A warning only: you can save. Confirming puts the order on hold for credit approval.'
            }
            note={isConfirmed ? 'The exposure includes this order.' : undefined}
          />
        </div>
        <OrderAddresses
          billing={form.billingAddress}
          shipping={form.shippingAddress}
          onBilling={(address) => set('billingAddress', address)}
          onShipping={(address) => set('shippingAddress', address)}
          errors={errors.fields}
          readOnly={!isEditable}
        />
        <fieldset className="section">
          <legend>Lines{currency ? ` in ${currency}` : ''}</legend>
          <OrderLinesGrid
            lines={form.lines}
            onChange={(lines) => set('lines', lines)}
            info={info}
            currency={currency ?? 'EUR'}
            locale={locale}
            taxRates={taxRates.data ?? []}
            errors={errors.fields}
            isConfirmed={isConfirmed}
            readOnly={!isEditable}
            selection={
              actions.has('cancelLines') ? { ids: selectedLines, onChange: setSelectedLines } : undefined
            }
          />
        </fieldset>
        <div className="doc-bottom">
          <TextAreaField
            label="Notes"
            value={form.notes}
            onChange={(v) => set('notes', v)}
            error={errors.fields.notes}
            rows={4}
            className="order-notes"
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
          />
        </div>
        {order ? <OrderHistory order={order} locale={locale} /> : null}
        {order?.number ? <OrderInvoices orderId={order.id} locale={locale} /> : null}
      </EditorFrame>
    </div>
  );
}

/** Why an order waits (credit hold) or stopped (credit refused), at the top where it is seen first. */
function StatusNotice({ order, canDecide, locale }: { order: Order; canDecide: boolean; locale: string }) {
  if (order.status === 'on_hold') {
    return (
      <div className="notice notice-warning" role="status">
        <p className="notice-title">On hold for credit approval</p>
        <ul>
          {holdReasonWords(order.holdReasons).map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        <p>
          {canDecide
            ? 'Approve credit to release it for shipping, or refuse it. The exposure is shown under Credit.'
            : 'The owner or a bookkeeper decides; the exposure is shown under Credit.'}
        </p>
      </div>
    );
  }
  if (order.status === 'rejected') {
    const last = order.decisions.at(-1);
    return (
      <div className="notice notice-danger" role="status">
        <p className="notice-title">Credit refused</p>
        {last ? (
          <p>
            {last.decidedBy || 'Someone'} refused on {dateTimeText(last.decidedAt, locale)}
            {last.note ? `: “${last.note}”` : ''}.
          </p>
        ) : null}
        <p>Change the order and save it to ask again, or cancel it.</p>
      </div>
    );
  }
  return null;
}

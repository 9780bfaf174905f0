// Receive, adjust or count stock: one dialog, the kind chosen at the top. A count shows the change it will
// book before it is saved; main books it and refuses what would take stock below zero when not allowed.
import { useState } from 'react';
import type { StockLevel } from '../../../../shared/contract';
import { Dec, parseDecimal } from '../../../../shared/money';
import { TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { RadioGroup } from '../../components/RadioGroup';
import { useToast } from '../../components/Toasts';
import { decimalText } from '../../lib/format';
import { formErrorsAnyCode } from '../../lib/formErrorsAnyCode';
import { mergeErrors } from '../../lib/formErrors';
import { useOrdoMutation } from '../../lib/queries';
import { todayIso } from '../../lib/today';
import { useCompanyLocale } from '../../lib/useCompanyLocale';

export type ChangeKind = 'receipt' | 'adjustment' | 'count';

interface KindWords {
  choice: string;
  title: string;
  submit: string;
  quantity: string;
  quantityHint: string;
  reason: string;
  done: string;
}

const words: Record<ChangeKind, KindWords> = {
  receipt: {
    choice: 'Goods received',
    title: 'Receive stock',
    submit: 'Receive',
    quantity: 'Quantity received',
    quantityHint: 'Added to what is on hand.',
    reason: 'Note (optional)',
    done: 'Stock received',
  },
  adjustment: {
    choice: 'Adjustment',
    title: 'Adjust stock',
    submit: 'Adjust',
    quantity: 'Change',
    quantityHint: 'Plus or minus, e.g. -2 for breakage or 3 for items found.',
    reason: 'Reason',
    done: 'Stock adjusted',
  },
  count: {
    choice: 'Stock count',
    title: 'Count stock',
    submit: 'Book count',
    quantity: 'Counted quantity',
    quantityHint: 'What is on the shelf now; the difference is booked.',
    reason: 'Note (optional)',
    done: 'Count booked',
  },
};

const kinds: readonly ChangeKind[] = ['receipt', 'adjustment', 'count'];
const shown = new Set(['quantity', 'reason', 'date']);

interface Props {
  level: StockLevel;
  kind: ChangeKind;
  onClose: () => void;
}

/** "On hand 10 kg; this count books -3 kg." — a preview only: main computes what it books. */
function countPreview(text: string, level: StockLevel, locale: string): string | null {
  const parsed = parseDecimal(text, locale, 4);
  if (!parsed.ok || text.trim() === '') return null;
  const difference = new Dec(parsed.value).minus(new Dec(level.onHand));
  const change = difference.isZero()
    ? 'no change'
    : `${difference.isPositive() ? '+' : ''}${decimalText(difference.toFixed(), locale, 4)} ${level.unit}`;
  return `On hand now: ${decimalText(level.onHand, locale, 4)} ${level.unit}. This count books ${change}.`;
}

export function StockChangeDialog({ level, kind: initialKind, onClose }: Props) {
  const { locale } = useCompanyLocale();
  const toast = useToast();
  const [kind, setKind] = useState<ChangeKind>(initialKind);
  const [quantity, setQuantity] = useState('');
  const [date, setDate] = useState(todayIso);
  const [reason, setReason] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const adjust = useOrdoMutation('stock.adjust', {
    alsoInvalidates: ['products', 'orders'],
    onSuccess: (after, input) => {
      toast(`${words[input.kind].done}: ${decimalText(after.onHand, locale, 4)} ${after.unit} on hand`);
      onClose();
    },
  });
  const errors = mergeErrors(
    localErrors,
    formErrorsAnyCode(adjust.error, (path) => shown.has(path)),
  );
  const w = words[kind];
  const preview = kind === 'count' ? countPreview(quantity, level, locale) : null;

  function chooseKind(next: ChangeKind) {
    setKind(next);
    setLocalErrors({});
    adjust.reset();
  }

  function submit() {
    const parsed = parseDecimal(quantity, locale, 4);
    if (!parsed.ok) {
      adjust.reset();
      setLocalErrors({ quantity: parsed.error });
      return;
    }
    setLocalErrors({});
    adjust.mutate({ productId: level.productId, kind, quantity: parsed.value, date, reason });
  }

  return (
    <FormDialog
      title={`${w.title}: ${level.name}`}
      submitLabel={w.submit}
      isPending={adjust.isPending}
      errors={errors}
      onSubmit={submit}
      onClose={onClose}
    >
      <RadioGroup
        legend="What happened"
        options={kinds.map((k) => ({ value: k, label: words[k].choice }))}
        value={kind}
        onChange={(value) => chooseKind(value as ChangeKind)}
      />
      <TextField
        label={`${w.quantity} (${level.unit})`}
        value={quantity}
        onChange={setQuantity}
        error={errors.fields.quantity}
        hint={preview ?? w.quantityHint}
        inputMode="decimal"
        className="field-amount"
        data-autofocus
      />
      <TextField
        label="Date"
        type="date"
        value={date}
        onChange={setDate}
        error={errors.fields.date}
        required
      />
      <TextField
        label={w.reason}
        value={reason}
        onChange={setReason}
        error={errors.fields.reason}
        maxLength={200}
        required={kind === 'adjustment'}
      />
    </FormDialog>
  );
}

// "Create deposit invoice": bills part of a confirmed order before it ships, as an amount or a percentage of the
// order total. Main creates a draft deposit invoice, which opens for checking and posting; the final invoice of
// the order deducts it.
import { useState } from 'react';
import type { Order } from '../../../../shared/contract';
import { navigate } from '../../app/router';
import { SelectField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { RadioGroup } from '../../components/RadioGroup';
import { useToast } from '../../components/Toasts';
import { moneyText } from '../../lib/format';
import { formErrorsOf, mergeErrors } from '../../lib/formErrors';
import { useOrdoMutation, useOrdoQuery } from '../../lib/queries';
import { todayIso } from '../../lib/today';
import { taxRateLabel } from '../products/productForm';
import {
  depositFieldOf,
  emptyDepositForm,
  isDepositField,
  readDepositForm,
  type DepositForm,
} from './depositForm';

const basisOptions = [
  { value: 'amount', label: 'An amount' },
  { value: 'percent', label: 'A percentage of the order total' },
];

interface DepositInvoiceDialogProps {
  order: Order;
  locale: string;
  onClose: () => void;
}

export function DepositInvoiceDialog({ order, locale, onClose }: DepositInvoiceDialogProps) {
  const toast = useToast();
  const [form, setForm] = useState<DepositForm>(() => emptyDepositForm(order));
  const set = <K extends keyof DepositForm>(key: K, value: DepositForm[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const taxRates = useOrdoQuery('taxRates.list', { includeArchived: false });
  const create = useOrdoMutation('invoices.create', {
    alsoInvalidates: ['orders', 'credit'],
    onSuccess: (invoice) => {
      toast('Draft deposit invoice created: check it and post it');
      navigate(`/invoices/${invoice.id}`);
    },
  });
  const { currency } = order;
  const reading = readDepositForm(form, order, todayIso(), locale);
  const errors = mergeErrors(
    problems,
    formErrorsOf(create.error, {
      isShown: isDepositField,
      normalize: (path) => depositFieldOf(path, form.basis),
    }),
  );
  const rates = taxRates.data ?? [];
  const isKnownRate = form.taxRate === 'none' || rates.some((rate) => String(rate.id) === form.taxRate);
  const taxOptions = [
    ...rates.map((rate) => ({ value: String(rate.id), label: taxRateLabel(rate, locale) })),
    ...(isKnownRate
      ? []
      : [{ value: form.taxRate, label: taxRates.data ? 'The order’s rate (archived)' : 'Loading…' }]),
    { value: 'none', label: 'No tax' },
  ];

  function submit() {
    if (!reading.input) {
      create.reset();
      setProblems(reading.problems);
      return;
    }
    setProblems({});
    create.mutate(reading.input);
  }

  const total = moneyText(order.totals.total, currency, locale);
  return (
    <FormDialog
      title="Create deposit invoice"
      submitLabel="Create deposit invoice"
      isPending={create.isPending}
      errors={errors}
      onSubmit={submit}
      onClose={onClose}
    >
      <p>
        Order {order.number} totals {total}. The deposit is billed now; the order’s final invoice deducts it.
      </p>
      <RadioGroup
        legend="Deposit as"
        options={basisOptions}
        value={form.basis}
        onChange={(value) => {
          if (value === 'amount' || value === 'percent') set('basis', value);
        }}
      />
      {form.basis === 'amount' ? (
        <TextField
          label={`Amount incl. tax (${currency})`}
          value={form.amount}
          onChange={(value) => set('amount', value)}
          error={errors.fields.amount}
          inputMode="decimal"
          className="field-amount"
          autoComplete="off"
        />
      ) : (
        <TextField
          label="Percentage of the order total"
          value={form.percent}
          onChange={(value) => set('percent', value)}
          error={errors.fields.percent}
          hint={
            reading.minor === null
              ? `Of ${total}, e.g. 30`
              : `${moneyText(reading.minor, currency, locale)} incl. tax`
          }
          inputMode="decimal"
          className="field-amount"
          autoComplete="off"
        />
      )}
      <SelectField
        label="Tax rate"
        value={form.taxRate}
        options={taxOptions}
        onChange={(value) => set('taxRate', value)}
        error={errors.fields.taxRate}
      />
      <TextField
        label="Description"
        value={form.description}
        onChange={(value) => set('description', value)}
        error={errors.fields.description}
        maxLength={500}
      />
    </FormDialog>
  );
}

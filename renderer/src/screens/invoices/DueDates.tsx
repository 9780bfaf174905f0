// When an invoice falls due, as main worked it out: one due date, or each installment with its amount. Rows of
// the totals list (dt/dd), under the total.
import { Amount } from '../../components/Amount';
import { dateText } from '../../lib/format';

interface DueDatesProps {
  dueDate: string;
  installments: readonly { dueDate: string; amount: number }[];
  currency: string;
  locale: string;
}

export function DueDates({ dueDate, installments, currency, locale }: DueDatesProps) {
  if (installments.length <= 1) {
    return (
      <>
        <dt>Due date</dt>
        <dd>{dateText(dueDate, locale)}</dd>
      </>
    );
  }
  return (
    <>
      {installments.map((installment, index) => (
        <InstallmentRow
          key={`${installment.dueDate}-${index}`}
          label={`Installment ${index + 1} due ${dateText(installment.dueDate, locale)}`}
          amount={installment.amount}
          currency={currency}
        />
      ))}
    </>
  );
}

function InstallmentRow(props: { label: string; amount: number; currency: string }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd>
        <Amount minor={props.amount} currency={props.currency} />
      </dd>
    </>
  );
}

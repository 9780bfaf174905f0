// #/payments — the list; #/payments/new[?customer=ID&invoice=ID] — receive a payment; #/payments/:id — one payment.
import { NotFound } from '../../app/NotFound';
import { idOf } from '../../app/router';
import { PaymentsList } from './PaymentsList';
import { PaymentView } from './PaymentView';
import { ReceivePayment } from './ReceivePayment';
import './payments.css';

export function PaymentsScreen({ segments }: { segments: readonly string[] }) {
  const [first, ...rest] = segments;
  if (rest.length > 0) return <NotFound />;
  if (first === undefined) return <PaymentsList />;
  // The query string is part of the hash path, so a new prefill is a new form.
  if (first === 'new' || first.startsWith('new?')) return <ReceivePayment key={first} segment={first} />;
  const id = idOf(first);
  return id === null ? <NotFound /> : <PaymentView key={id} id={id} />;
}

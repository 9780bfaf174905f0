import type { CompanySession } from '../company/session';
import type { HandlerGroup } from '../dispatch';
import { applyCredit, listCredits, refundCredit } from './credits';
import { proposeFor } from './proposal';
import { getPayment, listPayments } from './read';
import { allocatePayment, recordPayment } from './record';
import { reversePayment, unallocate } from './reverse';

export function paymentHandlers(session: CompanySession): HandlerGroup<'payments'> {
  return {
    'payments.record': (input) => recordPayment(session.require(), input),
    'payments.proposeAllocation': (input) => proposeFor(session.require(), input),
    'payments.allocate': (input) => allocatePayment(session.require(), input),
    'payments.unallocate': (input) => unallocate(session.require(), input),
    'payments.reverse': (input) => reversePayment(session.require(), input),
    'payments.get': ({ id }) => getPayment(session.require(), id),
    'payments.list': (q) => listPayments(session.require(), q),
  };
}

export function customerCreditHandlers(session: CompanySession): HandlerGroup<'credits'> {
  return {
    'credits.list': ({ customerId }) => listCredits(session.require(), customerId),
    'credits.apply': (input) => applyCredit(session.require(), input),
    'credits.refund': (input) => refundCredit(session.require(), input),
  };
}

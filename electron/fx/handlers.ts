import type { CompanySession } from '../company/session';
import type { HandlerGroup } from '../dispatch';
import { importRates, listRates, rateOn, removeRate, setRate } from './rates';

export function exchangeRateHandlers(session: CompanySession): HandlerGroup<'exchangeRates'> {
  return {
    'exchangeRates.set': (input) => setRate(session.require(), input),
    'exchangeRates.list': (q) => listRates(session.require(), q),
    'exchangeRates.remove': ({ id }) => removeRate(session.require(), id),
    'exchangeRates.rateOn': ({ currency, date }) => rateOn(session.require(), currency, date),
    'exchangeRates.import': ({ csv }) => importRates(session.require(), csv),
  };
}

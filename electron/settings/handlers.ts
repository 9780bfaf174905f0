import { todayIn } from '../../shared/dates';
import type { CompanySession } from '../company/session';
import type { HandlerGroup } from '../dispatch';
import { listSeries, updateSeries } from '../numbering/series';
import { getCompanySettings, getLogo, setLogo, setPeriodLock, updateCompanySettings } from './company';
import {
  archivePaymentTerms,
  createPaymentTerms,
  listPaymentTerms,
  updatePaymentTerms,
} from './paymentTerms';
import { archiveTaxRate, createTaxRate, listTaxRates, updateTaxRate } from './taxRates';
import { getReceivablesSettings, updateReceivablesSettings } from '../invoicing/settings';

export function settingsHandlers(session: CompanySession): HandlerGroup<'settings'> {
  return {
    'settings.get': () => getCompanySettings(session.require()),
    'settings.update': (patch) => updateCompanySettings(session.require(), patch),
    'settings.setLogo': ({ image }) => setLogo(session.require(), image),
    'settings.getLogo': () => getLogo(session.require()),
    'settings.setPeriodLock': ({ date }) => setPeriodLock(session.require(), date),
    'settings.receivables': () => getReceivablesSettings(session.require()),
    'settings.updateReceivables': (input) => updateReceivablesSettings(session.require(), input),
  };
}

export function taxRateHandlers(session: CompanySession): HandlerGroup<'taxRates'> {
  return {
    'taxRates.list': ({ includeArchived }) => listTaxRates(session.require(), includeArchived),
    'taxRates.create': (input) => createTaxRate(session.require(), input),
    'taxRates.update': (input) => updateTaxRate(session.require(), input),
    'taxRates.archive': (input) => archiveTaxRate(session.require(), input),
  };
}

export function paymentTermsHandlers(session: CompanySession): HandlerGroup<'paymentTerms'> {
  return {
    'paymentTerms.list': ({ includeArchived }) => listPaymentTerms(session.require(), includeArchived),
    'paymentTerms.create': (input) => createPaymentTerms(session.require(), input),
    'paymentTerms.update': (input) => updatePaymentTerms(session.require(), input),
    'paymentTerms.archive': (input) => archivePaymentTerms(session.require(), input),
  };
}

export function numberSeriesHandlers(session: CompanySession): HandlerGroup<'numberSeries'> {
  return {
    'numberSeries.list': () => {
      const ctx = session.require();
      return listSeries(ctx, todayIn(ctx.clock));
    },
    'numberSeries.update': (input) => {
      const ctx = session.require();
      return updateSeries(ctx, todayIn(ctx.clock), input);
    },
  };
}

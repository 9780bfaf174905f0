// The company's locale and base currency, as settings.get reports them (falling back to the open file's info).
import { useOrdoQuery } from './queries';

export interface CompanyLocale {
  locale: string;
  baseCurrency: string;
  /** False until the answer arrives: money typed before then would be parsed with a guessed locale. */
  isReady: boolean;
}

const fallback = { locale: 'en-US', baseCurrency: 'EUR' };

export function useCompanyLocale(): CompanyLocale {
  const settings = useOrdoQuery('settings.get', {});
  const current = useOrdoQuery('company.current', {}, { enabled: !settings.data });
  if (settings.data)
    return { locale: settings.data.locale, baseCurrency: settings.data.baseCurrency, isReady: true };
  const company = current.data?.open ? current.data.company : null;
  if (company) return { locale: company.locale, baseCurrency: company.baseCurrency, isReady: true };
  return { ...fallback, isReady: false };
}

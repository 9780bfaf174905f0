// The top of the UI: the start screen while no company is open (or when asked for), else the app shell.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { CompanyInfo, CurrentCompany } from '../../../shared/contract';
import { Loading, QueryError } from '../components/QueryError';
import { useToast } from '../components/Toasts';
import { call, onEvent } from '../lib/api';
import { queryKeyOf, useOrdoQuery } from '../lib/queries';
import { StartScreen, type StartFocus } from '../screens/start/StartScreen';
import { AboutDialog } from './AboutDialog';
import { AppShell } from './AppShell';
import { ProfilePicker, useProfileRequiredWatch } from './ProfilePicker';
import { navigate } from './router';

export function App() {
  const client = useQueryClient();
  const toast = useToast();
  const current = useOrdoQuery('company.current', {});
  const [startFocus, setStartFocus] = useState<StartFocus | null>(null);
  const [isAboutOpen, setAboutOpen] = useState(false);
  useProfileRequiredWatch();

  /**
   * Another company: everything cached belonged to the previous one, so start clean on its customers.
   * The same company again (main's event after our own open call, or reopening it from the start screen):
   * keep the cache and the screen the user is on, and only take the fresh details.
   */
  const switchTo = useCallback(
    (info: CompanyInfo | null) => {
      setStartFocus(null);
      const currentKey = queryKeyOf('company.current', {});
      const previous = client.getQueryData<CurrentCompany>(currentKey);
      if (info && previous?.open && previous.company.path === info.path) {
        client.setQueryData(currentKey, { open: true, company: info });
        return;
      }
      void client.resetQueries({ predicate: (query) => query.queryKey[1] !== 'company.current' });
      if (info) {
        client.setQueryData(currentKey, { open: true, company: info });
        navigate('/customers');
      } else {
        void client.invalidateQueries({ queryKey: currentKey });
      }
    },
    [client],
  );

  useEffect(() => onEvent('company.changed', switchTo), [switchTo]);

  useEffect(
    () =>
      onEvent('menu.command', ({ command }) => {
        if (command === 'newCompany') setStartFocus('create');
        else if (command === 'openCompany') setStartFocus('open');
        else if (command === 'about') setAboutOpen(true);
        else if (command === 'openDemo') {
          call('company.openDemo', {}).then(switchTo, (error: Error) => toast(error.message, 'error'));
        }
      }),
    [switchTo, toast],
  );

  let screen;
  if (current.error) screen = <QueryError error={current.error} onRetry={() => void current.refetch()} />;
  else if (!current.data) screen = <Loading what="Opening Ordo…" />;
  else if (!current.data.open || startFocus) {
    const open = current.data.open ? current.data.company : null;
    screen = (
      <StartScreen
        focus={startFocus ?? 'create'}
        suggestedPath={current.data.open ? null : current.data.suggestedPath}
        onOpened={switchTo}
        backTo={open ? { name: open.name, onBack: () => setStartFocus(null) } : null}
      />
    );
  } else if (current.data.company.user === null) {
    // Several profiles (or a PIN): someone says who they are before the books open.
    screen = <ProfilePicker company={current.data.company} onSwitchCompany={() => setStartFocus('open')} />;
  } else {
    screen = (
      <AppShell
        key={current.data.company.path}
        company={current.data.company}
        onSwitchCompany={() => setStartFocus('create')}
        onAbout={() => setAboutOpen(true)}
      />
    );
  }

  return (
    <>
      {screen}
      {isAboutOpen ? <AboutDialog onClose={() => setAboutOpen(false)} /> : null}
    </>
  );
}

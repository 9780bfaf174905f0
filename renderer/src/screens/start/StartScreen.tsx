// Shown when no company is open, or when the user asks to create or open another one.
import { useEffect } from 'react';
import type { CompanyInfo } from '../../../../shared/contract';
import { CreateCompanyForm } from './CreateCompanyForm';
import { OpenCompany } from './OpenCompany';

export type StartFocus = 'create' | 'open';

interface StartScreenProps {
  focus: StartFocus;
  suggestedPath: string | null;
  onOpened: (company: CompanyInfo) => void;
  /** Set while a company is open: the way back to it. */
  backTo: { name: string; onBack: () => void } | null;
}

export function StartScreen({ focus, suggestedPath, onOpened, backTo }: StartScreenProps) {
  const onBack = backTo?.onBack;
  useEffect(() => {
    if (!onBack) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onBack();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onBack]);

  return (
    <main className="start-screen">
      <header className="start-header">
        <h1>Welcome to Ordo</h1>
        <p>Orders, invoices and payments for your business, kept in one file on this computer.</p>
        {backTo ? (
          <button type="button" onClick={backTo.onBack}>
            Back to {backTo.name}
          </button>
        ) : null}
      </header>
      <div className="start-columns">
        <section className="card">
          <CreateCompanyForm
            suggestedPath={suggestedPath}
            autoFocus={focus === 'create'}
            onCreated={onOpened}
          />
        </section>
        <OpenCompany autoFocus={focus === 'open'} onOpened={onOpened} />
      </div>
    </main>
  );
}

// Add an account (code, name, type) or rename / renumber one; the type of an existing account is fixed.
import { useState } from 'react';
import type { Account, AccountType } from '../../../../shared/contract';
import { SelectField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useToast } from '../../components/Toasts';
import { formErrorsOf } from '../../lib/formErrors';
import { useOrdoMutation } from '../../lib/queries';

export const accountTypeLabels: Record<AccountType, string> = {
  asset: 'Asset',
  liability: 'Liability',
  equity: 'Equity',
  income: 'Income',
  expense: 'Expense',
};
const typeOptions = Object.entries(accountTypeLabels).map(([value, label]) => ({ value, label }));
const shown = new Set(['code', 'name', 'type']);

export function AccountDialog({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const toast = useToast();
  const [code, setCode] = useState(account?.code ?? '');
  const [name, setName] = useState(account?.name ?? '');
  const [type, setType] = useState<AccountType>(account?.type ?? 'expense');
  const onSaved = () => {
    toast('Account saved');
    onClose();
  };
  // Reports show account codes and names.
  const create = useOrdoMutation('accounts.create', { alsoInvalidates: ['ledger'], onSuccess: onSaved });
  const update = useOrdoMutation('accounts.update', { alsoInvalidates: ['ledger'], onSuccess: onSaved });
  const saving = account ? update : create;
  const errors = formErrorsOf(saving.error, { isShown: (path) => shown.has(path) });

  return (
    <FormDialog
      title={account ? 'Edit account' : 'Add account'}
      submitLabel="Save account"
      isPending={saving.isPending}
      errors={errors}
      onSubmit={() =>
        account ? update.mutate({ id: account.id, code, name }) : create.mutate({ code, name, type })
      }
      onClose={onClose}
    >
      <TextField
        label="Code"
        value={code}
        onChange={setCode}
        error={errors.fields.code}
        className="field-code"
        data-autofocus
      />
      <TextField label="Name" value={name} onChange={setName} error={errors.fields.name} />
      <SelectField
        label="Type"
        value={type}
        options={typeOptions}
        onChange={(value) => setType(value as AccountType)}
        error={errors.fields.type}
        disabled={account !== null}
        hint={account ? 'The type of an account cannot change.' : undefined}
      />
    </FormDialog>
  );
}

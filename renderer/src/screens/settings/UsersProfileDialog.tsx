// Add or edit a user profile: name, roles (each with what it allows), and an optional PIN typed twice.
import { useId, useState } from 'react';
import type { Role, UserProfile } from '../../../../shared/contract';
import { roles } from '../../../../shared/users/roles';
import { TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { RadioGroup } from '../../components/RadioGroup';
import { useToast } from '../../components/Toasts';
import { formErrorsOf, mergeErrors } from '../../lib/formErrors';
import { useOrdoMutation } from '../../lib/queries';

export const roleWords: Record<Role, { label: string; allows: string }> = {
  owner: { label: 'Owner', allows: 'everything, including user profiles' },
  bookkeeper: { label: 'Bookkeeper', allows: 'settings, ledger, credit approvals' },
  sales: { label: 'Sales', allows: 'customers, products and orders' },
  warehouse: { label: 'Warehouse', allows: 'stock and shipments' },
};

export function rolesText(list: readonly Role[]): string {
  return list.map((role) => roleWords[role].label).join(', ');
}

type PinChoice = 'keep' | 'set' | 'remove';

const pinHint = 'A PIN of 4 to 8 digits keeps others from working under this profile on a shared computer.';

const shown = new Set(['name', 'roles', 'pin', 'pinAgain']);

export function ProfileDialog({ profile, onClose }: { profile: UserProfile | null; onClose: () => void }) {
  const toast = useToast();
  const groupId = useId();
  const [name, setName] = useState(profile?.name ?? '');
  const [chosen, setChosen] = useState<Role[]>(profile?.roles ?? []);
  const [pinChoice, setPinChoice] = useState<PinChoice>(profile ? 'keep' : 'set');
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const onSaved = () => {
    toast('Profile saved');
    onClose();
  };
  // company.current lists the profiles (switch user, the picker at open).
  const create = useOrdoMutation('users.create', { alsoInvalidates: ['company'], onSuccess: onSaved });
  const update = useOrdoMutation('users.update', { alsoInvalidates: ['company'], onSuccess: onSaved });
  const saving = profile ? update : create;
  const errors = mergeErrors(
    localErrors,
    formErrorsOf(saving.error, {
      isShown: (path) => shown.has(path),
      normalize: (p) => p.split('.')[0] ?? p,
    }),
  );

  function toggleRole(role: Role, isOn: boolean) {
    setChosen((current) => {
      const next = isOn ? [...current, role] : current.filter((r) => r !== role);
      return roles.filter((r) => next.includes(r));
    });
  }

  function submit() {
    const typesPin = pinChoice === 'set' && (pin !== '' || pinAgain !== '' || profile !== null);
    if (typesPin && pin !== pinAgain) {
      saving.reset();
      setLocalErrors({ pinAgain: 'The two PINs are not the same; type the PIN again' });
      return;
    }
    setLocalErrors({});
    if (profile) {
      update.mutate({
        id: profile.id,
        name,
        roles: chosen,
        ...(pinChoice === 'set' ? { pin } : pinChoice === 'remove' ? { pin: null } : {}),
      });
    } else {
      create.mutate({ name, roles: chosen, pin: pin === '' ? null : pin });
    }
  }

  const pinChoices: { value: PinChoice; label: string }[] = profile?.hasPin
    ? [
        { value: 'keep', label: 'Keep the PIN' },
        { value: 'set', label: 'Change the PIN' },
        { value: 'remove', label: 'Remove the PIN' },
      ]
    : [
        { value: 'keep', label: 'No PIN' },
        { value: 'set', label: 'Set a PIN' },
      ];

  return (
    <FormDialog
      title={profile ? `Edit ${profile.name}` : 'Add profile'}
      submitLabel="Save profile"
      isPending={saving.isPending}
      errors={errors}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField
        label="Name"
        value={name}
        onChange={setName}
        error={errors.fields.name}
        maxLength={100}
        data-autofocus
      />
      <fieldset
        className={errors.fields.roles ? 'radio-group field-invalid' : 'radio-group'}
        aria-describedby={errors.fields.roles ? `${groupId}-roles-error` : undefined}
      >
        <legend>Roles</legend>
        {roles.map((role) => (
          <div key={role} className="field field-check">
            <input
              id={`${groupId}-${role}`}
              type="checkbox"
              checked={chosen.includes(role)}
              onChange={(event) => toggleRole(role, event.target.checked)}
              aria-describedby={`${groupId}-${role}-hint`}
              aria-invalid={errors.fields.roles ? true : undefined}
            />
            <label htmlFor={`${groupId}-${role}`}>{roleWords[role].label}</label>
            <p id={`${groupId}-${role}-hint`} className="field-hint">
              {roleWords[role].allows}
            </p>
          </div>
        ))}
        {errors.fields.roles ? (
          <p id={`${groupId}-roles-error`} className="field-error">
            {errors.fields.roles}
          </p>
        ) : null}
      </fieldset>
      {profile ? (
        <RadioGroup
          legend="PIN"
          hint={pinHint}
          options={pinChoices}
          value={pinChoice}
          onChange={(value) => setPinChoice(value as PinChoice)}
        />
      ) : (
        <p className="field-hint">{pinHint}</p>
      )}
      {pinChoice === 'set' ? (
        <div className="field-grid">
          <TextField
            label={profile ? 'New PIN' : 'PIN (optional)'}
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            maxLength={8}
            value={pin}
            onChange={(value) => setPin(value.replace(/\s/g, ''))}
            error={errors.fields.pin}
          />
          <TextField
            label="PIN again"
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            maxLength={8}
            value={pinAgain}
            onChange={(value) => setPinAgain(value.replace(/\s/g, ''))}
            error={errors.fields.pinAgain}
          />
        </div>
      ) : null}
    </FormDialog>
  );
}

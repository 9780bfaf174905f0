// The customer editor's form: sections General, Addresses, Contacts, Notes; save, archive, errors beside fields.
import type { Customer } from '../../../../shared/contract';
import { navigate } from '../../app/router';
import { useConfirm } from '../../components/ConfirmDialog';
import { EditorFrame } from '../../components/EditorFrame';
import { CheckboxField, TextAreaField } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { useOrdoMutation } from '../../lib/queries';
import { useMay } from '../../lib/useActingUser';
import { useArchiveToggle } from '../../lib/useArchiveToggle';
import { useEditorForm } from '../../lib/useEditorForm';
import { AddressFields } from './AddressFields';
import { ContactsGrid } from './ContactsGrid';
import { CustomerGeneralFields } from './CustomerGeneralFields';
import { customerFieldOf, inputOfForm, isCustomerFieldShown, type CustomerForm } from './customerForm';

interface CustomerFormViewProps {
  customer: Customer | null;
  initial: CustomerForm;
  locale: string;
}

export function CustomerFormView({ customer, initial, locale }: CustomerFormViewProps) {
  const toast = useToast();
  const onSaved = () => {
    toast('Customer saved');
    navigate('/customers');
  };
  const create = useOrdoMutation('customers.create', { onSuccess: onSaved });
  const update = useOrdoMutation('customers.update', { onSuccess: onSaved });
  const archive = useOrdoMutation('customers.archive');
  const toggleArchive = useArchiveToggle('customer', archive.mutateAsync);
  const saving = customer ? update : create;
  const confirm = useConfirm();
  const { form, set, isDirty, errors, submit, containerRef } = useEditorForm({
    initial,
    toInput: (f: CustomerForm) => inputOfForm(f, locale),
    send: (input) => (customer ? update.mutate({ id: customer.id, customer: input }) : create.mutate(input)),
    sending: saving,
    errorPaths: {
      prefix: customer ? 'customer.' : undefined,
      isShown: isCustomerFieldShown,
      normalize: customerFieldOf,
    },
  });

  // The account (open items, credit, history) is for sales and the books; main refuses it to the warehouse.
  const mayReadAccount = useMay('sell');

  async function openAccount(id: number) {
    if (isDirty) {
      const isSure = await confirm({
        title: 'Discard changes?',
        message: 'Your changes to this customer have not been saved and will be lost.',
        confirmLabel: 'Discard changes',
        destructive: true,
      });
      if (!isSure) return;
    }
    navigate(`/customers/${id}/account`);
  }

  return (
    <div ref={containerRef}>
      <EditorFrame
        title={customer ? `${customer.name} (${customer.number})` : 'New customer'}
        noun="customer"
        backPath="/customers"
        backLabel="Customers"
        saveLabel="Save customer"
        isSaving={saving.isPending}
        isDirty={isDirty}
        errors={errors}
        onSave={submit}
        archive={
          customer ? { archived: customer.archived, onToggle: () => void toggleArchive(customer) } : undefined
        }
        extraActions={
          customer && mayReadAccount ? (
            <button type="button" onClick={() => void openAccount(customer.id)}>
              Account
            </button>
          ) : null
        }
      >
        <fieldset className="section">
          <legend>General</legend>
          <CustomerGeneralFields form={form} set={set} errors={errors.fields} />
        </fieldset>
        <fieldset className="section">
          <legend>Addresses</legend>
          <AddressFields
            path="billingAddress"
            labelPrefix="Billing"
            value={form.billingAddress}
            onChange={(v) => set('billingAddress', v)}
            errors={errors.fields}
          />
          <CheckboxField
            label="Shipping address same as billing"
            checked={form.shippingSameAsBilling}
            onChange={(v) => set('shippingSameAsBilling', v)}
          />
          {form.shippingSameAsBilling ? null : (
            <AddressFields
              path="shippingAddress"
              labelPrefix="Shipping"
              value={form.shippingAddress}
              onChange={(v) => set('shippingAddress', v)}
              errors={errors.fields}
            />
          )}
        </fieldset>
        <fieldset className="section">
          <legend>Contacts</legend>
          <ContactsGrid
            contacts={form.contacts}
            onChange={(v) => set('contacts', v)}
            errors={errors.fields}
          />
        </fieldset>
        <fieldset className="section">
          <legend>Notes</legend>
          <TextAreaField
            label="Notes"
            value={form.notes}
            onChange={(v) => set('notes', v)}
            error={errors.fields.notes}
            rows={5}
          />
        </fieldset>
      </EditorFrame>
    </div>
  );
}

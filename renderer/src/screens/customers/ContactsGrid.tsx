// Contacts as a small grid: one row per person, add and remove rows, one primary contact.
import type { ReactNode } from 'react';
import { newContact, type ContactForm } from './customerForm';

interface ContactsGridProps {
  contacts: ContactForm[];
  onChange: (contacts: ContactForm[]) => void;
  errors: Record<string, string>;
}

const textColumns = [
  { key: 'name', label: 'Name', type: 'text' },
  { key: 'email', label: 'E-mail', type: 'email' },
  { key: 'phone', label: 'Phone', type: 'tel' },
  { key: 'role', label: 'Role', type: 'text' },
] as const;

export function ContactsGrid({ contacts, onChange, errors }: ContactsGridProps) {
  const update = (index: number, patch: Partial<ContactForm>) =>
    onChange(contacts.map((contact, i) => (i === index ? { ...contact, ...patch } : contact)));
  const setPrimary = (index: number, isPrimary: boolean) =>
    onChange(contacts.map((contact, i) => ({ ...contact, isPrimary: i === index ? isPrimary : false })));

  let grid: ReactNode = <p className="muted">No contacts yet.</p>;
  if (contacts.length > 0) {
    grid = (
      <table className="grid-table contacts-grid">
        <thead>
          <tr>
            {textColumns.map((column) => (
              <th key={column.key} scope="col">
                {column.label}
              </th>
            ))}
            <th scope="col">Primary</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((contact, index) => (
            <tr key={contact.key}>
              {textColumns.map((column) => {
                const error = errors[`contacts.${index}.${column.key}`];
                const errorId = `contact-${contact.key}-${column.key}-error`;
                return (
                  <td key={column.key}>
                    <input
                      type={column.type}
                      aria-label={`${column.label}, contact ${index + 1}`}
                      value={contact[column.key]}
                      onChange={(event) => update(index, { [column.key]: event.target.value })}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? errorId : undefined}
                    />
                    {error ? (
                      <p id={errorId} className="field-error">
                        {error}
                      </p>
                    ) : null}
                  </td>
                );
              })}
              <td className="center">
                <input
                  type="checkbox"
                  aria-label={`Primary contact, contact ${index + 1}`}
                  checked={contact.isPrimary}
                  onChange={(event) => setPrimary(index, event.target.checked)}
                />
              </td>
              <td className="row-action">
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove contact ${index + 1}`}
                  onClick={() => onChange(contacts.filter((_, i) => i !== index))}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }

  return (
    <>
      {grid}
      {errors.contacts ? <p className="field-error">{errors.contacts}</p> : null}
      <button type="button" onClick={() => onChange([...contacts, newContact(contacts.length === 0)])}>
        Add contact
      </button>
    </>
  );
}

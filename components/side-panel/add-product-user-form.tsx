import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { FormFooter } from '@/components/shared/form-footer';
import { addProductUser } from '@/lib/db/new-user-write';
import { normaliseEmail } from '@/lib/domain/email';
import { nameWords } from '@/lib/match/person-name';
import type { TabDetection } from '@/lib/messaging/tab-detection';
import { accountForPersonQuery } from '@/lib/panel/account-for-person-query';
import { useLocalWrite } from '@/lib/panel/use-local-write';

export interface AddProductUserFormProps {
  detection: TabDetection;
  onAdded(userId: string): void;
  onCancel(): void;
}

/** "Ms. Ada Lovelace" → first "Ada", last "Lovelace", in the CRM's own capitalisation. */
function splitName(name: string | undefined): { first: string; last: string } {
  const count = nameWords(name).length;
  const words = (name ?? '').replace(',', ' ').trim().split(/\s+/).filter(Boolean);
  const kept = words.slice(words.length - count);
  if (name?.includes(',')) return { first: kept.slice(1).join(' '), last: kept[0] ?? '' };
  return { first: kept.slice(0, -1).join(' '), last: kept.at(-1) ?? '' };
}

/** A product user prefilled from what the CRM page shows; saved through the outbox. */
export function AddProductUserForm({ detection, onAdded, onCancel }: AddProductUserFormProps) {
  const person = detection.person;
  const name = splitName(person?.name);
  const [form, setForm] = useState({
    firstName: name.first,
    lastName: name.last,
    email: person?.emails[0] ?? '',
    title: person?.title ?? '',
    phone: person?.phone ?? '',
  });
  const [accountChoice, setAccountChoice] = useState<string>();
  const add = useLocalWrite(addProductUser, (message) => `Could not add the user: ${message}`);
  const id = useId();
  const { data: account } = useQuery(accountForPersonQuery(person?.company, form.email));
  const accountId = accountChoice ?? account?.id ?? '';

  const field = (key: keyof typeof form, label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`${id}-${key}`} className="field-label">
        {label}
      </label>
      <input
        id={`${id}-${key}`}
        className="input"
        type={type}
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </div>
  );

  const save = async () => {
    if (!normaliseEmail(form.email) || !form.email.includes('@')) {
      add.setError('Enter the email the person signs in with, e.g. ada@example.com.');
      return;
    }
    const added = await add.run({
      ...form,
      accountId: accountId || undefined,
      ...(detection.crm ? { crm: { id: detection.crm, recordId: person?.recordId } } : {}),
    });
    if (added.ok) onAdded(added.value.id);
  };

  return (
    <form
      className="card add-user-form"
      aria-label="Add as product user"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="card-head">
        <h2>Add as product user</h2>
      </div>
      {field('firstName', 'First name')}
      {field('lastName', 'Last name')}
      {field('email', 'Email', 'email')}
      {field('title', 'Title')}
      {field('phone', 'Phone', 'tel')}
      <div className="field">
        <label htmlFor={`${id}-account`} className="field-label">
          Account
        </label>
        <select
          id={`${id}-account`}
          className="input"
          value={accountId}
          onChange={(e) => setAccountChoice(e.target.value)}
        >
          <option value="">No account</option>
          {account ? <option value={account.id}>{account.name}</option> : null}
        </select>
        {person?.company && !account ? (
          <p className="muted small">No account matches “{person.company}”.</p>
        ) : null}
      </div>
      <p className="muted small">
        They show as a Zombie (no activity) until the product sends events for them.
      </p>
      <FormFooter
        error={add.error}
        submitLabel="Add user"
        submitClassName="button"
        disabled={add.pending}
        cancelClassName="link-button"
        onCancel={onCancel}
      />
    </form>
  );
}

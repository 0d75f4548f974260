import Link from 'next/link';
import type { ReactNode } from 'react';

type FilterFormProps = {
  /** The page the form filters: the GET target and the "reset" link. */
  action: string;
  label: string;
  /** The grid's columns (the card, grid and gap are given). */
  columns: string;
  filtered: boolean;
  applyLabel: string;
  resetLabel: string;
  children: ReactNode;
};

/** A plain GET form: the filters live in the URL, so it works without JavaScript and can be bookmarked. */
export function FilterForm({ action, label, columns, filtered, applyLabel, resetLabel, children }: FilterFormProps) {
  return (
    <form method="get" action={action} role="search" aria-label={label} className={`card grid gap-3 p-4 ${columns}`}>
      {children}
      <div className="flex items-end gap-2">
        <button type="submit" className="btn btn-primary">
          {applyLabel}
        </button>
        {filtered && (
          <Link href={action} className="btn btn-ghost">
            {resetLabel}
          </Link>
        )}
      </div>
    </form>
  );
}

type FieldProps = { id: string; name: string; label: string; defaultValue: string; className?: string };

function FilterField({ id, label, className, children }: { id: string; label: string; className?: string; children: ReactNode }) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children}
    </div>
  );
}

/** A labelled select; `anyLabel` adds a first option with the empty value (no filter). */
export function FilterSelect({
  options,
  anyLabel,
  ...field
}: FieldProps & { options: readonly { value: string; label: string }[]; anyLabel?: string }) {
  return (
    <FilterField {...field}>
      <select id={field.id} name={field.name} defaultValue={field.defaultValue} className="input">
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FilterField>
  );
}

/** A labelled text, search or date input. */
export function FilterInput({ type, placeholder, ...field }: FieldProps & { type: 'search' | 'date'; placeholder?: string }) {
  return (
    <FilterField {...field}>
      <input id={field.id} name={field.name} type={type} defaultValue={field.defaultValue} placeholder={placeholder} className="input" />
    </FilterField>
  );
}

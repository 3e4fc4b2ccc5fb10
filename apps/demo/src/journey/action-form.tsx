import { type FormEvent, useEffect, useRef, useState } from 'react';
import { describeError } from '../session/describe-error.ts';

export interface FieldSpec {
  readonly name: string;
  readonly label: string;
  readonly kind: 'date' | 'text' | 'number' | 'select';
  readonly options?: readonly (readonly [value: string, label: string])[];
  readonly hint?: string;
  readonly initial?: string;
  /** Left out of the input when empty. */
  readonly optional?: boolean;
}

interface ErrorItem {
  readonly code: string;
  readonly message: string;
  readonly path?: readonly string[] | null;
}

/** What an SDK mutation method resolves to, as far as a form needs it. */
export type ActionResult =
  | { readonly ok: true; readonly requestId?: string | null }
  | {
      readonly ok: false;
      readonly error: ErrorItem & {
        readonly __typename: string;
        readonly issues?: readonly ErrorItem[];
        readonly violations?: readonly ErrorItem[];
      };
    };

export interface FieldError {
  readonly field: string | null;
  readonly message: string;
}

/**
 * The API's typed error as messages next to the fields they concern: a path segment that names a
 * field puts the message there; the rest go in the summary only.
 */
export function fieldErrors(
  error: Extract<ActionResult, { ok: false }>['error'],
  fields: readonly string[],
): FieldError[] {
  const items = [...(error.issues ?? []), ...(error.violations ?? [])];
  const all = items.length > 0 ? items : [error];
  return all.map((item) => ({
    field: [...(item.path ?? [])].reverse().find((segment) => fields.includes(segment)) ?? null,
    message: item.message,
  }));
}

interface ActionFormProps {
  readonly id: string;
  readonly title: string;
  readonly fields: readonly FieldSpec[];
  readonly submitLabel: string;
  readonly run: (values: Readonly<Record<string, string>>) => Promise<ActionResult>;
  readonly onDone: (message: string) => void;
}

/** What a form offers: its fields with their defaults and choices. */
const offerOf = (fields: readonly FieldSpec[]) =>
  JSON.stringify(fields.map((field) => [field.name, field.initial ?? '', field.options ?? []]));

/**
 * A GOV.UK form for one step of the journey, sent through an SDK mutation method. When a reload
 * (a live update) changes what the form offers, it starts again from the new defaults and
 * choices; otherwise what was typed into it stays.
 */
export function ActionForm(props: ActionFormProps) {
  return <Form key={offerOf(props.fields)} {...props} />;
}

function Form({ id, title, fields, submitLabel, run, onDone }: ActionFormProps) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((field) => [field.name, field.initial ?? ''])),
  );
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sending, setSending] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = fields.filter((field) => !field.optional && values[field.name] === '');
    if (missing.length > 0) {
      setErrors(
        missing.map((field) => ({
          field: field.name,
          message: `Enter ${field.label.toLowerCase()}`,
        })),
      );
      return;
    }
    setSending(true);
    try {
      const result = await run(values);
      if (result.ok) {
        setErrors([]);
        onDone(`${title}: done.`);
      } else {
        setErrors(
          fieldErrors(
            result.error,
            fields.map((field) => field.name),
          ),
        );
      }
    } catch (error) {
      setErrors([{ field: null, message: describeError(error) }]);
    } finally {
      setSending(false);
    }
  }

  const errorFor = (name: string) => errors.filter((error) => error.field === name);
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} data-testid={`form-${id}`}>
      <h3 className="govuk-heading-m" id={`${id}-title`}>
        {title}
      </h3>
      {errors.length > 0 && (
        <div
          className="govuk-error-summary"
          tabIndex={-1}
          ref={summary}
          role="alert"
          aria-labelledby={`${id}-error-title`}
        >
          <h4 className="govuk-error-summary__title" id={`${id}-error-title`}>
            There is a problem
          </h4>
          <div className="govuk-error-summary__body">
            <ul className="govuk-list govuk-error-summary__list">
              {errors.map((error, index) => (
                <li key={index}>
                  <a href={`#${id}-${error.field ?? fields[0]?.name}`}>{error.message}</a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {fields.map((field) => {
        const inputId = `${id}-${field.name}`;
        const own = errorFor(field.name);
        const describedBy = [
          field.hint ? `${inputId}-hint` : null,
          own.length > 0 ? `${inputId}-error` : null,
        ]
          .filter(Boolean)
          .join(' ');
        const common = {
          id: inputId,
          name: field.name,
          value: values[field.name] ?? '',
          'aria-describedby': describedBy || undefined,
          onChange: (event: { target: { value: string } }) =>
            setValues((previous) => ({ ...previous, [field.name]: event.target.value })),
        };
        return (
          <div
            key={field.name}
            className={`govuk-form-group${own.length > 0 ? ' govuk-form-group--error' : ''}`}
          >
            <label className="govuk-label" htmlFor={inputId}>
              {field.label}
            </label>
            {field.hint && (
              <div className="govuk-hint" id={`${inputId}-hint`}>
                {field.hint}
              </div>
            )}
            {own.length > 0 && (
              <p className="govuk-error-message" id={`${inputId}-error`}>
                <span className="govuk-visually-hidden">Error:</span>{' '}
                {own.map((error) => error.message).join(' ')}
              </p>
            )}
            {field.kind === 'select' ? (
              <select
                className={`govuk-select${own.length > 0 ? ' govuk-select--error' : ''}`}
                {...common}
              >
                {field.optional && <option value="">Not recorded</option>}
                {field.options?.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                className={`govuk-input${field.kind === 'text' ? '' : ' govuk-input--width-10'}${own.length > 0 ? ' govuk-input--error' : ''}`}
                type={field.kind === 'number' ? 'text' : field.kind}
                inputMode={field.kind === 'number' ? 'decimal' : undefined}
                {...common}
              />
            )}
          </div>
        );
      })}
      <button type="submit" className="govuk-button" disabled={sending}>
        {sending ? 'Sending…' : submitLabel}
      </button>
    </form>
  );
}

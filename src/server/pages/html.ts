/**
 * HTML written with a tagged template that escapes every value put into it, so text from the
 * database or the address can never become markup. Only `Html` values (other templates, or
 * `trustedHtml` for markup the code itself writes) pass through as they are.
 */
import escapeHtml from "escape-html";

export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Value = Html | string | number | boolean | null | undefined | Value[];

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let text = strings[0];
  values.forEach((value, index) => {
    text += render(value) + strings[index + 1];
  });
  return new Html(text);
}

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/** Markup the code wrote itself (never text from a request or the database). */
export function trustedHtml(text: string): Html {
  return new Html(text);
}

/** JSON inside a <script> element: nothing in it can close the element early. */
export function jsonForScript(value: unknown): Html {
  return new Html(JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029"));
}

/**
 * An e-mail address as desk staff see it in a search: enough for the person to say "yes, that is mine"
 * (the first letter of the name and of the domain, and the domain's ending), not enough to write to them.
 * `anna.petrova@example.org` → `a***@e***.org`.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const masked = dot > 0 ? `${domain[0]}***${domain.slice(dot)}` : '***';
  return `${[...local][0]}***@${masked}`;
}

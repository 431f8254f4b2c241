// A table entry by a name that came from a user: only the table's own entries, never what every
// object inherits ("constructor", "toString").
export function ownEntry<T>(table: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

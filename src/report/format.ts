// Number formatting shared by every renderer, so the terminal and the PR comment agree.

export function int(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

export function num(n: number, digits = 1): string {
  return n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function usd(n: number | null): string {
  if (n === null) return "unknown price";
  if (n === 0) return "$0.00";
  if (n < 0.01) return `$${n.toPrecision(2)}`;
  return `$${n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function hours(h: number): string {
  if (h < 1 / 60) return `${num(h * 3600, 0)} s`;
  if (h < 1) return `${num(h * 60, 1)} min`;
  return `${num(h, 2)} h`;
}

export function place(file: string, line: number): string {
  return line > 0 ? `${file}:${line}` : file;
}

// Number formatting shared by every report (review, train, eval), so the terminal, the job summary and
// the comment agree.

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

/** Seconds as "0.4 s", "12 s", "3 min 5 s", "2 h 4 min". */
export function duration(seconds: number): string {
  if (seconds < 9.95) return `${Math.max(0, seconds).toFixed(1)} s`;
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

/** A size in binary units: "512 B", "1.5 KiB", "160.0 MiB", "2.25 GiB". */
export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${num(n / 1024, 1)} KiB`;
  if (n < 1024 ** 3) return `${num(n / 1024 ** 2, 1)} MiB`;
  return `${num(n / 1024 ** 3, 2)} GiB`;
}

/** Totals of the budget for citizens: by section, subsection, programme and district, per resident. Exact. Pure. */
import { add, divInt, parseDecimal, ZERO, type Fraction } from './fraction.js';
import type { BudgetLine } from './city-budget-csv.js';
import { budgetSections } from './city-budget-sections.js';

/** A budget line as stored (a parsed line without its line number). */
export type SumLine = Omit<BudgetLine, 'line'>;

/** Planned and executed as exact decimal strings with kopecks. */
export interface Amounts {
  planned: string;
  executed: string;
}

export interface NamedAmounts extends Amounts {
  code: string;
  nameRu: string;
  nameEn: string | null;
  explanationRu: string | null;
  explanationEn: string | null;
}

export interface SectionSums extends NamedAmounts {
  /** Planned per resident (roubles, rounded half up to kopecks). */
  plannedPerResident: string;
  items: NamedAmounts[];
}

export interface BudgetSums {
  revenue: Amounts & { plannedPerResident: string; executedPerResident: string };
  expenditure: Amounts & { plannedPerResident: string; executedPerResident: string };
  /** Planned revenue minus planned expenditure (negative: a deficit). */
  balancePlanned: string;
  revenues: NamedAmounts[];
  sections: SectionSums[];
  programmes: (Amounts & { name: string })[];
  districts: (Amounts & { districtId: string })[];
}

/** A fraction as a decimal string with exactly two decimals, rounded half away from zero. */
export function toMoney(f: Fraction): string {
  const neg = f.n < 0n;
  const n = neg ? -f.n : f.n;
  const cents = (n * 200n + f.d) / (2n * f.d);
  const s = cents.toString().padStart(3, '0');
  return `${neg && cents !== 0n ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
}

class Acc {
  planned: Fraction = ZERO;
  executed: Fraction = ZERO;
  addLine(l: { planned: string; executed: string }) {
    this.planned = add(this.planned, parseDecimal(l.planned));
    this.executed = add(this.executed, parseDecimal(l.executed));
  }
  amounts(): Amounts {
    return { planned: toMoney(this.planned), executed: toMoney(this.executed) };
  }
}

const perResident = (f: Fraction, population: number) => toMoney(divInt(f, BigInt(population)));
const byPlannedDesc = (a: Amounts, b: Amounts) => {
  const d = parseDecimal(b.planned);
  const c = parseDecimal(a.planned);
  const l = d.n * c.d;
  const r = c.n * d.d;
  return l < r ? -1 : l > r ? 1 : 0;
};

/**
 * Every line counts once: sections are the sums of their lines (section-level and subsection lines
 * alike), subsections group lines by code and name, programmes and districts group the lines that name one.
 */
export function budgetSums(lines: readonly SumLine[], population: number): BudgetSums {
  const revenue = new Acc();
  const expenditure = new Acc();
  const revenues = new Map<string, { acc: Acc; line: SumLine }>();
  const sections = new Map<string, { acc: Acc; items: Map<string, { acc: Acc; line: SumLine }> }>();
  const programmes = new Map<string, Acc>();
  const districts = new Map<string, Acc>();
  for (const l of lines) {
    if (l.kind === 'revenue') {
      revenue.addLine(l);
      const key = `${l.code}\u0000${l.nameRu}`;
      const g = revenues.get(key) ?? { acc: new Acc(), line: l };
      g.acc.addLine(l);
      revenues.set(key, g);
      continue;
    }
    expenditure.addLine(l);
    const section = l.code.slice(0, 2);
    const s = sections.get(section) ?? { acc: new Acc(), items: new Map() };
    s.acc.addLine(l);
    const key = `${l.code}\u0000${l.nameRu}`;
    const item = s.items.get(key) ?? { acc: new Acc(), line: l };
    item.acc.addLine(l);
    s.items.set(key, item);
    sections.set(section, s);
    if (l.programme) {
      const a = programmes.get(l.programme) ?? new Acc();
      a.addLine(l);
      programmes.set(l.programme, a);
    }
    if (l.districtId) {
      const a = districts.get(l.districtId) ?? new Acc();
      a.addLine(l);
      districts.set(l.districtId, a);
    }
  }
  const named = (g: { acc: Acc; line: SumLine }): NamedAmounts => ({
    code: g.line.code,
    nameRu: g.line.nameRu,
    nameEn: g.line.nameEn,
    explanationRu: g.line.explanationRu,
    explanationEn: g.line.explanationEn,
    ...g.acc.amounts(),
  });
  return {
    revenue: {
      ...revenue.amounts(),
      plannedPerResident: perResident(revenue.planned, population),
      executedPerResident: perResident(revenue.executed, population),
    },
    expenditure: {
      ...expenditure.amounts(),
      plannedPerResident: perResident(expenditure.planned, population),
      executedPerResident: perResident(expenditure.executed, population),
    },
    balancePlanned: toMoney(add(revenue.planned, { n: -expenditure.planned.n, d: expenditure.planned.d })),
    revenues: [...revenues.values()].map(named).sort(byPlannedDesc),
    sections: budgetSections
      .filter((b) => sections.has(b.section))
      .map((b) => {
        const s = sections.get(b.section)!;
        return {
          code: `${b.section}00`,
          nameRu: b.nameRu,
          nameEn: b.nameEn,
          explanationRu: b.explanationRu,
          explanationEn: b.explanationEn,
          ...s.acc.amounts(),
          plannedPerResident: perResident(s.acc.planned, population),
          items: [...s.items.values()].map(named).sort(byPlannedDesc),
        };
      })
      .sort(byPlannedDesc),
    programmes: [...programmes.entries()].map(([name, a]) => ({ name, ...a.amounts() })).sort(byPlannedDesc),
    districts: [...districts.entries()].map(([districtId, a]) => ({ districtId, ...a.amounts() })).sort(byPlannedDesc),
  };
}

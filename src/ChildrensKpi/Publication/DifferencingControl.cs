namespace ChildrensKpi;

/// <summary>
/// Secondary suppression of one indicator's counts (its numerators, or its denominators) across the periods published
/// together: the year, each month, the year to date, the rolling twelve months. Where the counts add up (a count of
/// referrals in a quarter is the sum of its months' counts: the measures of items in a period), a withheld month would
/// otherwise be worked out by differencing (the year to date at May less that at April), and a withheld year to date
/// from its months. This finds every withheld count that the published counts determine — exactly, by linear algebra on
/// the sums, or to a single value, by the bounds a reader knows (every count is at least 0; a caller that tells readers
/// more gives tighter bounds) — and withholds one more count, the smallest whose withholding frees it (a 0 last, as it
/// protects least), until none is determined. Counts that do not add up (a population at a date, as NI 62's) have no such relation, and none is added.
/// </summary>
internal static class DifferencingControl
{
    /// <summary>One count: the months it covers (as month numbers, year × 12 + month − 1; -1 when not whole months), its value, and, when withheld, the bounds a reader knows it lies in.</summary>
    internal readonly record struct Count(int FirstMonth, int LastMonth, decimal Value, bool Withheld, decimal Low, decimal High);

    /// <summary>The indexes of <paramref name="counts"/> that must also be withheld.</summary>
    public static HashSet<int> Secondary(IReadOnlyList<Count> counts)
    {
        // One cell per period covered: counts of the same period (the year and the year to date at its end) are one figure.
        var cells = new List<(int First, int Last, decimal Value)>();
        var cellOf = new int[counts.Count];
        var byPeriod = new Dictionary<(int, int), int>();
        var low = new List<double>();
        var high = new List<double>();
        var withheld = new List<bool>();
        for (int i = 0; i < counts.Count; i++)
        {
            var c = counts[i];
            if (c.FirstMonth < 0)
            {
                cellOf[i] = -1;
                continue;
            }
            if (!byPeriod.TryGetValue((c.FirstMonth, c.LastMonth), out int cell))
            {
                cell = cells.Count;
                byPeriod.Add((c.FirstMonth, c.LastMonth), cell);
                cells.Add((c.FirstMonth, c.LastMonth, c.Value));
                low.Add(0);
                high.Add(double.PositiveInfinity);
                withheld.Add(false);
            }
            cellOf[i] = cell;
            if (c.Withheld)
            {
                withheld[cell] = true;
                low[cell] = Math.Max(low[cell], (double)c.Low);
                high[cell] = Math.Min(high[cell], (double)c.High);
            }
        }
        var added = Protect(cells, Relations(cells, byPeriod), withheld, low, high, _ => true);
        var secondary = new HashSet<int>();
        for (int i = 0; i < counts.Count; i++)
        {
            if (cellOf[i] >= 0 && added.Contains(cellOf[i]) && !counts[i].Withheld)
            {
                secondary.Add(i);
            }
        }
        return secondary;
    }

    /// <summary>
    /// The indexes of <paramref name="figures"/> that must also be withheld so that no withheld figure that must be
    /// protected is determined by the published ones through <paramref name="relations"/>, each a figure equal to the
    /// sum of the others it names (<c>[whole, part, part...]</c>; <c>[a, b]</c> says a equals b). A hidden figure is
    /// one never published (a count only the relations name, such as the social workers in post): it is unknown to a
    /// reader, cannot be chosen to withhold, and is protected only when <paramref name="protect"/> says so (a small one).
    /// A reader is taken to know of an unknown figure only that it is at least 0.
    /// </summary>
    public static HashSet<int> Secondary(IReadOnlyList<(decimal Value, bool Withheld)> figures, IReadOnlyList<int[]> relations, Func<int, bool> protect)
    {
        var cells = figures.Select((f, i) => (i, i, f.Value)).ToList();
        var withheld = figures.Select(f => f.Withheld).ToList();
        var low = figures.Select(_ => 0d).ToList();
        var high = figures.Select(_ => double.PositiveInfinity).ToList();
        return Protect(cells, [.. relations], withheld, low, high, protect);
    }

    /// <summary>
    /// Withholds cells one at a time until no withheld cell that <paramref name="protect"/> names is determined by the
    /// <paramref name="relations"/>: each time the smallest published cell whose withholding frees the exposed one, or
    /// failing one, the smallest published cell of a relation with it. The cells withheld, by index.
    /// </summary>
    private static HashSet<int> Protect(List<(int First, int Last, decimal Value)> cells, List<int[]> relations, List<bool> withheld,
        List<double> low, List<double> high, Func<int, bool> protect)
    {
        var added = new HashSet<int>();
        for (int guard = 0; guard <= cells.Count; guard++)
        {
            int exposed = Exposures(cells, relations, withheld, low, high).Where(protect).DefaultIfEmpty(-1).First();
            if (exposed < 0)
            {
                break;
            }
            // The smallest published count whose withholding leaves the exposed one undetermined, or failing one, the
            // smallest published count of a sum with it; a 0 protects least (it may be 0 and nothing else), so it comes last.
            int choice = -1, fallback = -1;
            var inSums = relations.Where(r => r.Contains(exposed)).SelectMany(r => r).ToHashSet();
            for (int cell = 0; cell < cells.Count; cell++)
            {
                if (withheld[cell])
                {
                    continue;
                }
                if (inSums.Contains(cell) && (fallback < 0 || Better(cells[cell], cells[fallback])))
                {
                    fallback = cell;
                }
                if (choice >= 0 && !Better(cells[cell], cells[choice]))
                {
                    continue;
                }
                withheld[cell] = true;
                (double l, double h) = (low[cell], high[cell]);
                (low[cell], high[cell]) = (0, double.PositiveInfinity);
                if (!IsExposed(exposed, cells, relations, withheld, low, high))
                {
                    choice = cell;
                }
                withheld[cell] = false;
                (low[cell], high[cell]) = (l, h);
            }
            choice = choice >= 0 ? choice : fallback;
            if (choice < 0)
            {
                break;
            }
            withheld[choice] = true;
            low[choice] = 0;
            high[choice] = double.PositiveInfinity;
            added.Add(choice);
        }
        return added;
    }

    private static bool Better((int First, int Last, decimal Value) a, (int First, int Last, decimal Value) b) =>
        (a.Value == 0, a.Value, a.Last - a.First, a.First).CompareTo((b.Value == 0, b.Value, b.Last - b.First, b.First)) < 0;

    // Each count of several months whose months are all published as counts equals their sum: a relation {whole, months...}.
    // None when the counts do not add up, which is what a count of a population at a date does.
    private static List<int[]> Relations(List<(int First, int Last, decimal Value)> cells, Dictionary<(int, int), int> byPeriod)
    {
        var relations = new List<int[]>();
        for (int cell = 0; cell < cells.Count; cell++)
        {
            var (first, last, value) = cells[cell];
            if (first == last)
            {
                continue;
            }
            var months = new List<int> { cell };
            decimal sum = 0;
            for (int m = first; m <= last && months.Count > 0; m++)
            {
                if (byPeriod.TryGetValue((m, m), out int month))
                {
                    months.Add(month);
                    sum += cells[month].Value;
                }
                else
                {
                    months.Clear();
                }
            }
            if (months.Count == 0)
            {
                continue;
            }
            if (sum != value)
            {
                return [];
            }
            relations.Add([.. months]);
        }
        // And what two of them give together: a count of months nested in another with the same first or last month
        // leaves the months between as their difference (the year to date at May less that at April is May), whose
        // bounds a reader can narrow as those of any sum.
        var wholes = relations.Select(r => r[0]).ToList();
        foreach (int outer in wholes)
        {
            foreach (int inner in wholes)
            {
                var (of, ol, _) = cells[outer];
                var (inf, inl, _) = cells[inner];
                bool nested = inner != outer && of <= inf && inl <= ol && (of == inf || ol == inl);
                if (!nested)
                {
                    continue;
                }
                var between = of == inf ? Enumerable.Range(inl + 1, ol - inl) : Enumerable.Range(of, inf - of);
                relations.Add([outer, inner, .. between.Select(m => byPeriod[(m, m)])]);
            }
        }
        return relations;
    }

    private static bool IsExposed(int cell, List<(int First, int Last, decimal Value)> cells, List<int[]> relations, List<bool> withheld,
        List<double> low, List<double> high) =>
        Exposures(cells, relations, withheld, low, high).Contains(cell);

    // The withheld cells that the published cells determine (linearly, or to one value by the bounds).
    private static List<int> Exposures(List<(int First, int Last, decimal Value)> cells, List<int[]> relations, List<bool> withheld, List<double> low, List<double> high)
    {
        var unknowns = Enumerable.Range(0, cells.Count).Where(c => withheld[c]).ToList();
        var exposed = new List<int>();
        if (unknowns.Count == 0 || relations.Count == 0)
        {
            return exposed;
        }
        var column = unknowns.Select((cell, i) => (cell, i)).ToDictionary(p => p.cell, p => p.i);
        // Each relation: whole − Σ months = 0, the published cells moved to the right-hand side.
        var rows = new List<double[]>();
        foreach (var relation in relations)
        {
            var row = new double[unknowns.Count + 1];
            bool any = false;
            for (int k = 0; k < relation.Length; k++)
            {
                double sign = k == 0 ? 1 : -1;
                int cell = relation[k];
                if (column.TryGetValue(cell, out int j))
                {
                    row[j] += sign;
                    any = true;
                }
                else
                {
                    row[^1] -= sign * (double)cells[cell].Value;
                }
            }
            if (any)
            {
                rows.Add(row);
            }
        }
        // Both kinds, always: a caller that protects only some cells (not a hidden large one) must see every exposure.
        exposed.AddRange(Determined(rows, unknowns.Count).Select(j => unknowns[j]));
        // Bounds: propagate each relation's interval until nothing narrows; a cell narrowed to one value is exposed.
        var lo = unknowns.Select(c => low[c]).ToArray();
        var hi = unknowns.Select(c => high[c]).ToArray();
        for (int pass = 0; pass < 50; pass++)
        {
            bool narrowed = false;
            foreach (var row in rows)
            {
                for (int j = 0; j < unknowns.Count; j++)
                {
                    if (row[j] == 0)
                    {
                        continue;
                    }
                    // row[j] x_j = rhs − Σ_{k≠j} row[k] x_k
                    double restLow = 0, restHigh = 0;
                    for (int k = 0; k < unknowns.Count; k++)
                    {
                        if (k == j || row[k] == 0)
                        {
                            continue;
                        }
                        restLow += row[k] > 0 ? row[k] * lo[k] : row[k] * hi[k];
                        restHigh += row[k] > 0 ? row[k] * hi[k] : row[k] * lo[k];
                    }
                    double a = row[^1] - restHigh, b = row[^1] - restLow;
                    double newLow = row[j] > 0 ? a / row[j] : b / row[j];
                    double newHigh = row[j] > 0 ? b / row[j] : a / row[j];
                    if (newLow > lo[j] + 1e-9)
                    {
                        lo[j] = Math.Ceiling(newLow - 1e-9);
                        narrowed = true;
                    }
                    if (newHigh < hi[j] - 1e-9)
                    {
                        hi[j] = Math.Floor(newHigh + 1e-9);
                        narrowed = true;
                    }
                }
            }
            if (!narrowed)
            {
                break;
            }
        }
        // A count whose bounds alone leave one value (withheld as small under a threshold of 1) was never protected by them.
        exposed.AddRange(Enumerable.Range(0, unknowns.Count).Where(j => lo[j] >= hi[j] && low[unknowns[j]] < high[unknowns[j]]).Select(j => unknowns[j]));
        return [.. exposed.Distinct()];
    }

    // The unknowns fixed by the equations: in reduced row echelon form, a pivot whose row has no other unknown.
    private static IEnumerable<int> Determined(List<double[]> rows, int unknowns)
    {
        var m = rows.Select(r => (double[])r.Clone()).ToList();
        int rank = 0;
        var pivots = new List<int>();
        for (int col = 0; col < unknowns && rank < m.Count; col++)
        {
            int pivot = Enumerable.Range(rank, m.Count - rank).FirstOrDefault(r => Math.Abs(m[r][col]) > 1e-9, -1);
            if (pivot < 0)
            {
                continue;
            }
            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            double p = m[rank][col];
            for (int k = 0; k <= unknowns; k++)
            {
                m[rank][k] /= p;
            }
            for (int r = 0; r < m.Count; r++)
            {
                if (r != rank && Math.Abs(m[r][col]) > 1e-9)
                {
                    double f = m[r][col];
                    for (int k = 0; k <= unknowns; k++)
                    {
                        m[r][k] -= f * m[rank][k];
                    }
                }
            }
            pivots.Add(col);
            rank++;
        }
        for (int r = 0; r < pivots.Count; r++)
        {
            int col = pivots[r];
            if (Enumerable.Range(0, unknowns).All(k => k == col || Math.Abs(m[r][k]) < 1e-9))
            {
                yield return col;
            }
        }
    }
}

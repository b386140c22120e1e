using System.Collections;

namespace ChildrensKpi;

/// <summary>A child's periods of care: a range of <see cref="CareColumns"/> periods.</summary>
internal readonly struct PeriodsOfCare(CareColumns columns, int from, int to) : IReadOnlyList<CarePeriod>
{
    public int Length => to - from;

    public bool IsEmpty => to == from;

    int IReadOnlyCollection<CarePeriod>.Count => Length;

    public CarePeriod this[int index] => (uint)index < (uint)Length ? new(columns, from + index) : throw new ArgumentOutOfRangeException(nameof(index));

    public Enumerator GetEnumerator() => new(columns, from, to);

    IEnumerator<CarePeriod> IEnumerable<CarePeriod>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator(CareColumns columns, int from, int to) : IEnumerator<CarePeriod>
    {
        private int _at = from - 1;

        public readonly CarePeriod Current => new(columns, _at);

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_at < to;

        public void Reset() => _at = from - 1;

        public readonly void Dispose()
        {
        }
    }
}

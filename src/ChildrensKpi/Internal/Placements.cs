using System.Collections;

namespace ChildrensKpi;

/// <summary>A period's placements: a range of <see cref="CareColumns"/> placements.</summary>
internal readonly struct Placements(CareColumns columns, int from, int to) : IReadOnlyList<CarePlacement>
{
    public int Length => to - from;

    int IReadOnlyCollection<CarePlacement>.Count => Length;

    public CarePlacement this[int index] => (uint)index < (uint)Length ? new(columns, from + index) : throw new ArgumentOutOfRangeException(nameof(index));

    public Enumerator GetEnumerator() => new(columns, from, to);

    IEnumerator<CarePlacement> IEnumerable<CarePlacement>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator(CareColumns columns, int from, int to) : IEnumerator<CarePlacement>
    {
        private int _at = from - 1;

        public readonly CarePlacement Current => new(columns, _at);

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_at < to;

        public void Reset() => _at = from - 1;

        public readonly void Dispose()
        {
        }
    }
}

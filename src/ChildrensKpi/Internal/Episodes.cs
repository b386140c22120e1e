using System.Collections;

namespace ChildrensKpi;

/// <summary>A range of <see cref="CareColumns"/> episodes (a period's or a placement's), in date order.</summary>
internal readonly struct Episodes(CareColumns columns, int from, int to) : IReadOnlyList<EpisodeView>
{
    public int Count => to - from;

    public EpisodeView this[int index] => (uint)index < (uint)Count ? new(columns, from + index) : throw new ArgumentOutOfRangeException(nameof(index));

    public Enumerator GetEnumerator() => new(columns, from, to);

    IEnumerator<EpisodeView> IEnumerable<EpisodeView>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator(CareColumns columns, int from, int to) : IEnumerator<EpisodeView>
    {
        private int _at = from - 1;

        public readonly EpisodeView Current => new(columns, _at);

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_at < to;

        public void Reset() => _at = from - 1;

        public readonly void Dispose()
        {
        }
    }
}

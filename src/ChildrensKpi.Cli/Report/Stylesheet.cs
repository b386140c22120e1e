namespace ChildrensKpi.Cli.Report;

/// <summary>The report's inline CSS: system fonts only, large enough to read on screen and on paper, a page per section when printed.</summary>
internal static class Stylesheet
{
    public const string Css = """
        :root { --ink: #1b1b1b; --muted: #505a5f; --rule: #b1b4b6; --head: #f3f2f1; --link: #1d4f91; }
        html { font-family: "DejaVu Sans", Verdana, Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.45; color: var(--ink); background: #fff; }
        body { margin: 0 auto; max-width: 1320px; padding: 1.5rem 1.5rem 3rem; }
        h1 { font-size: 2rem; margin: 0 0 .5rem; }
        h2 { font-size: 1.6rem; margin: 2.5rem 0 .75rem; border-bottom: 3px solid var(--ink); padding-bottom: .25rem; }
        h2.contents { font-size: 1.1rem; border: 0; margin: 1rem 0 .25rem; }
        h3 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; }
        a { color: var(--link); }
        .lead { font-size: 1.15rem; max-width: 60em; }
        p { max-width: 60em; }
        nav ol { margin: 0; padding-left: 1.5rem; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: .95rem; }
        caption { text-align: left; font-weight: bold; padding: .25rem 0 .5rem; }
        th, td { border: 1px solid var(--rule); padding: .35rem .4rem; vertical-align: top; text-align: left; }
        thead th { background: var(--head); vertical-align: bottom; }
        tbody th { font-weight: bold; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        td.value { font-weight: bold; }
        td.name { min-width: 12em; }
        td.trend { white-space: nowrap; vertical-align: middle; }
        svg.sparkline { display: block; width: 90px; height: 28px; }
        .alias { font-weight: normal; color: var(--muted); font-size: .85rem; }
        .none { color: var(--muted); }
        tr.group th { background: var(--ink); color: #fff; font-size: 1rem; text-align: left; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        tr.total th, tr.total td { font-weight: bold; border-top: 2px solid var(--ink); }
        .rag { display: inline-block; padding: .1rem .5rem; border-radius: .25rem; font-weight: bold; white-space: nowrap; border: 2px solid transparent;
               -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .rag-red { background: #d4351c; color: #fff; }
        .rag-amber { background: #ffdd00; color: #0b0c0c; border-color: #b58c00; }
        .rag-green { background: #00703c; color: #fff; }
        .notes li { margin-bottom: .25rem; }
        figure.chart-figure { margin: 2rem 0; padding: 0; break-inside: avoid; page-break-inside: avoid; }
        .group-reading { font-style: italic; }
        figure.chart-figure h4 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; }
        .chart-meta { margin: 0 0 .5rem; color: var(--muted); }
        svg.chart { display: block; width: 100%; max-width: 960px; height: auto; border: 1px solid var(--rule); }
        .remark { color: var(--muted); font-size: .9rem; }
        figcaption { color: var(--muted); font-size: .9rem; margin-top: .25rem; }
        dl.indicators > dt { font-weight: bold; font-size: 1.1rem; margin-top: 1.25rem; }
        dl.indicators > dd { margin: .25rem 0 0 1rem; }
        dl.definition { display: grid; grid-template-columns: 8em 1fr; gap: .2rem 1rem; margin: 0; }
        dl.definition dt { font-weight: bold; color: var(--muted); }
        dl.definition dd { margin: 0; }
        dl.terms { display: grid; grid-template-columns: minmax(12em, 18em) 1fr; gap: .5rem 1.5rem; }
        dl.terms dt { font-weight: bold; }
        dl.terms dd { margin: 0; }
        table.counts { width: auto; min-width: 50%; }
        footer { margin-top: 3rem; color: var(--muted); font-size: .9rem; border-top: 1px solid var(--rule); }
        @page { size: A4; margin: 15mm; }
        @page wide { size: A4 landscape; margin: 12mm; }
        @media print {
          html { font-size: 11pt; }
          body { max-width: none; padding: 0; }
          nav, footer { display: none; }
          a { color: inherit; text-decoration: none; }
          section { break-before: page; page-break-before: always; }
          header, section.headline { page: wide; }
          section.headline { break-before: auto; page-break-before: auto; }
          h2, h3, dt { break-after: avoid; page-break-after: avoid; }
          tr, dd { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          .table-wrap { overflow: visible; }
          table { font-size: 10pt; }
          /* The headline's twelve columns must fit a landscape page (273 mm, about 1030 px): tighter cells, a narrower name column and sparkline. */
          th, td { padding: .25rem .3rem; }
          td.name { min-width: 9em; }
          svg.sparkline { width: 72px; height: 24px; }
          svg.chart { max-width: 100%; border: 0; }
        }
        """;
}

using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChildrensKpi.Fuzz;

/// <summary>
/// The same SSDA903 data in the DfE's XML form and as an Excel workbook, written from CSV tables by this test code's own
/// layout (not the reader's): each child a <c>CHILD</c> with its <c>HEADER</c> (CHILDID, SEX, DOB, ETHNIC, UPN, MOTHER,
/// MC_DOB; the OC3 and AD1 values; <c>AREVIEW</c>, <c>OC2</c>, <c>AMISSING</c>, <c>AD_PLACED</c> blocks) then its
/// <c>EPISODE</c>s, PLACE written as <c>PL</c>, as in the published fake_903.xml; a workbook with a sheet per table,
/// dates as Excel serial numbers in a date-formatted cell, whole numbers as numbers, text as shared strings. The fuzzer
/// starts its XML and workbook cases from these; the tests check the forms give what the CSV gives.
/// </summary>
public static class Ssda903Forms
{
    /// <summary>A CSV table: its columns and rows, split at commas (the sample and fuzz files quote no cell).</summary>
    public sealed record CsvTable(string[] Columns, List<string[]> Rows)
    {
        /// <summary>The table in the CSV file at <paramref name="path"/>.</summary>
        public static CsvTable Read(string path) => Parse(File.ReadAllText(path));

        /// <summary>The table in CSV <paramref name="text"/> (LF or CRLF), blank lines skipped.</summary>
        public static CsvTable Parse(string text)
        {
            var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
            return new CsvTable(lines[0].Split(','), [.. lines.Skip(1).Select(l => l.Split(','))]);
        }

        /// <summary>The row's value in <paramref name="column"/>; null when the table or the row has no such column.</summary>
        public string? Value(string[] row, string column) => Array.IndexOf(Columns, column) is var i and >= 0 && i < row.Length ? row[i] : null;
    }

    // The header's own values, then the child-level values of OC3 and AD1, in the return's order.
    private static readonly string[] HeaderValues = ["SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"];
    private static readonly string[] Oc3Values = ["IN_TOUCH", "ACTIV", "ACCOM"];
    private static readonly string[] Ad1Values = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"];

    // A UASC row is the HEADER's DUC (written even when empty: the element makes the row).
    private static readonly string[] UascValues = ["DUC"];

    // Tables written as repeated blocks inside HEADER: the table (its CSV file's name start), the block's element.
    private static readonly (string Table, string Element)[] HeaderBlocks =
        [("reviews", "AREVIEW"), ("oc2", "OC2"), ("missing", "AMISSING"), ("placed", "AD_PLACED")];

    /// <summary>One year's tables (by the start of their file name: header, episodes, oc3, ...) as an XML return.</summary>
    public static byte[] ToXml(IReadOnlyDictionary<string, CsvTable> tables)
    {
        CsvTable? Table(string name) => tables.TryGetValue(name, out var t) ? t : null;
        // Every child of any table, in the order first met (Header first).
        var children = tables.OrderBy(t => t.Key == "header" ? 0 : 1).SelectMany(t => t.Value.Rows.Select(r => t.Value.Value(r, "CHILD")!)).Distinct().ToList();
        using var bytes = new MemoryStream();
        using (var xml = XmlWriter.Create(bytes, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartElement("EXPSSDA903");
            foreach (var child in children)
            {
                xml.WriteStartElement("CHILD");
                xml.WriteStartElement("HEADER");
                xml.WriteElementString("CHILDID", child);
                var header = Rows(Table("header"), child).FirstOrDefault();
                if (header is not null)
                {
                    foreach (var column in HeaderValues)
                    {
                        xml.WriteElementString(column, Table("header")!.Value(header, column) ?? "");
                    }
                }
                else
                {
                    // A child in no Header row (a care leaver in OC3 alone): the header holds the id and DOB only.
                    var dob = tables.Values.SelectMany(t => Rows(t, child).Select(r => t.Value(r, "DOB"))).FirstOrDefault(d => d is not null);
                    xml.WriteElementString("DOB", dob ?? "");
                }
                foreach (var (table, columns) in new[] { ("oc3", Oc3Values), ("ad1", Ad1Values), ("uasc", UascValues) })
                {
                    foreach (var row in Rows(Table(table), child).Take(1))
                    {
                        foreach (var column in columns)
                        {
                            xml.WriteElementString(column, Table(table)!.Value(row, column) ?? "");
                        }
                    }
                }
                foreach (var (table, element) in HeaderBlocks)
                {
                    var t = Table(table);
                    foreach (var row in Rows(t, child))
                    {
                        xml.WriteStartElement(element);
                        foreach (var column in t!.Columns.Where(c => c is not ("CHILD" or "DOB")))
                        {
                            xml.WriteElementString(column, t.Value(row, column) ?? "");
                        }
                        xml.WriteEndElement();
                    }
                }
                xml.WriteEndElement();
                var episodes = Table("episodes");
                foreach (var row in Rows(episodes, child))
                {
                    xml.WriteStartElement("EPISODE");
                    foreach (var column in episodes!.Columns.Where(c => c != "CHILD"))
                    {
                        xml.WriteElementString(column == "PLACE" ? "PL" : column, episodes.Value(row, column) ?? "");
                    }
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return bytes.ToArray();
    }

    private static IEnumerable<string[]> Rows(CsvTable? table, string child) =>
        table is null ? [] : table.Rows.Where(r => table.Value(r, "CHILD") == child);

    /// <summary>Sheets (name, table) as an .xlsx workbook's bytes.</summary>
    public static byte[] ToWorkbook(IEnumerable<(string Sheet, CsvTable Table)> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            // Style 1 shows a date (built-in format 14, d/m/yyyy in an English locale).
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill(), new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            var strings = new List<string>();
            var stringIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            uint sheetId = 1;
            foreach (var (name, table) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                uint rowNumber = 1;
                foreach (var cells in new[] { table.Columns }.Concat(table.Rows))
                {
                    var row = new Row { RowIndex = rowNumber };
                    for (int i = 0; i < cells.Length; i++)
                    {
                        // An empty cell is left out, as Excel leaves it: the next cell's reference gives its column.
                        if (cells[i].Length > 0)
                        {
                            row.Append(Cell(cells[i], $"{Letters(i)}{rowNumber}", rowNumber == 1, strings, stringIndex));
                        }
                    }
                    data.Append(row);
                    rowNumber++;
                }
                part.Worksheet = new Worksheet(data);
                workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = name });
            }
            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s))));
        }
        return stream.ToArray();
    }

    private static Cell Cell(string value, string reference, bool header, List<string> strings, Dictionary<string, int> index)
    {
        if (!header && DateTime.TryParseExact(value, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            // Excel's serial day: 1 is 1 January 1900, counting its 29 February 1900, so from 1 March 1900 days since 30 December 1899.
            double serial = (date - new DateTime(1899, 12, 30)).TotalDays;
            return new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(serial.ToString(CultureInfo.InvariantCulture)) };
        }
        if (!header && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _) && !value.StartsWith('0'))
        {
            return new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(value) };
        }
        if (!index.TryGetValue(value, out int at))
        {
            index[value] = at = strings.Count;
            strings.Add(value);
        }
        return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(at.ToString(CultureInfo.InvariantCulture)) };
    }

    private static string Letters(int index) => index < 26 ? ((char)('A' + index)).ToString() : $"{(char)('A' + (index / 26) - 1)}{(char)('A' + (index % 26))}";
}

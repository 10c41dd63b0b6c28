using nietras.SeparatedValues;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical;

/// <summary>Reads one clinical CSV file into records, validating all of it before returning anything.</summary>
internal static class ClinicalTable
{
    // The header is read as a plain row: Sep's own header handling throws on repeated column names.
    private static readonly SepReaderOptions CsvOptions = Sep.New(',').Reader(o => o with
    {
        HasHeader = false,
        DisableColCountCheck = true,
    });

    public static IReadOnlyList<T> Read<T>(string path, RecordMapper<T> mapper, InputLimits? limits)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(path);
        var errors = new ErrorLog(Path.GetFileName(path));
        var text = Utf8Text.Decode(InputLineReader.ReadAllBytes(path, limits), errors);
        if (text is null)
        {
            throw errors.ToException();
        }

        if (text.Length == 0)
        {
            errors.Add(1, null, $"the file is empty; expected a header row such as {ExampleHeader(mapper)}");
            throw errors.ToException();
        }

        var records = ReadRows(text, mapper, errors);
        mapper.Finish(errors);
        return errors.IsEmpty ? records : throw errors.ToException();
    }

    private static List<T> ReadRows<T>(string text, RecordMapper<T> mapper, ErrorLog errors)
        where T : class
    {
        var records = new List<T>();
        Header? header = null;
        using var reader = CsvOptions.FromText(text);
        var nextLine = 1;
        while (!errors.IsFull && TryMoveNext(reader, nextLine, errors))
        {
            var row = reader.Current;
            // Sep reports the first row's LineNumberFrom as its LineNumberToExcl; the header is line 1 in any case.
            long line = row.RowIndex == 0 ? 1 : row.LineNumberFrom;
            nextLine = row.LineNumberToExcl;
            var cells = CellsOf(row, line, header, errors);
            if (header is null)
            {
                if (cells is null || row.Span.Length == 0)
                {
                    errors.Add(line, null, $"the header cannot be read; expected a header row such as {ExampleHeader(mapper)}");
                    break;
                }

                header = Header.Check(cells, mapper.Columns, errors);
            }
            else if (cells is not null && HasExpectedFieldCount(row, cells, line, header, errors)
                     && mapper.Map(new Record(header, cells, line, errors)) is { } record)
            {
                records.Add(record);
                mapper.Lines.Add(line);
            }
        }

        return records;
    }

    private static string ExampleHeader<T>(RecordMapper<T> mapper)
        where T : class => string.Join(",", mapper.Columns.Select(c => c.Name));

    private static bool TryMoveNext(SepReader reader, int nextLine, ErrorLog errors)
    {
        try
        {
            return reader.MoveNext();
        }
        catch (NotSupportedException)
        {
            // Sep gives up on a row longer than its maximum buffer (16 M characters).
            errors.Add(nextLine, null, "the row is too long to read; most likely a quoted field is never closed, so add its closing double quote");
            return false;
        }
    }

    /// <summary>The row's unquoted cells, or null after reporting malformed quoting.</summary>
    private static string[]? CellsOf(SepReader.Row row, long line, Header? header, ErrorLog errors)
    {
        var cells = new string[row.ColCount];
        var wellFormed = true;
        for (var i = 0; i < cells.Length; i++)
        {
            if (CsvField.Unescape(row[i].Span, out var problem) is { } cell)
            {
                cells[i] = cell;
                continue;
            }

            errors.Add(line, header is not null && i < header.Names.Count ? header.Names[i] : null, problem!);
            wellFormed = false;
        }

        return wellFormed ? cells : null;
    }

    private static bool HasExpectedFieldCount(SepReader.Row row, string[] cells, long line, Header header, ErrorLog errors)
    {
        if (cells.Length == header.Names.Count)
        {
            return true;
        }

        errors.Add(line, null, row.Span.Length == 0
            ? $"the line is empty; expected {header.Names.Count} fields as in the header, or remove the line"
            : $"the row has {cells.Length} field{(cells.Length == 1 ? "" : "s")}; expected {header.Names.Count} as in the header (quote fields that contain commas)");
        return false;
    }
}

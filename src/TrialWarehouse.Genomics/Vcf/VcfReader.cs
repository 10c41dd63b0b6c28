using TrialWarehouse.Domain;

namespace TrialWarehouse.Genomics.Vcf;

/// <summary>
/// Streams a VCF 4.0-4.5 file (plain, gzip or BGZF), validating as it goes. Only valid records are yielded; every
/// problem is collected in <see cref="Errors"/>, located by file name and line.
/// </summary>
public sealed class VcfReader : IDisposable
{
    private readonly VcfLineReader _lines;
    private readonly ErrorSink _errors;
    private readonly VcfReaderOptions _options;
    private bool _read;

    private VcfReader(VcfLineReader lines, ErrorSink errors, VcfReaderOptions options)
    {
        _lines = lines;
        _errors = errors;
        _options = options;
        Header = ReadHeader();
    }

    /// <summary>The header, or null when it is too broken to read records (see <see cref="Errors"/>).</summary>
    public VcfHeader? Header { get; }

    public IReadOnlyList<InputError> Errors => _errors.Errors;

    public bool HasErrors => _errors.Count > 0;

    /// <summary>
    /// Rejects the file when the reader or its caller found anything wrong: every error, in line order, up to the
    /// reader's <see cref="VcfReaderOptions.MaxErrors"/>.
    /// </summary>
    public void ThrowIfRejected(IEnumerable<InputError> callerErrors)
    {
        var all = Errors.Concat(callerErrors).OrderBy(e => e.Line).Take(_options.MaxErrors).ToList();
        if (all.Count > 0)
        {
            throw new InputRejectedException(all);
        }
    }

    /// <summary>
    /// Problems the spec tolerates, such as tags, filters or contigs the header does not declare (errors instead
    /// when <see cref="VcfReaderOptions.Strict"/>): each reported once, at its first line. Complete once the records
    /// have been read.
    /// </summary>
    public IReadOnlyList<InputError> Warnings => _errors.Warnings;

    public static VcfReader Open(string path, VcfReaderOptions? options = null)
    {
        options ??= VcfReaderOptions.Default;
        var errors = new ErrorSink(Path.GetFileName(path), options.MaxErrors);
        return new VcfReader(VcfLineReader.Open(path, options.Limits), errors, options);
    }

    /// <summary>Reads the whole file and returns every problem found (none for a valid file).</summary>
    public static IReadOnlyList<InputError> Validate(string path, VcfReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var reader = Open(path, options);
        foreach (var _ in reader.Records(cancellationToken))
        {
        }

        return reader.Errors;
    }

    /// <summary>The valid records, in file order. Can be enumerated once.</summary>
    public IEnumerable<VcfRecord> Records(CancellationToken cancellationToken = default)
    {
        if (_read)
        {
            throw new InvalidOperationException("the records of a VcfReader can be read only once");
        }

        _read = true;
        if (Header is null)
        {
            yield break;
        }

        var validator = new VcfRecordValidator(Header, _errors, _options.Strict);
        while (!_errors.IsFull)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string? line = ReadLine();
            if (line is null)
            {
                break;
            }

            if (line.StartsWith('#'))
            {
                _errors.Add(_lines.LineNumber, null, "header line after the #CHROM line: all ## lines must come before it");
                continue;
            }

            var record = validator.Validate(line, _lines.LineNumber);
            if (record is not null)
            {
                yield return record;
            }
        }

        if (_lines.BgzfEofMarkerMissing && !_lines.Stopped)
        {
            _errors.Add(_lines.LineNumber, null, "the BGZF end-of-file block is missing: the file was cut short (copy it again, or recompress it with bgzip)");
        }
    }

    public void Dispose() => _lines.Dispose();

    private VcfHeader? ReadHeader()
    {
        try
        {
            return VcfHeaderParser.Parse(_lines, _errors);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            ReportCorruptCompression(e);
            return null;
        }
        catch (InputRejectedException e)
        {
            ReportRefusedLine(e);
            return null;
        }
    }

    /// <summary>The next line; a line refused for its encoding is reported and skipped, a limit ends the file.</summary>
    private string? ReadLine()
    {
        while (true)
        {
            try
            {
                return _lines.ReadLine();
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                ReportCorruptCompression(e);
                return null;
            }
            catch (InputRejectedException e)
            {
                ReportRefusedLine(e);
                if (_lines.Stopped || _errors.IsFull)
                {
                    return null;
                }
            }
        }
    }

    private void ReportRefusedLine(InputRejectedException e)
    {
        foreach (var error in e.Errors)
        {
            _errors.Add(error.Line, error.Field, error.Message);
        }
    }

    private void ReportCorruptCompression(Exception e) =>
        _errors.Add(_lines.LineNumber + 1, null, $"the compressed data is corrupt or truncated after line {_lines.LineNumber} ({e.Message}): copy the file again, or recompress it with bgzip");
}

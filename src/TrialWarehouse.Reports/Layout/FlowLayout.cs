using PdfSharp.Drawing;

namespace TrialWarehouse.Reports.Layout;

/// <summary>
/// Places content top to bottom on pages of a fixed geometry and starts a new page when the next piece does not
/// fit. Produces a <see cref="DocumentLayout"/>: pages are laid out first, and drawn later, so totals such as
/// "page x of y" are known before anything reaches the PDF.
/// </summary>
internal sealed class FlowLayout
{
    private readonly List<List<LayoutOp>> _pages = [];
    private readonly bool _unbounded;

    // Tables wrap every cell twice (to size the row, then to draw it): measuring once saves a third of the layout time.
    private readonly Dictionary<(string Text, XFont Font, double Width), IReadOnlyList<string>> _wrapped;
    private readonly Dictionary<(string Text, XFont Font), double> _widths;

    public FlowLayout(PageGeometry geometry, XGraphics measure)
        : this(geometry, measure, unbounded: false, [], [])
    {
    }

    private FlowLayout(PageGeometry geometry, XGraphics measure, bool unbounded,
        Dictionary<(string, XFont, double), IReadOnlyList<string>> wrapped, Dictionary<(string, XFont), double> widths)
    {
        Geometry = geometry;
        Measure = measure;
        _unbounded = unbounded;
        _wrapped = wrapped;
        _widths = widths;
        _pages.Add([]);
        Y = unbounded ? 0 : geometry.ContentTop;
    }

    public PageGeometry Geometry { get; }

    public XGraphics Measure { get; }

    /// <summary>The top of the free space on the current page.</summary>
    public double Y { get; private set; }

    public double Left => Geometry.MarginLeft;

    public double Width => Geometry.ContentWidth;

    public int PageNumber => _pages.Count;

    private double Top => _unbounded ? 0 : Geometry.ContentTop;

    private bool AtPageTop => Y <= Top;

    public double Remaining => _unbounded ? double.PositiveInfinity : Geometry.ContentBottom - Y;

    public void Add(LayoutOp op) => _pages[^1].Add(op);

    public void Advance(double height) => Y += height;

    /// <summary>Position in the current page's instructions, for drawing a background behind content placed later.</summary>
    public int Mark => _pages[^1].Count;

    public void InsertAt(int mark, LayoutOp op) => _pages[^1].Insert(mark, op);

    public void NewPage()
    {
        if (_unbounded)
        {
            throw new InvalidOperationException("A keep-together block cannot break across pages.");
        }

        _pages.Add([]);
        Y = Geometry.ContentTop;
    }

    /// <summary>Moves to a new page unless <paramref name="height"/> fits, or the page is still empty.</summary>
    public void EnsureSpace(double height)
    {
        if (height > Remaining && !AtPageTop)
        {
            NewPage();
        }
    }

    public double TextWidth(string text, TextStyle style)
    {
        if (!_widths.TryGetValue((text, style.Font), out var width))
        {
            width = Measure.MeasureString(text, style.Font).Width;
            _widths[(text, style.Font)] = width;
        }

        return width;
    }

    public IReadOnlyList<string> Wrap(string text, TextStyle style, double width)
    {
        if (!_wrapped.TryGetValue((text, style.Font, width), out var lines))
        {
            lines = TextWrapper.Wrap(Measure, text, style.Font, width);
            _wrapped[(text, style.Font, width)] = lines;
        }

        return lines;
    }

    /// <summary>Flowing, wrapped text; lines that do not fit continue on the next page.</summary>
    public void Paragraph(string text, TextStyle style, StructureTag tag = StructureTag.Paragraph, double indent = 0, double spaceAfter = 4, double rightIndent = 0)
    {
        var lines = Wrap(text, style, Width - indent - rightIndent);
        Add(new BeginTagOp(tag));
        foreach (var line in lines)
        {
            EnsureSpace(style.LineHeight);
            Add(new TextOp(line, style, Left + indent, Y));
            Y += style.LineHeight;
        }

        Add(EndTagOp.Instance);
        Y += spaceAfter;
    }

    /// <summary>A heading kept on the same page as at least <paramref name="keepWithNext"/> points of what follows.</summary>
    public void Heading(string text, TextStyle style, StructureTag tag, double keepWithNext = 48, double spaceBefore = 10, double spaceAfter = 4, double indent = 0)
    {
        if (!AtPageTop)
        {
            Y += spaceBefore;
        }

        var lines = Wrap(text, style, Width - 2 * indent);
        EnsureSpace(lines.Count * style.LineHeight + keepWithNext);
        Add(new BeginTagOp(tag));
        foreach (var line in lines)
        {
            Add(new TextOp(line, style, Left + indent, Y));
            Y += style.LineHeight;
        }

        Add(EndTagOp.Instance);
        Y += spaceAfter;
    }

    /// <summary>
    /// Lays the block out off-page to learn its height, then places it whole: on this page when it fits, else at the
    /// top of the next. A block taller than a page is placed anyway and overflows (its content is then clipped).
    /// </summary>
    public void KeepTogether(Action<FlowLayout> build)
    {
        var block = new FlowLayout(Geometry, Measure, unbounded: true, _wrapped, _widths);
        build(block);
        var height = block.Y;
        EnsureSpace(height);
        foreach (var op in block._pages[0])
        {
            Add(op.Shift(Y));
        }

        Y += height;
    }

    public DocumentLayout Finish() =>
        new(Geometry, [.. _pages.Select((ops, index) => new LayoutPage(index + 1, ops))]);
}

namespace TrialWarehouse.Reports.Layout;

internal sealed record LayoutPage(int Number, IReadOnlyList<LayoutOp> Ops)
{
    public IEnumerable<string> Texts => Ops.OfType<TextOp>().Select(t => t.Text);
}

/// <summary>The laid-out document: every page with its drawing instructions, ready to be painted.</summary>
internal sealed record DocumentLayout(PageGeometry Geometry, IReadOnlyList<LayoutPage> Pages)
{
    /// <summary>
    /// Adds page furniture (running header, footer) to every page once the page count is known. Furniture is
    /// wrapped as an artifact so screen readers skip it.
    /// </summary>
    public DocumentLayout WithFurniture(Func<int, int, IEnumerable<LayoutOp>> furniture)
    {
        var total = Pages.Count;
        var pages = Pages
            .Select(page => page with
            {
                Ops = [.. page.Ops, new BeginTagOp(StructureTag.Artifact), .. furniture(page.Number, total), EndTagOp.Instance],
            })
            .ToList();
        return this with { Pages = pages };
    }

    public IEnumerable<string> AllTexts => Pages.SelectMany(p => p.Texts);
}

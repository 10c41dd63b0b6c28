using TrialWarehouse.Reports.Layout;

namespace TrialWarehouse.Reports.Tests;

public class FlowLayoutTests
{
    private static readonly TableColumn[] Columns = [new("Gene", 1), new("Variant", 2), new("VAF", 1, AlignRight: true)];

    [Fact]
    public void A_table_breaking_across_pages_repeats_its_header_and_places_every_row_once()
    {
        var flow = LayoutHarness.Flow();
        var rows = Enumerable.Range(0, 150).Select(i => new TableRow([$"G{i}", $"p.X{i}Y", $"{i} %"])).ToList();

        var placement = TableLayout.Place(flow, Columns, rows, LayoutHarness.Table());
        var layout = flow.Finish();

        Assert.True(placement.Slices.Count >= 2);
        Assert.False(placement.Slices[0].HeaderRepeated);
        Assert.All(placement.Slices.Skip(1), s => Assert.True(s.HeaderRepeated));
        Assert.Equal(Enumerable.Range(0, 150), placement.Slices.SelectMany(s => s.RowIndices));
        foreach (var slice in placement.Slices)
        {
            var texts = layout.Pages[slice.PageNumber - 1].Texts.ToList();
            Assert.Equal(["Gene", "Variant", "VAF"], texts.Take(3));
            Assert.Equal($"G{slice.RowIndices[0]}", texts[3]);
        }
    }

    [Fact]
    public void A_repeated_header_is_an_artifact_so_it_is_read_once()
    {
        var flow = LayoutHarness.Flow();
        TableLayout.Place(flow, Columns, [.. Enumerable.Range(0, 150).Select(i => new TableRow([$"G{i}", "v", "1 %"]))], LayoutHarness.Table());
        var second = flow.Finish().Pages[1].Ops;

        var artifact = second.ToList().FindIndex(op => op is BeginTagOp { Tag: StructureTag.Artifact });
        var firstHeaderText = second.ToList().FindIndex(op => op is TextOp { Text: "Gene" });
        Assert.InRange(artifact, 0, firstHeaderText);
    }

    [Fact]
    public void A_keep_together_block_that_does_not_fit_moves_whole_to_the_next_page()
    {
        var flow = LayoutHarness.Flow();
        flow.Advance(PageGeometry.A4.ContentHeight - 50);

        flow.KeepTogether(block =>
        {
            for (var i = 0; i < 6; i++)
            {
                block.Paragraph($"kept line {i}", LayoutHarness.Body());
            }
        });
        var layout = flow.Finish();

        Assert.Empty(layout.Pages[0].Texts);
        Assert.Equal(6, layout.Pages[1].Texts.Count());
        Assert.Equal(PageGeometry.A4.ContentTop, layout.Pages[1].Ops.OfType<TextOp>().First().Y);
    }

    [Fact]
    public void A_keep_together_block_that_fits_stays_on_the_current_page()
    {
        var flow = LayoutHarness.Flow();
        flow.Paragraph("before", LayoutHarness.Body());

        flow.KeepTogether(block => block.Paragraph("kept", LayoutHarness.Body()));

        Assert.Equal(["before", "kept"], flow.Finish().Pages.Single().Texts);
    }

    [Fact]
    public void Furniture_is_stamped_with_page_x_of_y_once_the_total_is_known()
    {
        var flow = LayoutHarness.Flow();
        flow.Paragraph(string.Join(" ", Enumerable.Range(0, 4000).Select(i => $"w{i}")), LayoutHarness.Body());

        var layout = flow.Finish().WithFurniture((page, total) => [new TextOp(ReportComposer.Footer(page, total), LayoutHarness.Body(), 0, 800)]);

        Assert.True(layout.Pages.Count >= 3);
        Assert.Equal(
            Enumerable.Range(1, layout.Pages.Count).Select(p => $"Page {p} of {layout.Pages.Count}"),
            layout.Pages.Select(p => p.Texts.Last()));
    }
}

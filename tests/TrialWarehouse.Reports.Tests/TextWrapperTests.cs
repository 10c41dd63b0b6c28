using TrialWarehouse.Reports.Layout;

namespace TrialWarehouse.Reports.Tests;

public class TextWrapperTests
{
    [Fact]
    public void A_word_longer_than_the_line_is_split_into_pieces_that_each_fit()
    {
        var measure = LayoutHarness.Measure();
        var font = LayoutHarness.Body().Font;
        var word = string.Concat(Enumerable.Repeat("ACGT", 40));

        var lines = TextWrapper.Wrap(measure, $"sequence {word} end", font, 120);

        Assert.True(lines.Count > 3);
        Assert.All(lines, l => Assert.True(measure.MeasureString(l, font).Width <= 120));
        Assert.Equal($"sequence{word}end", string.Concat(lines).Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Words_are_kept_whole_and_in_order()
    {
        var measure = LayoutHarness.Measure();
        var text = "Alpelisib plus fulvestrant was started after progression on paclitaxel and bevacizumab in the second line.";

        var lines = TextWrapper.Wrap(measure, text, LayoutHarness.Body().Font, 150);

        Assert.True(lines.Count > 1);
        Assert.Equal(text, string.Join(" ", lines));
    }

    [Fact]
    public void A_paragraph_longer_than_the_page_continues_on_the_next_page()
    {
        var flow = LayoutHarness.Flow();
        var text = string.Join(" ", Enumerable.Range(0, 1500).Select(i => $"word{i}"));

        flow.Paragraph(text, LayoutHarness.Body());
        var layout = flow.Finish();

        Assert.True(layout.Pages.Count > 1);
        var placed = layout.Pages.SelectMany(p => p.Ops.OfType<TextOp>()).ToList();
        Assert.Equal(text, string.Join(" ", placed.Select(t => t.Text)));
        Assert.All(placed, t => Assert.True(t.Y + t.Style.LineHeight <= PageGeometry.A4.ContentBottom + 0.001));
        Assert.Equal(PageGeometry.A4.ContentTop, layout.Pages[1].Ops.OfType<TextOp>().First().Y);
    }

    [Theory]
    [InlineData(90)]
    [InlineData(200)]
    [InlineData(483)]
    public void Every_line_fits_when_measured_whole_and_is_as_full_as_it_can_be(double width)
    {
        var measure = LayoutHarness.Measure();
        var font = LayoutHarness.Body().Font;

        var lines = TextWrapper.Wrap(measure, ReportSettings.DefaultMethods, font, width);

        Assert.Equal(ReportSettings.DefaultMethods, string.Join(" ", lines));
        for (var i = 0; i < lines.Count; i++)
        {
            Assert.True(measure.MeasureString(lines[i], font).Width <= width, $"'{lines[i]}' is wider than {width}");
            if (i + 1 < lines.Count)
            {
                var withNextWord = lines[i] + " " + lines[i + 1].Split(' ')[0];
                Assert.True(measure.MeasureString(withNextWord, font).Width > width, $"'{withNextWord}' would have fit on one line");
            }
        }
    }
}

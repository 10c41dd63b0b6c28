using System.Globalization;
using System.Text.RegularExpressions;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Demo.Tests;

public sealed class DemoCohortTests(CohortFixture fixture) : IClassFixture<CohortFixture>
{
    private static readonly string[] ClinicalFiles = ["patients.csv", "samples.csv", "therapy_lines.csv", "follow_up.csv"];
    private static readonly Regex Identifier = new("^[A-Za-z0-9_.-]{1,64}$", RegexOptions.Compiled);
    private static readonly Regex ContigLine = new("^##contig=<ID=chr[0-9XYM]+,length=[0-9]+,assembly=GRCh38>$", RegexOptions.Compiled);

    public static TheoryData<string> Cohorts => new() { "default", "large" };

    // The somatic small-variant VCFs, not the structural-variant ones written beside them.
    private static bool IsSmallVariantVcf(string file) =>
        file.EndsWith(".vcf", StringComparison.Ordinal) && !file.EndsWith(".sv.vcf", StringComparison.Ordinal);

    private CohortFiles Get(string which) => which == "large" ? fixture.Large : fixture.Default;

    [Fact]
    public void Same_seed_gives_byte_identical_files_whatever_the_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        var previousUi = CultureInfo.CurrentUICulture;
        string dir = Path.Combine(Path.GetTempPath(), $"twdemo-again-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            // A culture with a comma decimal separator and non-ASCII minus sign, to catch culture-dependent formatting.
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("fa-IR");
            var again = DemoCohort.Write(dir, 60, 1);
            Assert.Equal(fixture.Default.Summary.Files, again.Files);
            foreach (string name in again.Files)
            {
                Assert.True(
                    File.ReadAllBytes(Path.Combine(dir, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(fixture.Default.Directory, name))),
                    $"{name} differs between two runs with seed 1");
            }

            Assert.Equal(fixture.Default.Summary with { OutputDirectory = "", Files = [] }, again with { OutputDirectory = "", Files = [] });
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Fact]
    public void A_different_seed_gives_a_different_cohort()
    {
        var other = CohortFiles.Generate(60, 2, "seed2");
        try
        {
            Assert.NotEqual(fixture.Default.Text("patients.csv"), other.Text("patients.csv"));
            Assert.NotEqual(fixture.Default.Text("therapy_lines.csv"), other.Text("therapy_lines.csv"));
            Assert.NotEqual(fixture.Default.Summary.Files, other.Summary.Files);
        }
        finally
        {
            Directory.Delete(other.Directory, recursive: true);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(60)]
    public void Writes_the_requested_number_of_patients(int patients)
    {
        var cohort = patients == 60 ? fixture.Default : CohortFiles.Generate(patients, 3, $"n{patients}");
        try
        {
            Assert.Equal(patients, cohort.Patients.Count);
            Assert.Equal(patients, cohort.Summary.Patients);
            Assert.Equal(
                Enumerable.Range(1, patients).Select(i => $"PT{i:D4}").ToList(),
                cohort.Patients.Select(p => p["patient_id"]).ToList());
            Assert.Equal(cohort.Summary.Files.Order(StringComparer.Ordinal), System.IO.Directory.GetFiles(cohort.Directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            if (patients != 60)
            {
                Directory.Delete(cohort.Directory, recursive: true);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cohorts))]
    public void Files_follow_the_documented_columns_and_vocabularies(string which)
    {
        var c = Get(which);
        Assert.Equal(ClinicalFiles, c.Summary.Files.Take(4));
        Assert.StartsWith("patient_id,sex,birth_year,tumor_type,diagnosis_date,site,arm\n", c.Text("patients.csv"), StringComparison.Ordinal);
        Assert.StartsWith("sample_id,patient_id,collection_date,specimen_site,tumor_cellularity,assay,genome_build,tmb,msi_status\n", c.Text("samples.csv"), StringComparison.Ordinal);
        Assert.StartsWith(
            "patient_id,line_number,regimen,drugs,start_date,end_date,reason_stopped,best_response,progression_date,matched,matched_alteration\n",
            c.Text("therapy_lines.csv"), StringComparison.Ordinal);
        Assert.StartsWith("patient_id,event_date,kind,ecog\n", c.Text("follow_up.csv"), StringComparison.Ordinal);

        var patientIds = c.Patients.Select(p => p["patient_id"]).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(c.Patients.Count, patientIds.Count);
        foreach (var p in c.Patients)
        {
            Assert.Matches(Identifier, p["patient_id"]);
            Assert.Contains(p["sex"], ClinicalVocabulary.Sexes);
            int year = int.Parse(p["birth_year"], CultureInfo.InvariantCulture);
            Assert.InRange(year, 1900, DateTime.UtcNow.Year);
        }

        foreach (var s in c.Samples)
        {
            Assert.Contains(s["patient_id"], patientIds);
            Assert.Equal("GRCh38", s["genome_build"]);
            Assert.InRange(double.Parse(s["tumor_cellularity"], CultureInfo.InvariantCulture), 0, 100);
            // Signatures come with the sequencing results: a sample that failed quality control has none.
            bool sequenced = File.Exists(Path.Combine(c.Directory, s["sample_id"] + ".vcf"));
            Assert.Equal(sequenced, s["tmb"].Length > 0);
            Assert.Equal(sequenced, s["msi_status"].Length > 0);
            if (sequenced)
            {
                Assert.InRange(double.Parse(s["tmb"], CultureInfo.InvariantCulture), 0, 1000);
                Assert.Contains(s["msi_status"], ClinicalVocabulary.MsiStatuses);
            }
        }

        string[] reasons = ["progression", "toxicity", "completed", "death", "patient_choice", "other"];
        foreach (var l in c.Lines)
        {
            Assert.Contains(l["patient_id"], patientIds);
            Assert.True(l["reason_stopped"].Length == 0 || reasons.Contains(l["reason_stopped"]));
            Assert.True(l["best_response"].Length == 0 || ClinicalVocabulary.Responses.Contains(l["best_response"]));
            Assert.Contains(l["matched"], new[] { "true", "false" });
            Assert.Equal(l["matched"] == "true", l["matched_alteration"].Length > 0);
        }

        foreach (var e in c.FollowUp)
        {
            Assert.Contains(e["kind"], ClinicalVocabulary.EventKinds);
            Assert.True(e["ecog"].Length == 0 || int.Parse(e["ecog"], CultureInfo.InvariantCulture) is >= 0 and <= 5);
        }

        // Every profiled sample has both files; every file belongs to a sample.
        var sampleIds = c.Samples.Select(s => s["sample_id"]).ToHashSet(StringComparer.Ordinal);
        var vcfs = c.Summary.Files.Where(f => IsSmallVariantVcf(f)).Select(f => f[..^4]).ToList();
        var cnas = c.Summary.Files.Where(f => f.EndsWith(".cna.tsv", StringComparison.Ordinal)).Select(f => f[..^8]).ToList();
        Assert.Equal(vcfs, cnas);
        Assert.All(vcfs, id => Assert.Contains(id, sampleIds));
        // A structural-variant VCF only for a profiled sample, and only when it holds a PASS junction.
        var svs = c.Summary.Files.Where(f => f.EndsWith(".sv.vcf", StringComparison.Ordinal)).Select(f => f[..^7]).ToList();
        Assert.All(svs, id => Assert.Contains(id, vcfs));
        Assert.All(svs, id => Assert.NotEmpty(TrialWarehouse.Genomics.StructuralVariants.SvVcf.Read(Path.Combine(c.Directory, id + ".sv.vcf")).Calls));
        foreach (string id in cnas.Take(80))
        {
            var rows = CohortFiles.ReadTable(Path.Combine(c.Directory, id + ".cna.tsv"), '\t');
            Assert.InRange(rows.Count, 25, 40);
            foreach (var r in rows)
            {
                Assert.Equal(id, r["sample_id"]);
                Assert.InRange(int.Parse(r["state"], CultureInfo.InvariantCulture), -2, 2);
                Assert.True(double.Parse(r["copy_number"], CultureInfo.InvariantCulture) >= 0);
                _ = double.Parse(r["log2_ratio"], NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cohorts))]
    public void Every_date_rule_holds(string which)
    {
        var c = Get(which);
        var diagnosis = c.Patients.ToDictionary(p => p["patient_id"], p => CohortFiles.Date(p["diagnosis_date"]), StringComparer.Ordinal);
        var cutoff = DemoCohort.DataCutoff;
        foreach (var p in c.Patients)
        {
            Assert.True(diagnosis[p["patient_id"]].Year - int.Parse(p["birth_year"], CultureInfo.InvariantCulture) is >= 18 and <= 95);
        }

        foreach (var s in c.Samples)
        {
            var collected = CohortFiles.Date(s["collection_date"]);
            Assert.True(collected > diagnosis[s["patient_id"]], $"{s["sample_id"]} collected before diagnosis");
            Assert.True(collected <= cutoff);
        }

        var lastDate = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var linesOf = c.Lines.GroupBy(l => l["patient_id"]).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var group in c.Lines.GroupBy(l => l["patient_id"]))
        {
            string id = group.Key;
            var lines = group.ToList();
            Assert.Equal(Enumerable.Range(1, lines.Count), lines.Select(l => int.Parse(l["line_number"], CultureInfo.InvariantCulture)));
            DateOnly previousEnd = diagnosis[id];
            for (int i = 0; i < lines.Count; i++)
            {
                var l = lines[i];
                var start = CohortFiles.Date(l["start_date"]);
                Assert.True(start > diagnosis[id], $"{id} line {i + 1} starts before diagnosis");
                Assert.True(start >= previousEnd, $"{id} line {i + 1} starts before line {i} ended");
                Assert.True(start <= cutoff);
                if (l["end_date"].Length > 0)
                {
                    var end = CohortFiles.Date(l["end_date"]);
                    Assert.True(end >= start, $"{id} line {i + 1} ends before it starts");
                    Assert.True(end <= cutoff);
                    Assert.NotEqual("", l["reason_stopped"]);
                    previousEnd = end;
                }
                else
                {
                    Assert.Equal(lines.Count - 1, i); // only the last line can be ongoing
                    Assert.Equal("", l["reason_stopped"]);
                }

                if (l["progression_date"].Length > 0)
                {
                    var progression = CohortFiles.Date(l["progression_date"]);
                    Assert.True(progression >= start, $"{id} line {i + 1} progresses before it starts");
                    Assert.True(progression <= cutoff);
                }

                Assert.Equal(l["reason_stopped"] == "progression", l["progression_date"].Length > 0);
            }

            lastDate[id] = lines.Max(l => CohortFiles.Date(l["end_date"].Length > 0 ? l["end_date"] : l["start_date"]));
        }

        Assert.Equal(c.Patients.Count, lastDate.Count); // every patient has at least one line

        foreach (var group in c.FollowUp.GroupBy(e => e["patient_id"]))
        {
            string id = group.Key;
            var events = group.ToList();
            var dates = events.Select(e => CohortFiles.Date(e["event_date"])).ToList();
            Assert.Equal(dates.Order(), dates); // in date order
            Assert.All(dates, d => Assert.True(d > diagnosis[id] && d <= cutoff, $"{id} event on {d} outside diagnosis..cut-off"));
            var final = events[^1];
            Assert.Contains(final["kind"], new[] { "death", "last_contact" });
            Assert.Single(events, e => e["kind"] is "death" or "last_contact");
            var finalDate = CohortFiles.Date(final["event_date"]);
            Assert.All(dates, d => Assert.True(d <= finalDate));
            Assert.True(finalDate >= lastDate[id], $"{id}: death or last contact before the end of its last line");
            if (final["kind"] == "death")
            {
                Assert.All(dates.Take(dates.Count - 1), d => Assert.True(d < finalDate, $"{id} has an event on or after death"));
            }

            // Every progression of a line is also a follow-up event.
            var progressions = events.Where(e => e["kind"] == "progression").Select(e => e["event_date"]).ToHashSet(StringComparer.Ordinal);
            foreach (var l in linesOf[id].Where(l => l["progression_date"].Length > 0))
            {
                Assert.Contains(l["progression_date"], progressions);
            }
        }

        Assert.Equal(c.Patients.Count, c.FollowUp.Select(e => e["patient_id"]).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cohorts))]
    public void Every_matched_alteration_is_in_that_patients_files(string which)
    {
        var c = Get(which);
        var matched = c.Lines.Where(l => l["matched"] == "true").ToList();
        Assert.NotEmpty(matched);
        Assert.True(matched.Select(l => l["patient_id"]).Distinct().Count() == matched.Count, "at most one matched line per patient");
        foreach (var line in matched)
        {
            string patient = line["patient_id"];
            string alteration = line["matched_alteration"];
            string sampleId = c.Samples.Single(s => s["patient_id"] == patient)["sample_id"];
            Assert.True(CohortFiles.Date(c.Samples.Single(s => s["patient_id"] == patient)["collection_date"]) < CohortFiles.Date(line["start_date"]),
                $"{patient}: matched line starts before the biopsy");
            Assert.NotEqual("1", line["line_number"]);
            var sample = c.Samples.Single(s => s["patient_id"] == patient);
            if (alteration == "MSI-H")
            {
                Assert.Equal("MSI-H", sample["msi_status"]);
                continue;
            }

            if (alteration.EndsWith(" fusion", StringComparison.Ordinal))
            {
                var fusion = TrialWarehouse.Genomics.StructuralVariants.SvVcf.Read(Path.Combine(c.Directory, sample["sample_id"] + ".sv.vcf"));
                Assert.Contains(fusion.Calls, f => $"{f.Gene5}::{f.Gene3} fusion" == alteration);
                continue;
            }

            if (alteration == "TMB-high")
            {
                Assert.True(double.Parse(sample["tmb"], CultureInfo.InvariantCulture) >= 10, $"{patient}: TMB-high matched line with TMB {sample["tmb"]}");
                continue;
            }

            string gene = alteration[..alteration.IndexOf(' ', StringComparison.Ordinal)];
            string what = alteration[(gene.Length + 1)..];
            if (what is "amplification" or "deep deletion")
            {
                var rows = CohortFiles.ReadTable(Path.Combine(c.Directory, sampleId + ".cna.tsv"), '\t');
                Assert.Contains(rows, r => r["gene"] == gene && r["state"] == (what == "amplification" ? "2" : "-2"));
            }
            else if (!Hotspots.All.Any(h => h.Alteration == alteration))
            {
                // A truncating driver of a tumor suppressor, e.g. "NF1 p.R1234*": a PASS nonsense record of that gene.
                Assert.Matches("^p\\.R[0-9]+\\*$", what);
                string hgvsP = $":p.Arg{what[3..^1]}Ter|";
                var (_, _, records) = CohortFiles.ReadVcf(Path.Combine(c.Directory, sampleId + ".vcf"));
                var record = Assert.Single(records, r => r[7].Contains($"|{gene}|", StringComparison.Ordinal) && r[7].Contains(hgvsP, StringComparison.Ordinal));
                Assert.Equal("PASS", record[6]);
                Assert.Contains("|stop_gained|HIGH|", record[7], StringComparison.Ordinal);
            }
            else
            {
                var hotspot = Hotspots.All.Single(h => h.Alteration == alteration);
                var (_, _, records) = CohortFiles.ReadVcf(Path.Combine(c.Directory, sampleId + ".vcf"));
                var record = Assert.Single(records, r => r[0] == hotspot.Chrom && r[1] == hotspot.Position.ToString(CultureInfo.InvariantCulture) && r[4] == hotspot.Alt);
                Assert.Equal("PASS", record[6]);
                Assert.Contains($"|{gene}|", record[7], StringComparison.Ordinal);
                Assert.Contains($":{hotspot.HgvsP}|", record[7], StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cohorts))]
    public void Vcfs_look_like_annotated_Mutect2_output_with_hotspots_as_in_the_table(string which)
    {
        var c = Get(which);
        var byPosition = Hotspots.All.GroupBy(h => (h.Chrom, h.Position)).ToDictionary(g => g.Key, g => g.ToList());
        int hotspotRecords = 0;
        int multiAllelic = 0;
        int filtered = 0;
        int indels = 0;
        // Every file of the default cohort, the first 100 of the large one (the next test checks all hotspot records).
        foreach (string file in c.Summary.Files.Where(f => IsSmallVariantVcf(f)).Take(100))
        {
            string sampleId = file[..^4];
            string patientId = sampleId[..sampleId.IndexOf('-', StringComparison.Ordinal)];
            var (meta, header, records) = CohortFiles.ReadVcf(Path.Combine(c.Directory, file));
            Assert.Equal("##fileformat=VCFv4.2", meta[0]);
            Assert.Contains("##source=Mutect2", meta);
            Assert.Contains($"##tumor_sample={sampleId}", meta);
            Assert.Contains($"##normal_sample={patientId}-N", meta);
            Assert.Contains(meta, m => m.StartsWith("##reference=", StringComparison.Ordinal) && m.Contains("GRCh38", StringComparison.Ordinal));
            Assert.Contains("##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths for the ref and alt alleles in the order listed\">", meta);
            Assert.Contains(meta, m => m.StartsWith("##FORMAT=<ID=AF,Number=A,", StringComparison.Ordinal));
            Assert.Contains(meta, m => m.StartsWith("##INFO=<ID=TLOD,Number=A,", StringComparison.Ordinal));
            string csqHeader = Assert.Single(meta, m => m.StartsWith("##INFO=<ID=CSQ,", StringComparison.Ordinal));
            var csqFields = csqHeader[(csqHeader.IndexOf("Format: ", StringComparison.Ordinal) + 8)..csqHeader.LastIndexOf('"')].Split('|');
            Assert.Equal(["Allele", "Consequence", "IMPACT", "SYMBOL", "Gene", "Feature_type", "Feature", "BIOTYPE", "EXON", "INTRON", "HGVSc", "HGVSp"], csqFields[..12]);
            Assert.Equal(["CANONICAL", "PICK"], csqFields[^2..]);
            Assert.Equal(["#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO", "FORMAT", $"{patientId}-N", sampleId], header);
            var contigs = meta.Where(m => m.StartsWith("##contig=", StringComparison.Ordinal)).ToList();
            Assert.All(contigs, m => Assert.Matches(ContigLine, m));

            int ContigIndex(string chrom) => contigs.FindIndex(m => m.StartsWith($"##contig=<ID={chrom},", StringComparison.Ordinal));
            (int, long) previous = (-1, 0);
            foreach (var r in records)
            {
                Assert.Equal(11, r.Length);
                long pos = long.Parse(r[1], CultureInfo.InvariantCulture);
                int contig = ContigIndex(r[0]);
                Assert.True(contig >= 0, $"{file}: {r[0]} has no ##contig line");
                Assert.True((contig, pos).CompareTo(previous) > 0, $"{file}: records not sorted at {r[0]}:{pos}");
                previous = (contig, pos);
                Assert.True(IsBases(r[3]), r[3]);
                var alts = r[4].Split(',');
                Assert.All(alts, a => Assert.True(IsBases(a), a));
                Assert.All(alts, a => Assert.True(a.Length == r[3].Length ? a != r[3] : a[0] == r[3][0], $"{file}: indel without padding base"));
                indels += alts.Any(a => a.Length != r[3].Length) ? 1 : 0;
                multiAllelic += alts.Length > 1 ? 1 : 0;
                filtered += r[6] != "PASS" ? 1 : 0;

                var info = CohortFiles.Info(r[7]);
                var csq = info["CSQ"].Split(',');
                Assert.Equal(alts.Length, csq.Length);
                Assert.All(csq, e => Assert.Equal(csqFields.Length, e.Split('|').Length));
                Assert.Equal(alts.Length, info["TLOD"].Split(',').Length);

                Assert.Equal("GT:AD:AF:DP:F1R2:F2R1:SB", r[8]);
                var tumor = r[10].Split(':');
                var ad = tumor[1].Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray();
                Assert.Equal(alts.Length + 1, ad.Length);
                int dp = int.Parse(tumor[3], CultureInfo.InvariantCulture);
                Assert.Equal(dp, ad.Sum());
                var af = tumor[2].Split(',').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
                Assert.Equal(alts.Length, af.Length);
                for (int i = 0; i < alts.Length; i++)
                {
                    Assert.InRange(af[i], (ad[i + 1] / (double)dp) - 0.001, (ad[i + 1] / (double)dp) + 0.001);
                    Assert.True(ad[i + 1] >= 3);
                }

                if (byPosition.TryGetValue((r[0], pos), out var candidates))
                {
                    var hotspot = Assert.Single(candidates, h => h.Alt == r[4]);
                    Assert.Equal(hotspot.Ref, r[3]);
                    var fields = csq[0].Split('|');
                    Assert.Equal(hotspot.Gene, fields[3]);
                    Assert.Equal($"{hotspot.GeneInfo.Transcript}:{hotspot.HgvsC}", fields[10]);
                    Assert.Equal($"{hotspot.GeneInfo.Protein}:{hotspot.HgvsP}", fields[11]);
                    Assert.Equal("YES", fields[^2]);
                    hotspotRecords++;
                }
                else
                {
                    // Background variants never land on a hotspot gene, so they cannot look actionable; nor do the
                    // truncating driver mutations of tumor suppressors (ATM, ARID1A, NF1), the only nonsense changes.
                    Assert.All(csq, e => Assert.Contains(e.Split('|')[3], Genes.PassengerGenes));
                }
            }

            Assert.InRange(records.Count(r => !byPosition.ContainsKey((r[0], long.Parse(r[1], CultureInfo.InvariantCulture)))), 4, 33); // 5..30 passengers, up to 3 truncating drivers
        }

        Assert.True(hotspotRecords > 0);
        Assert.True(multiAllelic > 0, "no multi-allelic site");
        Assert.True(filtered > 0, "no filtered record");
        Assert.True(indels > 0, "no indel");
    }

    [Theory]
    [MemberData(nameof(Cohorts))]
    public void Every_hotspot_record_has_the_reference_base_of_the_hotspot_table(string which)
    {
        var c = Get(which);
        var byPosition = Hotspots.All.GroupBy(h => (h.Chrom, h.Position.ToString(CultureInfo.InvariantCulture)))
            .ToDictionary(g => g.Key, g => g.ToList());
        int checkedRecords = 0;
        foreach (string file in c.Summary.Files.Where(f => IsSmallVariantVcf(f)))
        {
            foreach (string line in File.ReadLines(Path.Combine(c.Directory, file)))
            {
                if (line.StartsWith('#'))
                {
                    continue;
                }

                var columns = line.Split('\t', 6);
                Assert.True(IsBases(columns[3]), $"{file}: REF {columns[3]}");
                if (byPosition.TryGetValue((columns[0], columns[1]), out var hotspots))
                {
                    var hotspot = Assert.Single(hotspots, h => h.Alt == columns[4]);
                    Assert.Equal(hotspot.Ref, columns[3]);
                    checkedRecords++;
                }
            }
        }

        Assert.True(checkedRecords >= c.Summary.ProfiledSamples / 2, $"only {checkedRecords} hotspot records");
    }

    private static bool IsBases(string s) => s.Length > 0 && s.AsSpan().IndexOfAnyExcept("ACGT") < 0;

    [Fact]
    public void Hotspot_table_is_internally_consistent()
    {
        foreach (var h in Hotspots.All)
        {
            var g = h.GeneInfo;
            Assert.InRange(h.Position, g.Start, g.End);
            Assert.StartsWith("chr", h.Chrom, StringComparison.Ordinal);
            Assert.Equal(g.Chrom, h.Chrom);
            Assert.Matches("^ENST[0-9]{11}\\.[0-9]+$", g.Transcript);
            if (h.Ref.Length == 1 && h.Alt.Length == 1)
            {
                // The reference base of the coding change is the genomic REF, complemented on minus-strand genes.
                string codingRef = h.HgvsC[^3].ToString();
                string codingAlt = h.HgvsC[^1].ToString();
                Assert.Equal(g.Strand > 0 ? h.Ref : Complement(h.Ref), codingRef);
                Assert.Equal(g.Strand > 0 ? h.Alt : Complement(h.Alt), codingAlt);
                Assert.Equal((int.Parse(h.CdsPosition, CultureInfo.InvariantCulture) + 2) / 3, h.ProteinPosition);
            }
            else
            {
                Assert.Equal(h.Ref[0], h.Alt[0]); // VCF padding base
                Assert.Contains("fs", h.HgvsP, StringComparison.Ordinal);
            }

            Assert.NotEmpty(h.Evidence);
        }

        // The confirmed GRCh38 coordinates the brief names.
        Assert.Equal(("chr3", 179234297L, "A", "G"), Key("PIK3CA_H1047R"));
        Assert.Equal(("chr12", 25245350L, "C", "T"), Key("KRAS_G12D"));
        Assert.Equal(("chr12", 25245351L, "C", "A"), Key("KRAS_G12C"));

        static (string, long, string, string) Key(string key)
        {
            var h = Hotspots.Get(key);
            return (h.Chrom, h.Position, h.Ref, h.Alt);
        }

        static string Complement(string b) => b switch { "A" => "T", "T" => "A", "C" => "G", _ => "C" };
    }

    [Fact]
    public void A_large_cohort_has_roughly_the_PERMED_01_proportions()
    {
        var c = fixture.Large;
        int n = c.Patients.Count;
        Assert.Equal(500, n);

        var byType = c.Patients.GroupBy(p => p["tumor_type"]).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal("BRCA", byType.MaxBy(kv => kv.Value).Key);
        Assert.InRange(byType["BRCA"] / (double)n, 0.30, 0.50);
        Assert.True(byType.Count >= 10);
        Assert.All(c.Patients.Where(p => p["tumor_type"] is "HGSOC" or "UCEC"), p => Assert.Equal("F", p["sex"]));
        Assert.All(c.Patients.Where(p => p["tumor_type"] == "PRAD"), p => Assert.Equal("M", p["sex"]));
        Assert.InRange(c.Patients.Count(p => p["tumor_type"] == "BRCA" && p["sex"] == "F") / (double)byType["BRCA"], 0.95, 1.0);

        Assert.InRange(c.Summary.ProfiledSamples / (double)n, 0.72, 0.88); // complete profile, 80%
        Assert.InRange(c.Samples.Count - c.Summary.ProfiledSamples, 1, 0.2 * n); // samples without files

        var matched = c.Lines.Where(l => l["matched"] == "true").ToList();
        Assert.InRange(matched.Count / (double)n, 0.12, 0.20); // 17%

        // PFS2/PFS1 >= 1.3 for some matched lines, not for others.
        int benefit = 0;
        int noBenefit = 0;
        var lineByKey = c.Lines.ToDictionary(l => (l["patient_id"], l["line_number"]));
        foreach (var m in matched.Where(m => m["progression_date"].Length > 0))
        {
            int k = int.Parse(m["line_number"], CultureInfo.InvariantCulture);
            var previous = lineByKey[(m["patient_id"], (k - 1).ToString(CultureInfo.InvariantCulture))];
            double pfs1 = CohortFiles.Date(previous["progression_date"]).DayNumber - CohortFiles.Date(previous["start_date"]).DayNumber;
            double pfs2 = CohortFiles.Date(m["progression_date"]).DayNumber - CohortFiles.Date(m["start_date"]).DayNumber;
            if (pfs2 >= 1.3 * pfs1)
            {
                benefit++;
            }
            else
            {
                noBenefit++;
            }
        }

        Assert.InRange(benefit, 10, 60);
        Assert.InRange(noBenefit, 20, 80);

        // Lines, deaths, censoring.
        var linesPerPatient = c.Lines.GroupBy(l => l["patient_id"]).Select(g => g.Count()).ToList();
        Assert.InRange(linesPerPatient.Min(), 1, 1);
        Assert.InRange(linesPerPatient.Max(), 4, 4);
        int deaths = c.FollowUp.Count(e => e["kind"] == "death");
        Assert.InRange(deaths / (double)n, 0.25, 0.75);
        Assert.InRange(c.FollowUp.Count(e => e["kind"] == "last_contact"), 0.2 * n, 0.75 * n);
        Assert.Contains(c.Lines, l => l["end_date"].Length == 0); // ongoing lines at the cut-off

        // Genomics: TP53 the most frequent gene, PIK3CA/KRAS the most frequent actionable ones, ERBB2 amplified in ~15% of breast.
        var geneCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        int erbb2Breast = 0;
        int profiledBreast = 0;
        int actionable = 0;
        var hotspotSites = Hotspots.All.Select(h => (h.Chrom, h.Position.ToString(CultureInfo.InvariantCulture))).ToHashSet();
        var tumorType = c.Patients.ToDictionary(p => p["patient_id"], p => p["tumor_type"], StringComparer.Ordinal);
        foreach (var s in c.Samples.Where(s => File.Exists(Path.Combine(c.Directory, s["sample_id"] + ".vcf"))))
        {
            var (_, _, records) = CohortFiles.ReadVcf(Path.Combine(c.Directory, s["sample_id"] + ".vcf"));
            var genes = records.Where(r => hotspotSites.Contains((r[0], r[1])))
                .Select(r => r[7].Split("CSQ=")[1].Split('|')[3]).Distinct().ToList();
            foreach (string g in genes)
            {
                geneCounts[g] = geneCounts.GetValueOrDefault(g) + 1;
            }

            var cna = CohortFiles.ReadTable(Path.Combine(c.Directory, s["sample_id"] + ".cna.tsv"), '\t');
            bool breast = tumorType[s["patient_id"]] == "BRCA";
            if (breast)
            {
                profiledBreast++;
                erbb2Breast += cna.Any(r => r["gene"] == "ERBB2" && r["state"] == "2") ? 1 : 0;
            }

            bool actionableCna = cna.Any(r => (r["state"] == "2" && r["gene"] is "ERBB2" or "CCND1" or "CDK4" or "MET" or "FGFR1" or "FGFR2")
                || (r["state"] == "-2" && r["gene"] is "PTEN" or "CDKN2A" or "BRCA2"));
            actionable += genes.Any(g => g != "TP53") || actionableCna ? 1 : 0;
            Assert.All(cna, r => Assert.True(r["state"] != "0" || Math.Abs(double.Parse(r["log2_ratio"], CultureInfo.InvariantCulture)) < 0.3));
        }

        Assert.Equal("TP53", geneCounts.MaxBy(kv => kv.Value).Key);
        var actionableGenes = geneCounts.Where(kv => kv.Key != "TP53").OrderByDescending(kv => kv.Value).Select(kv => kv.Key).Take(3).ToList();
        Assert.Contains("PIK3CA", actionableGenes);
        Assert.Contains("KRAS", actionableGenes);
        Assert.InRange(erbb2Breast / (double)profiledBreast, 0.07, 0.25);
        Assert.InRange(actionable / (double)c.Summary.ProfiledSamples, 0.5, 0.95);
        Assert.InRange(c.Summary.Deaths, 1, n);
    }
}

using System.IO.Compression;
using Microsoft.Extensions.Configuration;
using TrialWarehouse.Domain;
using TrialWarehouse.Ingestion;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>
/// A delivery cannot make the warehouse read or move anything outside it: symbolic links are refused unread and
/// quarantined as links, paths that would leave the archive or quarantine are refused, and compression bombs are
/// rejected with the limit they broke.
/// </summary>
public class InboxHardeningTests
{
    private const string Patients = "patient_id,sex,birth_year,tumor_type,diagnosis_date,site,arm\nPT0001,F,1961,BRCA,2019-03-14,Marseille,profiling\n";
    private const string OtherPatients = "patient_id,sex,birth_year,tumor_type,diagnosis_date,site,arm\nPT0999,M,1950,LUAD,2018-01-02,Lyon,profiling\n";

    [Fact]
    public async Task Settle_ALinkToAFileOutsideTheInbox_IsRefusedAndQuarantinedAsALink_ItsTargetUntouched()
    {
        var night = await Night.StartAsync();
        var outside = night.WriteOutside("patients-elsewhere.csv", OtherPatients);
        var delivery = night.Inbox.Deliver("d1", folder =>
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "patients.csv"), Patients);
            File.CreateSymbolicLink(Path.Combine(folder, "patients-extra.csv"), outside);
        });

        var report = await night.RunAsync(delivery);

        var refused = Assert.Single(report.Files, f => f.Outcome == FileOutcome.Rejected);
        Assert.Equal("patients-extra.csv: patients-extra.csv is a symbolic link; links are not read, deliver the file itself", Assert.Single(refused.Errors).ToString());
        var quarantined = Path.Combine(night.Quarantine, "d1", "patients-extra.csv");
        Assert.Equal(outside, new FileInfo(quarantined).LinkTarget);
        Assert.Contains("patients-extra.csv is a symbolic link; links are not read, deliver the file itself", File.ReadAllText(quarantined + ".error.txt"));
        Assert.Equal(OtherPatients, File.ReadAllText(outside));
        Assert.True(File.Exists(Path.Combine(night.Archive, "d1", "patients.csv")));
        Assert.Equal([TestPseudonyms.Patient("PT0001")], await night.PatientIdsAsync());
        Assert.False(Directory.Exists(delivery));
    }

    [Fact]
    public async Task Ingest_ALinkToAFolder_IsNotWalkedInto_AndALoopIsHarmless()
    {
        var night = await Night.StartAsync();
        var outsideFolder = Path.GetDirectoryName(night.WriteOutside(Path.Combine("more", "patients-more.csv"), OtherPatients))!;
        var delivery = night.Inbox.Deliver("d1", folder =>
        {
            Directory.CreateDirectory(Path.Combine(folder, "sub"));
            File.WriteAllText(Path.Combine(folder, "sub", "patients.csv"), Patients);
            Directory.CreateSymbolicLink(Path.Combine(folder, "more"), outsideFolder);
            Directory.CreateSymbolicLink(Path.Combine(folder, "sub", "again"), "..");
        });

        var report = await night.RunAsync(delivery);

        Assert.Equal(["again is a symbolic link; links are not read, deliver the folder itself", "more is a symbolic link; links are not read, deliver the folder itself"],
            report.Files.Where(f => f.Outcome == FileOutcome.Rejected).Select(f => Assert.Single(f.Errors).Message).Order(StringComparer.Ordinal));
        Assert.Equal(1, report.Loaded);
        Assert.Equal(outsideFolder, new FileInfo(Path.Combine(night.Quarantine, "d1", "more")).LinkTarget);
        Assert.Equal("..", new FileInfo(Path.Combine(night.Quarantine, "d1", "sub", "again")).LinkTarget);
        Assert.True(File.Exists(Path.Combine(night.Quarantine, "d1", "more.error.txt")));
        Assert.Equal(OtherPatients, File.ReadAllText(Path.Combine(outsideFolder, "patients-more.csv")));
        Assert.Equal([TestPseudonyms.Patient("PT0001")], await night.PatientIdsAsync());
    }

    [Fact]
    public async Task Ingest_ALinkToAFileOfTheSameDelivery_IsRefused_TheFileItselfLoads()
    {
        var night = await Night.StartAsync();
        var delivery = night.Inbox.Deliver("d1", folder =>
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "patients.csv"), Patients);
            File.CreateSymbolicLink(Path.Combine(folder, "patients-copy.csv"), "patients.csv");
        });

        var report = await night.RunAsync(delivery);

        Assert.Equal((1, 1), (report.Loaded, report.Rejected));
        Assert.True(File.Exists(Path.Combine(night.Archive, "d1", "patients.csv")));
        Assert.Equal("patients.csv", new FileInfo(Path.Combine(night.Quarantine, "d1", "patients-copy.csv")).LinkTarget);
    }

    [Fact]
    public async Task Delivery_ThatIsItselfALink_IsRefused_AndOnlyTheLinkIsQuarantined()
    {
        var night = await Night.StartAsync();
        var target = Path.GetDirectoryName(night.WriteOutside(Path.Combine("elsewhere", "patients.csv"), Patients))!;
        File.WriteAllText(Path.Combine(target, Inbox.DoneMarker), "");
        Directory.CreateDirectory(night.Inbox.InboxPath);
        var link = Path.Combine(night.Inbox.InboxPath, "linked");
        Directory.CreateSymbolicLink(link, target);

        var delivery = Assert.Single(night.Inbox.PendingDeliveries());
        var report = await night.RunAsync(delivery);

        var refused = Assert.Single(report.Files);
        Assert.Equal("linked: linked is a symbolic link; links are not read, deliver the folder itself", Assert.Single(refused.Errors).ToString());
        Assert.Equal(target, new FileInfo(Path.Combine(night.Quarantine, "linked", "linked")).LinkTarget);
        Assert.Contains("deliver the folder itself", File.ReadAllText(Path.Combine(night.Quarantine, "linked", "linked.error.txt")));
        Assert.Equal([Inbox.DoneMarker, "patients.csv"], Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(night.Archive));
        Assert.Empty(night.Inbox.PendingDeliveries());
        Assert.Empty(await night.PatientIdsAsync());
    }

    [Theory]
    [InlineData("../../escape.csv")]
    [InlineData("sub/../../../escape.csv")]
    public void Settle_AFileOutsideTheDelivery_RefusesTheWholeSettling_AndMovesNothing(string crafted)
    {
        var work = TestEngines.TempDirectory();
        var inbox = new Inbox(Options(work));
        var delivery = inbox.Deliver("d1", folder =>
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "patients.csv"), Patients);
        });
        var escapee = Path.GetFullPath(Path.Combine(delivery, crafted));
        Directory.CreateDirectory(Path.GetDirectoryName(escapee)!);
        File.WriteAllText(escapee, OtherPatients);
        var report = new IngestReport(
            [new FileResult(Path.Combine(delivery, "patients.csv"), FileKind.Patients, FileOutcome.Loaded, 1, [], null),
             new FileResult(Path.Combine(delivery, crafted), FileKind.Patients, FileOutcome.Rejected, 0, [new InputError("escape.csv", 0, null, "crafted")], null)],
            TimeSpan.Zero);

        var e = Assert.Throws<InvalidOperationException>(() => inbox.Settle(delivery, report));

        Assert.StartsWith($"refusing to settle {escapee} to ", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("; nothing was moved", e.Message, StringComparison.Ordinal);
        Assert.Equal(OtherPatients, File.ReadAllText(escapee));
        Assert.True(File.Exists(Path.Combine(delivery, "patients.csv")));
        Assert.False(Directory.Exists(Path.Combine(work, "archive")));
        Assert.False(Directory.Exists(Path.Combine(work, "quarantine")));
        Assert.False(File.Exists(Path.Combine(work, "escape.csv.error.txt")));
    }

    [Fact]
    public void Settle_ADeliveryWithoutAName_IsRefused_SoNothingLandsAtTheTopOfTheArchive()
    {
        var work = TestEngines.TempDirectory();
        var inbox = new Inbox(Options(work));
        var delivery = inbox.Deliver("d1", folder =>
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "patients.csv"), Patients);
        });
        var report = new IngestReport([new FileResult(Path.Combine(delivery, "patients.csv"), FileKind.Patients, FileOutcome.Loaded, 1, [], null)], TimeSpan.Zero);

        Assert.Throws<InvalidOperationException>(() => inbox.Settle(Path.GetPathRoot(delivery)!, report));

        Assert.True(File.Exists(Path.Combine(delivery, "patients.csv")));
        Assert.False(Directory.Exists(Path.Combine(work, "archive")));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("")]
    [InlineData("/tmp/absolute")]
    [InlineData("bell\u0007")]
    [InlineData("line\nbreak")]
    public void Deliver_ANameThatIsNotOneFolderName_IsRefused(string name)
    {
        var work = TestEngines.TempDirectory();
        var inbox = new Inbox(Options(work));

        var e = Assert.Throws<ArgumentException>(() => inbox.Deliver(name, folder => Directory.CreateDirectory(folder)));

        Assert.Contains("is not a delivery name: expected one folder name, without separators, '..' or control characters", e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(work));
    }

    [Fact]
    public async Task Study_DataFilenameNamingAPathOutsideTheStudy_IsRefused_AndThatFileIsNeitherReadNorMoved()
    {
        var night = await Night.StartAsync();
        var secret = night.WriteOutside(Path.Combine("secret", "data_mutations.txt"), "not for the warehouse\n");
        var delivery = night.Inbox.Deliver("study", folder =>
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "meta_study.txt"), "cancer_study_identifier: s1\ntype_of_cancer: brca\nreference_genome: hg38\n");
            File.WriteAllText(Path.Combine(folder, "meta_mutations.txt"),
                $"cancer_study_identifier: s1\ngenetic_alteration_type: MUTATION_EXTENDED\ndatatype: MAF\ndata_filename: {Path.GetRelativePath(folder, secret)}\n");
            File.WriteAllText(Path.Combine(folder, "meta_cna.txt"), $"cancer_study_identifier: s1\ngenetic_alteration_type: COPY_NUMBER_ALTERATION\ndatatype: DISCRETE\ndata_filename: {secret}\n");
        });

        var report = await night.RunAsync(delivery);

        var relative = Path.GetRelativePath(Path.Combine(night.Inbox.InboxPath, ".study"), secret);
        Assert.Equal(
            [$"meta_cna.txt: data_filename: '{secret}' is not the name of a file in the study folder; give the file's name alone (e.g. data_filename: data_mutations.txt), the file next to meta_cna.txt",
             $"meta_mutations.txt: data_filename: '{relative}' is not the name of a file in the study folder; give the file's name alone (e.g. data_filename: data_mutations.txt), the file next to meta_mutations.txt"],
            report.Files.Where(f => f.Outcome == FileOutcome.Rejected).Select(f => Assert.Single(f.Errors).ToString()).Order(StringComparer.Ordinal));
        Assert.Equal("not for the warehouse\n", File.ReadAllText(secret));
        Assert.True(File.Exists(Path.Combine(night.Quarantine, "study", "meta_mutations.txt.error.txt")));
        Assert.True(File.Exists(Path.Combine(night.Archive, "study", "meta_study.txt")));
    }

    [Fact]
    public async Task Study_DataFileThatIsALink_IsRefused_AndTheLinkQuarantined()
    {
        var night = await Night.StartAsync();
        var outside = night.WriteOutside("data_cna.txt", "Hugo_Symbol\tS1\nERBB2\t2\n");
        var delivery = night.Inbox.Deliver("study", folder =>
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "meta_study.txt"), "cancer_study_identifier: s1\ntype_of_cancer: brca\nreference_genome: hg38\n");
            File.WriteAllText(Path.Combine(folder, "meta_cna.txt"), "cancer_study_identifier: s1\ngenetic_alteration_type: COPY_NUMBER_ALTERATION\ndatatype: DISCRETE\ndata_filename: data_cna.txt\n");
            File.CreateSymbolicLink(Path.Combine(folder, "data_cna.txt"), outside);
        });

        var report = await night.RunAsync(delivery);

        var refused = Assert.Single(report.Files, f => f.Outcome == FileOutcome.Rejected);
        Assert.Equal("data_cna.txt: data_cna.txt is a symbolic link; links are not read, deliver the file itself", Assert.Single(refused.Errors).ToString());
        Assert.Equal(outside, new FileInfo(Path.Combine(night.Quarantine, "study", "data_cna.txt")).LinkTarget);
        Assert.True(File.Exists(outside));
    }

    [Fact]
    public async Task HiddenFilesAndHiddenLinks_AreStillSkipped()
    {
        var night = await Night.StartAsync();
        var outside = night.WriteOutside("patients-hidden.csv", OtherPatients);
        var delivery = night.Inbox.Deliver("d1", folder =>
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "patients.csv"), Patients);
            File.WriteAllText(Path.Combine(folder, ".patients-draft.csv"), "not,a,valid,file\n");
            File.CreateSymbolicLink(Path.Combine(folder, ".patients-link.csv"), outside);
        });

        var report = await night.RunAsync(delivery);

        Assert.Equal(["patients.csv"], report.Files.Select(f => Path.GetFileName(f.Path)));
        Assert.Equal(FileOutcome.Loaded, report.Files[0].Outcome);
        Assert.Equal(["patients.csv"], Directory.GetFileSystemEntries(Path.Combine(night.Archive, "d1")).Select(Path.GetFileName));
        Assert.False(Directory.Exists(night.Quarantine));
        Assert.Equal(OtherPatients, File.ReadAllText(outside));
    }

    [Fact]
    public async Task Ingest_AGzipBomb_IsRejectedNamingTheLimit_LoadsNothing_AndIsQuarantined()
    {
        // The ratio is checked after 1 MiB here (64 MiB by default), so that a bomb of 4 MiB (about 10 KB compressed) is enough.
        var night = await Night.StartAsync(new InputLimits { ExpansionCheckedAfterBytes = 1 << 20 });
        var delivery = night.Inbox.Deliver("d1", folder =>
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "patients.csv"), Patients);
            using var file = File.Create(Path.Combine(folder, "PT0001-T1.vcf.gz"));
            using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
            gzip.Write("##fileformat=VCFv4.2\n"u8);
            var line = "##bomb=0000000000000000000000000000000000000000\n"u8.ToArray();
            for (var i = 0; i < (4 << 20) / line.Length; i++)
                gzip.Write(line);
        });

        var report = await night.RunAsync(delivery);

        var bomb = Assert.Single(report.Files, f => f.Outcome == FileOutcome.Rejected);
        var error = Assert.Single(bomb.Errors);
        Assert.Matches(@"^PT0001-T1\.vcf\.gz:\d+: the compressed data expands more than the limit MaxExpansionRatio = 100 times \([\d,]+ bytes from [\d,]+\); nothing was loaded\.", error.ToString());
        var quarantined = Path.Combine(night.Quarantine, "d1", "PT0001-T1.vcf.gz");
        Assert.True(File.Exists(quarantined));
        Assert.Contains("MaxExpansionRatio = 100", File.ReadAllText(quarantined + ".error.txt"));
        Assert.Equal(["patients.csv"], (await new WarehouseReader(night.Warehouse).SourceFilesAsync()).Select(f => f.FileName));
    }

    [Fact]
    public void InputLimits_BindFromTheIngestionLimitsSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ingestion:Limits:MaxLineBytes"] = "4194304",
            ["Ingestion:Limits:MaxExpansionRatio"] = "250",
        }).Build();

        var limits = configuration.GetSection("Ingestion:Limits").Get<InputLimits>();

        Assert.Equal(InputLimits.Default with { MaxLineBytes = 4 << 20, MaxExpansionRatio = 250 }, limits);
    }

    private static InboxOptions Options(string work) => new()
    {
        Inbox = Path.Combine(work, "inbox"),
        Archive = Path.Combine(work, "archive"),
        Quarantine = Path.Combine(work, "quarantine"),
    };

    /// <summary>An inbox, its archive and quarantine, a fresh DuckDB warehouse, and a folder outside all of them.</summary>
    private sealed record Night(string Work, Inbox Inbox, Ingestor Ingestor, global::TrialWarehouse.Warehouse.Warehouse Warehouse)
    {
        public string Archive => Path.Combine(Work, "archive");

        public string Quarantine => Path.Combine(Work, "quarantine");

        public static async Task<Night> StartAsync(InputLimits? limits = null)
        {
            var work = TestEngines.TempDirectory();
            var warehouse = global::TrialWarehouse.Warehouse.Warehouse.Create(TestEngines.Fresh("duckdb"));
            await Migrator.MigrateAsync(warehouse);
            return new Night(work, new Inbox(Options(work)), new Ingestor(new WarehouseLoader(warehouse, TimeProvider.System, TestPseudonyms.Instance), limits: limits), warehouse);
        }

        public string WriteOutside(string relative, string text)
        {
            var path = Path.Combine(Work, "outside", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            return path;
        }

        public async Task<IngestReport> RunAsync(string delivery)
        {
            var report = await Ingestor.IngestAsync([delivery]);
            Inbox.Settle(delivery, report);
            return report;
        }

        public async Task<List<string>> PatientIdsAsync() =>
            [.. (await new WarehouseReader(Warehouse).PatientsAsync(new PatientFilter(), null, 100)).Select(p => p.PatientId)];
    }
}

using System.CommandLine;
using TrialWarehouse.Cli;
using TrialWarehouse.Cli.Commands;

var root = new RootCommand("TrialWarehouse: load a precision-oncology trial's genomic and clinical files into a warehouse, query it, render tumor board reports.")
{
    Options = { CliApp.Engine, CliApp.Connection, CliApp.SecretFile },
    Subcommands =
    {
        DemoCommand.Create(),
        IngestCommand.Create(),
        QueryCommand.Create(),
        ReportCommand.Create(),
        VcfCommand.Create(),
        ExportCommand.Create(),
        FilesCommand.Create(),
        JobsCommand.Create(),
        KnowledgeBaseCommand.Create(),
        KnowledgeBaseCommand.CreateAnnotate(),
        DbCommand.Create(),
    },
};
return await root.Parse(args).InvokeAsync();

using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Api.Types;

public sealed class QueryGraphType : ObjectGraphType
{
    public const int MaxPageSize = 100;

    public QueryGraphType(WarehouseReader reader)
    {
        Name = "Query";
        Description = "The trial warehouse, read-only.";

        Connection<PatientGraphType>("patients")
            .Description($"Patients by id, a page at a time (at most {MaxPageSize}).")
            .Argument<PatientFilterInputType>("filter", "Cohort criteria.")
            .ResolveAsync(async c =>
            {
                var first = c.First ?? 20;
                if (first is < 0 or > MaxPageSize)
                    throw new ExecutionError($"first must be between 0 and {MaxPageSize}; ask for the next page with `after`") { Code = "BAD_PAGE_SIZE" };
                var filter = c.GetArgument<PatientFilter>("filter") ?? new PatientFilter();
                var after = c.After is null ? null : Cursor.Decode(c.After);
                var total = await FilterErrors.Guard(() => reader.CountPatientsAsync(filter, c.CancellationToken));
                // One row more than asked tells whether there is a next page.
                var rows = await reader.PatientsAsync(filter, after, first + 1, c.CancellationToken);
                var batch = new PageBatch(reader, rows.Take(first).ToList(), c.CancellationToken, filter.AsOf);
                return new Connection<PatientNode>
                {
                    TotalCount = checked((int)total),
                    Edges = batch.Patients.Select(p => new Edge<PatientNode> { Cursor = Cursor.Encode(p.Row.PatientId), Node = p }).ToList(),
                    PageInfo = new PageInfo
                    {
                        HasNextPage = rows.Count > first,
                        HasPreviousPage = after is not null,
                        StartCursor = batch.Patients.Count > 0 ? Cursor.Encode(batch.Patients[0].Row.PatientId) : null,
                        EndCursor = batch.Patients.Count > 0 ? Cursor.Encode(batch.Patients[^1].Row.PatientId) : null,
                    },
                };
            });

        ActionableAlterationsField.Add(this, reader);

        Field<NonNullGraphType<TrialSummaryGraphType>>("trialSummary")
            .Description("Enrolled, complete profile, actionable, matched therapy and PFS2/PFS1 >= 1.3, with 95% confidence intervals.")
            .Argument<PatientFilterInputType>("filter", "Cohort criteria.")
            .Argument<StringGraphType>("kbVersion", "Knowledge-base version; default the newest loaded.")
            .ResolveAsync(async c => await FilterErrors.Guard(() => TrialSummary.ComputeAsync(reader, c.GetArgument<PatientFilter>("filter") ?? new PatientFilter(),
                c.GetArgument<string?>("kbVersion"), c.CancellationToken)));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AlterationFrequencyGraphType>>>>("alterationFrequencies")
            .Description("Per gene and alteration class, the patients altered, most frequent first.")
            .Argument<PatientFilterInputType>("filter", "Cohort criteria.")
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<PatientFilter>("filter") ?? new PatientFilter();
                var profiled = (await FilterErrors.Guard(() => reader.CohortCountsAsync(filter, null, c.CancellationToken))).CompleteProfile;
                return (await reader.AlterationFrequenciesAsync(filter, c.CancellationToken))
                    .Select(f => new AlterationFrequency(f.Gene, f.AlterationClass, new Domain.Proportion(f.Patients, profiled)))
                    .OrderByDescending(f => f.Patients.Count).ThenBy(f => f.Gene, StringComparer.Ordinal).ThenBy(f => f.AlterationClass, StringComparer.Ordinal);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KnowledgeBaseGraphType>>>>("knowledgeBases")
            .Description("Loaded knowledge-base versions, newest (current) first.")
            .ResolveAsync(async c => await reader.KnowledgeBasesAsync(c.CancellationToken));

        Field<NonNullGraphType<SurvivalGraphType>>("survival")
            .Description("Kaplan-Meier curves, medians with 95% intervals and the log-rank test for OS or PFS, by group (docs/survival.md).")
            .Argument<NonNullGraphType<SurvivalEndpointGraphType>>("endpoint", "OS, or PFS on the line given by `line`.")
            .Argument<SurvivalGroupByGraphType>("groupBy", "How to split the cohort.", a => a.DefaultValue = SurvivalGroupBy.None)
            .Argument<PatientFilterInputType>("filter", "Cohort criteria.")
            .Argument<IntGraphType>("line", "For PFS: the line number analysed, among the patients who had that line.", a => a.DefaultValue = 1)
            .Argument<ConfidenceTransformGraphType>("confidenceTransform", "Scale of the 95% intervals; LOG is R survfit's default.",
                a => a.DefaultValue = Statistics.ConfidenceTransform.Log)
            .ResolveAsync(async c =>
            {
                var line = c.GetArgument<int?>("line") ?? 1;
                if (line < 1)
                    throw new ExecutionError($"line must be 1 or more (1 = first line), not {line}") { Code = "BAD_LINE" };
                return await SurvivalAnalysis.ComputeAsync(reader, c.GetArgument<PatientFilter>("filter") ?? new PatientFilter(),
                    c.GetArgument<SurvivalEndpoint>("endpoint"), line, c.GetArgument("groupBy", SurvivalGroupBy.None),
                    c.GetArgument("confidenceTransform", Statistics.ConfidenceTransform.Log), c.CancellationToken);
            });

        Field<PatientGraphType>("patient")
            .Description("One patient by pseudonymous id; null when unknown.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Pseudonymous patient id.")
            .Argument<DateOnlyGraphType>("asOf", "The patient's attributes as the warehouse described them at the end of this day (UTC), from their history; null when the patient was not known then. Default: now.")
            .ResolveAsync(async c =>
            {
                var asOf = c.GetArgument<DateOnly?>("asOf");
                var row = await reader.PatientAsync(c.GetArgument<string>("id"), asOf, c.CancellationToken);
                return row is null ? null : new PageBatch(reader, [row], c.CancellationToken, asOf).Patients[0];
            });

        Field<PatientGraphType>("patientBySourceId")
            .Description("One patient by the id in the hospital's files; null when unknown." + Identification.Note)
            .Argument<NonNullGraphType<StringGraphType>>("sourceId", "The patient's hospital id, as in patients.csv.")
            .ResolveAsync(async c =>
            {
                Identification.RequireClinician(c);
                var pseudonym = await reader.PseudonymAsync("patient", c.GetArgument<string>("sourceId"), c.CancellationToken);
                var row = pseudonym is null ? null : await reader.PatientAsync(pseudonym, null, c.CancellationToken);
                return row is null ? null : new PageBatch(reader, [row], c.CancellationToken).Patients[0];
            });
    }
}

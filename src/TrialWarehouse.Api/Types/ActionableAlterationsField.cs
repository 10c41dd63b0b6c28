using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Api.Types;

/// <summary>The root field <c>actionableAlterations</c>: actionable matches across the cohort, a page at a time.</summary>
internal static class ActionableAlterationsField
{
    public static void Add(ObjectGraphType query, WarehouseReader reader) =>
        query.Connection<ActionableAlterationMatchGraphType>("actionableAlterations")
            .Description($"Actionable alterations across the cohort by patient, sample and tier, a page at a time (at most {QueryGraphType.MaxPageSize}); empty when no knowledge base is loaded.")
            .Argument<ActionableAlterationFilterInputType>("filter", "Which matches.")
            .ResolveAsync(async c =>
            {
                var first = c.First ?? 20;
                if (first is < 0 or > QueryGraphType.MaxPageSize)
                    throw new ExecutionError($"first must be between 0 and {QueryGraphType.MaxPageSize}; ask for the next page with `after`") { Code = "BAD_PAGE_SIZE" };
                var filter = c.GetArgument<ActionableAlterationFilter>("filter") ?? new ActionableAlterationFilter();
                var after = c.After is null ? null : Cursor.DecodeMatch(c.After);
                // One row more than asked tells whether there is a next page.
                var page = await FilterErrors.Guard(() => reader.ActionableAlterationsAsync(filter, after, first + 1, c.CancellationToken));
                var batch = new ActionableAlterationPageBatch(reader, page.Rows.Take(first).ToList(), c.CancellationToken);
                var edges = batch.Matches.Select(m => new Edge<ActionableAlterationNode> { Cursor = Cursor.Encode(ActionableAlterationKey.Of(m.Row)), Node = m }).ToList();
                return new Connection<ActionableAlterationNode>
                {
                    TotalCount = checked((int)page.TotalCount),
                    Edges = edges,
                    PageInfo = new PageInfo
                    {
                        HasNextPage = page.Rows.Count > first,
                        HasPreviousPage = after is not null,
                        StartCursor = edges.Count > 0 ? edges[0].Cursor : null,
                        EndCursor = edges.Count > 0 ? edges[^1].Cursor : null,
                    },
                };
            });
}

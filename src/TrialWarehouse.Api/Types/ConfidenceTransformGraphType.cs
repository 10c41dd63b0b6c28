using GraphQL.Types;
using TrialWarehouse.Statistics;

namespace TrialWarehouse.Api.Types;

public sealed class ConfidenceTransformGraphType : EnumerationGraphType
{
    public ConfidenceTransformGraphType()
    {
        Name = "ConfidenceTransform";
        Description = "The scale of the pointwise 95% interval of a Kaplan-Meier curve (Greenwood variance), as R's survfit conf.type.";
        Add("LOG", ConfidenceTransform.Log, "exp(log S ± 1.96 σ), capped at 1: R survfit's default, conf.type = \"log\".");
        Add("LOG_LOG", ConfidenceTransform.LogLog, "S^exp(±1.96 σ / |log S|): conf.type = \"log-log\", SAS PROC LIFETEST's default; undefined where S = 1.");
    }
}

namespace TrialWarehouse.Reports.Tests;

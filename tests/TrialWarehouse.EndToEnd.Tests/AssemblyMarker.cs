namespace TrialWarehouse.EndToEnd.Tests;

namespace TrialWarehouse.Genomics.Tests;

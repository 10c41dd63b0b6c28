namespace TrialWarehouse.Clinical.Tests;

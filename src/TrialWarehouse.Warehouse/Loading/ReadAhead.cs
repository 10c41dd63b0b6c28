using System.Collections.Concurrent;

namespace TrialWarehouse.Warehouse.Loading;

/// <summary>
/// Enumerates a source on a thread of its own, a bounded number of items ahead of the consumer: a file is parsed on
/// one core while the engine writes the rows already parsed on another. An exception of the source (a rejected file)
/// reaches the consumer at the point the source threw, after the items before it.
/// </summary>
internal static class ReadAhead
{
    private const int Capacity = 4096;

    public static IEnumerable<T> Of<T>(IEnumerable<T> source, CancellationToken cancellationToken)
    {
        using var buffer = new BlockingCollection<T>(Capacity);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Exception? failure = null;
        var producer = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var item in source)
                    buffer.Add(item, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                // The consumer stopped early: nothing to report.
            }
            catch (Exception e)
            {
                failure = e;
            }
            finally
            {
                buffer.CompleteAdding();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (var item in buffer.GetConsumingEnumerable(cancellationToken))
                yield return item;
        }
        finally
        {
            stop.Cancel();
            producer.Wait(CancellationToken.None);
        }
        if (failure is not null)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
    }
}

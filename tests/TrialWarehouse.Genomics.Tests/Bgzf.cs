using System.IO.Compression;

namespace TrialWarehouse.Genomics.Tests;

/// <summary>Writes BGZF as bgzip does: gzip members carrying a BC extra field, then an empty end-of-file member.</summary>
internal static class Bgzf
{
    public static readonly byte[] EofBlock =
    [
        0x1f, 0x8b, 0x08, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0x06, 0x00, 0x42, 0x43, 0x02, 0x00,
        0x1b, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    ];

    public static byte[] Compress(IEnumerable<byte[]> blocks, bool withEof = true)
    {
        using var output = new MemoryStream();
        foreach (byte[] block in blocks)
        {
            WriteBlock(output, block);
        }

        if (withEof)
        {
            output.Write(EofBlock);
        }

        return output.ToArray();
    }

    private static void WriteBlock(Stream output, byte[] data)
    {
        using var deflated = new MemoryStream();
        using (var deflate = new DeflateStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(data);
        }

        byte[] cdata = deflated.ToArray();
        int blockSize = 18 + cdata.Length + 8;
        output.Write([0x1f, 0x8b, 0x08, 0x04, 0, 0, 0, 0, 0, 0xff, 6, 0, (byte)'B', (byte)'C', 2, 0, (byte)((blockSize - 1) & 0xff), (byte)((blockSize - 1) >> 8)]);
        output.Write(cdata);
        output.Write(BitConverter.GetBytes(Crc32(data)));
        output.Write(BitConverter.GetBytes((uint)data.Length));
    }

    private static uint Crc32(byte[] data)
    {
        uint crc = 0xffffffff;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xedb88320 : crc >> 1;
            }
        }

        return ~crc;
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole regular file read into pages of its own, which its reader gives back to the system as
/// it passes them (`release(below:)`).
///
/// Opening a dossier turns its bytes into records, and a stretch once read is never looked at
/// again: the place of an error is found by reading the file anew (`Dossier.load(releasing:)`).
/// Kept whole, the bytes and the records made of them were in memory together: at the
/// handbook's upper bound 5 MiB of 25 (issue 15: peak memory within 4x the file). The pages are
/// mapped here rather than taken from malloc, so that giving them back disturbs no allocator.
public final class FileBuffer: @unchecked Sendable {
    /// The file's length in bytes.
    public let count: Int
    private let base: UnsafeMutableRawPointer
    private let mapped: Int
    /// Bytes below this (whole pages) have been given back and read as zeros.
    public private(set) var released = 0

    private init(base: UnsafeMutableRawPointer, mapped: Int, count: Int) {
        self.base = base
        self.mapped = mapped
        self.count = count
    }

    deinit { munmap(base, mapped) }

    /// Reads a regular file whole, as `FileSystem.read` does; nil when the file is anything else
    /// or changed length while it was read (the caller then reads it with `FileSystem.read`, which
    /// says what is wrong or takes the file as it is).
    public static func read(_ path: String, limit: Int = FileSystem.maximumSize) -> FileBuffer? {
        let fd = syscall { open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, FileSystem.kind(of: st) == nil, st.st_size > 0, Int(st.st_size) <= limit else { return nil }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        let size = Int(st.st_size)
        // One byte more than the file, to see that it ended where fstat said.
        let mapped = (size + 1 + Self.pageSize - 1) / Self.pageSize * Self.pageSize
        guard let base = mmap(nil, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), base != MAP_FAILED else { return nil }
        let buffer = FileBuffer(base: base, mapped: mapped, count: size)
        var read = 0
        while read < size + 1 {
            let n = syscall { Descriptor.read(fd, base + read, size + 1 - read) }
            if n <= 0 { break }
            read += n
        }
        return read == size ? buffer : nil
    }

    /// The bytes (those below `released` read as zeros).
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count))
    }

    /// Gives back the whole pages below `offset`: the memory they held is free, and they read as
    /// zeros from now on.
    public func release(below offset: Int) {
        let end = min(offset, count) / Self.pageSize * Self.pageSize
        guard end > released else { return }
        _ = madvise(base + released, end - released, MADV_DONTNEED)
        released = end
    }

    static let pageSize = max(Int(sysconf(Int32(_SC_PAGESIZE))), 4096)
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's calls on file descriptors under names of their own, for the places where a
/// type of ours has a method of the same name (`FileSystem.read`), and whole writes with the
/// EINTR retry.
public enum Descriptor {
    public static let standardInput: Int32 = 0
    public static let standardOutput: Int32 = 1
    public static let standardError: Int32 = 2

    @inline(__always)
    static func read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(fd, buffer, count)
        #else
        Darwin.read(fd, buffer, count)
        #endif
    }

    @inline(__always)
    static func write(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, buffer, count)
        #else
        Darwin.write(fd, buffer, count)
        #endif
    }

    /// Writes all of `bytes`, or throws why not (for `path` in the message).
    public static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(IOError) {
        var done = 0
        while done < bytes.count {
            done += try syscall(.write, path) { bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, $0.count - done) } }
        }
    }

    /// Writes as much of `bytes` as the reader takes: a reader gone (EPIPE) ends the write
    /// quietly, which is what standard output and a pager want. The count written.
    @discardableResult
    public static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int {
        var done = 0
        while done < bytes.count {
            let n = syscall { bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, $0.count - done) } }
            if n <= 0 { break }
            done += n
        }
        return done
    }

    /// Writes a line of text to standard error (the helper programs' complaints).
    public static func writeError(_ text: String) { writeAll(standardError, Array(text.utf8)) }

    public static func close(_ fd: Int32) {
        #if canImport(Glibc)
        _ = Glibc.close(fd)
        #else
        _ = Darwin.close(fd)
        #endif
    }
}

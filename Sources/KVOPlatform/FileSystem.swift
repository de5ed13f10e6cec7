#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one file API of kvo, on the C library rather than Foundation (Foundation costs
/// milliseconds of start-up, and `kvo -c 'echo 1'` has a budget of a few). Reading here; writing
/// so that work is never lost in `FileSystem+Write.swift`; paths in `FileSystem+Paths.swift`.
public enum FileSystem {
    /// The largest file kvo reads whole: a dossier of 20,000 incidents is about 6 MB, so this
    /// is far above any real one and far below what would exhaust the memory.
    public static let maximumSize = 256 * 1024 * 1024

    /// Reads a whole regular file. A FIFO, a device or a folder is refused before a byte is read
    /// (opened without blocking, so a FIFO with no writer cannot hang kvo), and so is a file
    /// above `limit`. `allowingStreams` lets standard input be a pipe (only a folder is refused).
    public static func read(_ path: String, limit: Int = maximumSize, allowingStreams: Bool = false) throws(IOError) -> [UInt8] {
        let fd = try syscall(.open, path) { open(path, O_RDONLY | O_CLOEXEC | (allowingStreams ? 0 : O_NONBLOCK)) }
        defer { close(fd) }
        var st = stat()
        try syscall(.read, path) { fstat(fd, &st) }
        let kind = kind(of: st)
        if kind != nil && (!allowingStreams || kind == .folder) { throw IOError(.read, path, .notRegular(kind!)) }
        if kind == nil, Int(st.st_size) > limit { throw IOError(.read, path, .tooLarge(limit: limit)) }
        // Back to blocking reads: a regular file never blocks, and EAGAIN must not stop the loop.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return try readAll(fd, path: path, limit: limit, expected: max(Int(st.st_size), 0))
    }

    /// Reads a whole UTF-8 text file (as `read`), a byte order mark dropped.
    public static func readText(_ path: String, allowingStreams: Bool = false) throws(IOError) -> String {
        let bytes = try read(path, allowingStreams: allowingStreams)
        guard let text = String(validating: bytes, as: UTF8.self) else { throw IOError(.read, path, .notUTF8) }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    /// Everything up to the end of `fd`, at most `limit` bytes.
    public static func readAll(_ fd: Int32, path: String, limit: Int = maximumSize, expected: Int = 0) throws(IOError) -> [UInt8] {
        // Straight into an array of the expected size, one byte more to see the end: no zeroed
        // buffer and no second copy (a 5 MiB dossier was in memory twice while it was read).
        var failure: IOError?
        var bytes = [UInt8](unsafeUninitializedCapacity: min(max(expected, 0), maximumSize) + 1) { buffer, count in
            count = 0
            while count < buffer.count {
                let n = syscall { Descriptor.read(fd, buffer.baseAddress! + count, buffer.count - count) }
                if n < 0 { failure = IOError.last(.read, path); return }
                if n == 0 { return }
                count += n
            }
        }
        if let failure { throw failure }
        if bytes.count > limit { throw IOError(.read, path, .tooLarge(limit: limit)) }
        if bytes.count <= min(max(expected, 0), maximumSize) { return bytes }
        // More than expected (a stream, or a file that grew): the rest in chunks.
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = try syscall(.read, path) { chunk.withUnsafeMutableBytes { Descriptor.read(fd, $0.baseAddress!, $0.count) } }
            if n == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > limit { throw IOError(.read, path, .tooLarge(limit: limit)) }
        }
    }

    /// What a file is when it is not a regular one (nil when it is).
    public static func kind(of st: stat) -> IOError.FileKind? {
        switch st.st_mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: .folder
        case S_IFIFO: .fifo
        case S_IFCHR, S_IFBLK: .device
        default: .other
        }
    }

    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    public static func isExecutable(_ path: String) -> Bool { access(path, X_OK) == 0 }

    /// Whether `path` is a regular file (not a FIFO, device or folder).
    public static func isRegularFile(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }

    public static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether the file exists and is read-only: no write bit set, or no write access for us.
    public static func isReadOnly(_ path: String) -> Bool {
        var st = stat()
        guard stat(path, &st) == 0 else { return false }
        return (st.st_mode & 0o222) == 0 || access(path, W_OK) != 0
    }

    /// The names in a folder (without "." and ".."); empty when it cannot be read.
    public static func names(in folder: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    public static func remove(_ path: String) { unlink(path) }

    public static func removeFolder(_ path: String) { rmdir(path) }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KVOModel

/// The few file operations scripts need, on the C library rather than Foundation: Foundation
/// costs milliseconds of start-up, and `kvo -c 'echo 1'` has a budget of a few.
public enum FileSystem {
    public struct Failure: Error, Sendable {
        public let message: Message
    }

    /// Reads a whole UTF-8 text file. A FIFO, device or folder is refused without blocking, and
    /// so is a file above `FileStore.maximumSize`; `allowingStreams` lets standard input be a pipe.
    public static func readText(_ path: String, allowingStreams: Bool = false) throws(Failure) -> String {
        let fd = open(path, O_RDONLY | O_CLOEXEC | (allowingStreams ? 0 : O_NONBLOCK))
        guard fd >= 0 else { throw Failure(message: describeErrno()) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            close(fd)
            throw Failure(message: describeErrno())
        }
        if !allowingStreams || (st.st_mode & S_IFMT) == S_IFDIR, let why = FileStore.refusal(st) {
            close(fd)
            throw Failure(message: why)
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        guard let file = fdopen(fd, "rb") else {
            close(fd)
            throw Failure(message: describeErrno())
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n > 0 { bytes.append(contentsOf: buffer[0..<n]) }
            if bytes.count > FileStore.maximumSize {
                throw Failure(message: Message(en: "it is larger than \(FileStore.maximumSize / (1024 * 1024)) MiB",
                                               nl: "het is groter dan \(FileStore.maximumSize / (1024 * 1024)) MiB"))
            }
            if n < buffer.count {
                if ferror(file) != 0 { throw Failure(message: describeErrno()) }
                break
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Failure(message: Message(en: "it is not UTF-8 text", nl: "het is geen UTF-8-tekst"))
        }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    /// Whether `path` is a regular file (not a FIFO, device or folder).
    public static func isRegularFile(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }

    public static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    public static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The canonical absolute path, or nil when the file does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `path` taken relative to `directory` unless it is absolute; `~/` is the home folder.
    public static func resolve(_ path: String, against directory: String) -> String {
        if path.hasPrefix("/") { return path }
        if path == "~" || path.hasPrefix("~/"), let home = getenv("HOME") {
            return String(cString: home) + path.dropFirst()
        }
        if directory.isEmpty || directory == "." { return path }
        return directory.hasSuffix("/") ? directory + path : directory + "/" + path
    }

    /// The folder part of a path ("." when there is none).
    public static func directory(of path: String) -> String { FileStore.directory(of: path) }

    /// Whether `path` lies inside `folder` (both canonical).
    public static func isInside(_ path: String, folder: String) -> Bool {
        folder == "/" || path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    static func describeErrno() -> Message {
        switch errno {
        case ENOENT: Message(en: "no such file", nl: "bestand bestaat niet")
        case EACCES: Message(en: "permission denied", nl: "geen toegang")
        case EISDIR: Message(en: "it is a folder", nl: "het is een map")
        default: Message(en: String(cString: strerror(errno)), nl: "systeemfout \(errno): " + String(cString: strerror(errno)))
        }
    }
}

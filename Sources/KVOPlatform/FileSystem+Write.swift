#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing files so that work is never lost: a save writes a temporary file in the same folder,
/// flushes it to disk, and renames it over the old one, so a crash leaves either the old or the
/// new file, never a torn one.
extension FileSystem {
    /// Writes `bytes` to `path` atomically and durably. A symbolic link is written through: its
    /// target is replaced and the link stays a link. The new file keeps the old one's mode and
    /// owner. The temporary file is made with O_EXCL|O_NOFOLLOW, so a link planted under its
    /// name cannot redirect the write; it carries the process ID, so a later run can tell a
    /// leftover of a killed save (`removeTemporaryFiles`).
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(IOError) {
        let target = resolved(path)
        let temporary = temporaryName(of: target, pid: getpid())
        var original = stat()
        let hasOriginal = stat(target, &original) == 0
        let mode = hasOriginal ? original.st_mode & 0o7777 : 0o644
        let fd = try createExclusively(temporary, mode: mode)
        do throws(IOError) {
            // Exactly the original's mode (O_CREAT's mode passes through the umask), and its owner.
            _ = fchmod(fd, mode)
            if hasOriginal { _ = fchown(fd, original.st_uid, original.st_gid) }
            try Descriptor.writeAll(fd, bytes, path: temporary)
            try syscall(.flush, temporary) { fsync(fd) }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        guard rename(temporary, target) == 0 else {
            // The message names the path as the user gave it, not the link's target.
            let failure = IOError.last(.replace, path)
            unlink(temporary)
            throw failure
        }
        syncDirectory(directory(of: target))
    }

    /// The name of the temporary file a save by process `pid` writes beside `path`.
    public static func temporaryName(of path: String, pid: Int32) -> String {
        directory(of: path) + "/." + fileName(of: path) + ".tmp-\(pid)"
    }

    /// Creates a new file, never following a link and never opening one that exists. A file of
    /// our own process ID can only be a leftover of a dead process that had the same ID (we
    /// leave none): it is removed (a link is removed, not its target) and the create is tried again.
    static func createExclusively(_ path: String, mode: mode_t) throws(IOError) -> Int32 {
        for attempt in 0..<2 {
            let fd = syscall { open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode) }
            if fd >= 0 { return fd }
            guard errno == EEXIST, attempt == 0 else { break }
            unlink(path)
        }
        throw IOError.last(.write, path)
    }

    /// Removes the temporary files that saves of `path` by processes now gone left behind (a
    /// save killed before its rename). Those of live processes are theirs to finish.
    public static func removeTemporaryFiles(of path: String) {
        let target = resolved(path)
        let folder = directory(of: target)
        let prefix = "." + fileName(of: target) + ".tmp-"
        for name in names(in: folder) {
            guard name.hasPrefix(prefix), let pid = Int32(name.dropFirst(prefix.count)), pid > 0 else { continue }
            if pid != getpid(), !Subprocess.isAlive(pid) { unlink(folder + "/" + name) }
        }
    }

    /// Appends a line and flushes it to disk before returning (the journal's promise). A write
    /// that fails half-way (a full disk) is cut back off, so the file never holds half a line
    /// followed by whole ones.
    public static func appendDurably(_ line: String, to path: String) throws(IOError) {
        let fd = try syscall(.open, path) { open(path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600) }
        defer { close(fd) }
        let before = lseek(fd, 0, SEEK_END)
        do throws(IOError) {
            try Descriptor.writeAll(fd, Array((line + "\n").utf8), path: path)
            try syscall(.flush, path) { fsync(fd) }
        } catch {
            if before >= 0 { _ = ftruncate(fd, before) }
            throw error
        }
    }

    /// Adds the bytes at the end of the file (made when missing): `COMMAND >> FILE`.
    public static func append(_ bytes: [UInt8], to path: String) throws(IOError) {
        let fd = try syscall(.open, path) { open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644) }
        defer { close(fd) }
        try Descriptor.writeAll(fd, bytes, path: path)
    }

    /// Makes a folder and the folders above it that are missing (`mkdir -p`).
    /// The shell's history folder is private (0o700); report folders are not (0o755).
    public static func makeFolders(_ path: String, mode: mode_t = 0o755) throws(IOError) {
        if isDirectory(path) { return }
        let parent = directory(of: path)
        if parent != path, parent != ".", parent != "/", !exists(parent) { try makeFolders(parent, mode: mode) }
        if mkdir(path, mode) != 0, errno != EEXIST { throw IOError.last(.makeFolder, path) }
        if !isDirectory(path) { throw IOError(.makeFolder, path, .notFolder) }
    }

    /// A new, empty folder under /tmp named after `prefix` (`kvo-pdf-XXXXXX`).
    public static func makeTemporaryFolder(_ prefix: String) throws(IOError) -> String {
        var template = Array("/tmp/\(prefix)-XXXXXX".utf8CString)
        guard mkdtemp(&template) != nil else { throw IOError.last(.makeTemporaryFolder, "/tmp/\(prefix)") }
        // The template without its terminating NUL (String(cString:) of an array is deprecated).
        return String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// A new, empty file under /tmp named after `prefix` (`kvo-plan-XXXXXX`).
    public static func makeTemporaryFile(_ prefix: String) throws(IOError) -> String {
        var template = Array("/tmp/\(prefix)-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { throw IOError.last(.create, "/tmp/\(prefix)") }
        close(fd)
        return String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func syncDirectory(_ folder: String) {
        let fd = syscall { open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }
}

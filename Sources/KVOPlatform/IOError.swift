#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a system call on a file (or a program) failed: the operation, the path and the reason,
/// errno kept as a number. The one failure type of the platform layer.
///
/// It holds no text: `Message` (both languages) lives in KVOModel, above this layer, and KVOModel
/// renders an IOError (`IOError+Message.swift`). Moving `Message` down would pull the language
/// layer into the platform; this way the dependency stays one way (KVOModel -> KVOPlatform).
public struct IOError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kvo was doing, as the message says it ("cannot open PATH: ...").
    public enum Operation: Sendable, Equatable {
        case open, read, write, flush, replace, create, makeFolder, takeLock, makeTemporaryFolder, start
    }

    public enum Reason: Sendable, Equatable {
        /// The C library's errno.
        case errno(Int32)
        /// Not read whole: a folder, FIFO, device or other non-regular file.
        case notRegular(FileKind)
        /// Above the limit, in bytes.
        case tooLarge(limit: Int)
        case notUTF8
        /// The path names something that is not a folder (`mkdir -p`).
        case notFolder
        /// No reason to add (a lock that kept changing under us).
        case none
    }

    public enum FileKind: Sendable, Equatable { case folder, fifo, device, other }

    public let operation: Operation
    public let path: String
    public let reason: Reason

    public init(_ operation: Operation, _ path: String, _ reason: Reason) {
        self.operation = operation
        self.path = path
        self.reason = reason
    }

    /// The failure of the call just made, from the current errno.
    public static func last(_ operation: Operation, _ path: String) -> IOError {
        IOError(operation, path, .errno(errno))
    }

    /// For developers (a failing test's log); users read KVOModel's `message`.
    public var description: String {
        switch reason {
        case .errno(let code): "\(operation) \(path): \(String(cString: strerror(code)))"
        default: "\(operation) \(path): \(reason)"
        }
    }
}

extension IOError {
    /// The errno values kvo words itself (KVOModel gives them their text in both languages).
    public enum KnownErrno: Sendable, Equatable {
        case noSuchFile, permissionDenied, diskFull, readOnlyFileSystem, isFolder
    }

    public static func known(_ code: Int32) -> KnownErrno? {
        switch code {
        case ENOENT: .noSuchFile
        case EACCES: .permissionDenied
        case ENOSPC: .diskFull
        case EROFS: .readOnlyFileSystem
        case EISDIR: .isFolder
        default: nil
        }
    }

    /// The C library's own text for an errno value (strerror).
    public static func systemText(_ code: Int32) -> String { String(cString: strerror(code)) }
}

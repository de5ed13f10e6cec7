#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes a system call, again as long as a signal interrupted it (EINTR), as swift-nio's
/// `syscall` does: every read, write and wait of kvo goes through here, so no caller writes its
/// own retry loop. The result is the call's own (-1 with errno set on failure).
@inline(__always)
@discardableResult
public func syscall<T: BinaryInteger>(_ call: () -> T) -> T {
    while true {
        let result = call()
        if result < 0 && errno == EINTR { continue }
        return result
    }
}

/// `syscall`, throwing an IOError for `operation` on `path` when the call fails.
@inline(__always)
@discardableResult
public func syscall<T: BinaryInteger>(_ operation: IOError.Operation, _ path: String, _ call: () -> T) throws(IOError) -> T {
    let result = syscall(call)
    if result < 0 { throw IOError.last(operation, path) }
    return result
}

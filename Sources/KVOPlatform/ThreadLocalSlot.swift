#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One pointer per thread (a pthread key). Swift has no thread-local storage of its own; layers
/// above use this instead of calling pthreads themselves (the check trail keeps its recorder
/// here, so a background thread's reads never land in the foreground's trail).
public final class ThreadLocalSlot: Sendable {
    private let key: pthread_key_t

    public init() {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        self.key = key
    }

    /// What this thread stored, or nil.
    @inline(__always)
    public var value: UnsafeMutableRawPointer? { pthread_getspecific(key) }

    public func set(_ pointer: UnsafeMutableRawPointer?) { pthread_setspecific(key, pointer) }
}

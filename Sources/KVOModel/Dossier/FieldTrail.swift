#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every field read while it is active, on this thread: the trail of `check RULE --trail`, the
/// records and fields a verdict was drawn from with the values read. Recorded where every typed
/// read ends (`Record`'s subscript), so it is the real trail of the rule's code, not a list
/// written beside it.
///
/// Cost when no trail is active anywhere: one load of `active` per field read. The trail is kept
/// per thread, so the shell's background warm-up of the checks never writes into it.
public final class FieldTrail: @unchecked Sendable {
    /// One read: the record's ID ("" for a section that exists once), the field, the value.
    public struct Read: Sendable, Equatable {
        public let id: String
        public let field: String
        public let value: JSONValue?
    }

    public private(set) var reads: [Read] = []
    private var seen: Set<String> = []

    public init() {}

    /// How many trails are active on any thread: reads only look for theirs when one is.
    nonisolated(unsafe) static var active = 0
    nonisolated(unsafe) private static var key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// Runs `body` with this trail noting every field read on this thread.
    public func recording<T>(_ body: () throws -> T) rethrows -> T {
        let key = Self.key
        let previous = pthread_getspecific(key)
        pthread_setspecific(key, Unmanaged.passUnretained(self).toOpaque())
        Self.active += 1
        defer {
            Self.active -= 1
            pthread_setspecific(key, previous)
        }
        return try body()
    }

    /// Called by `Record`'s subscript.
    @inline(__always)
    static func note(_ record: Record, _ field: String, _ value: JSONValue?) {
        guard active > 0, let raw = pthread_getspecific(key) else { return }
        Unmanaged<FieldTrail>.fromOpaque(raw).takeUnretainedValue().add(record, field, value)
    }

    private func add(_ record: Record, _ field: String, _ value: JSONValue?) {
        guard field != Record.idField else { return }
        let id = record.rawID
        guard seen.insert(id + "\u{0}" + field).inserted else { return }
        reads.append(Read(id: id, field: field, value: value))
    }
}

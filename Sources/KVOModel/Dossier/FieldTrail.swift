import KVOPlatform
import Synchronization

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
    static let active = Atomic<Int>(0)
    private static let slot = ThreadLocalSlot()

    /// Whether any thread records a trail: the one test a field read pays when none does.
    @inline(__always)
    static var isActive: Bool { active.load(ordering: .relaxed) > 0 }

    /// Runs `body` with this trail noting every field read on this thread.
    public func recording<T>(_ body: () throws -> T) rethrows -> T {
        let previous = Self.slot.value
        Self.slot.set(Unmanaged.passUnretained(self).toOpaque())
        Self.active.add(1, ordering: .relaxed)
        defer {
            Self.active.subtract(1, ordering: .relaxed)
            Self.slot.set(previous)
        }
        return try body()
    }

    /// Called by `Record`'s subscript.
    @inline(__always)
    static func note(_ record: Record, _ field: String, _ value: JSONValue?) {
        guard isActive, let raw = slot.value else { return }
        Unmanaged<FieldTrail>.fromOpaque(raw).takeUnretainedValue().add(record, field, value)
    }

    private func add(_ record: Record, _ field: String, _ value: JSONValue?) {
        guard field != Record.idField else { return }
        let id = record.rawID
        guard seen.insert(id + "\u{0}" + field).inserted else { return }
        reads.append(Read(id: id, field: field, value: value))
    }
}

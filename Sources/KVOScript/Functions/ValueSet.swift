import KVOModel

/// The values seen so far, for `unique`: each found by hash, so a million values take a
/// million steps, not half a million million. Equality is the language's (`Value.==`): numbers
/// equal to 12 significant digits (0.1 + 0.2 is 0.3), 30% equal to 0.3, NaN equal to nothing.
struct ValueSet {
    /// Values whose equality is exact: null, true/false, text, dates, quarters.
    private enum Key: Hashable {
        case null, bool(Bool), string(String), date(Day), quarter(Quarter)
    }

    private var exact: Set<Key> = []
    /// The first number filed in each bucket, and any others in it that are not equal to it.
    private var numbers: [UInt64: Value] = [:]
    private var crowded: [UInt64: [Value]] = [:]
    /// Lists by length: rare in `unique`, compared in full.
    private var lists: [Int: [Value]] = [:]

    /// Adds the value; false when an equal one is already in the set.
    mutating func insert(_ value: Value) -> Bool {
        switch value {
        case .null: exact.insert(.null).inserted
        case .bool(let b): exact.insert(.bool(b)).inserted
        case .string(let s): exact.insert(.string(s)).inserted
        case .date(let d): exact.insert(.date(d)).inserted
        case .quarter(let q): exact.insert(.quarter(q)).inserted
        case .list(let items): insertList(value, items.count)
        case .number(let n), .percent(let n): insertNumber(value, n)
        }
    }

    private mutating func insertList(_ value: Value, _ count: Int) -> Bool {
        if lists[count]?.contains(value) == true { return false }
        lists[count, default: []].append(value)
        return true
    }

    private mutating func insertNumber(_ value: Value, _ n: Double) -> Bool {
        // Value.nearlyEqual allows 1e-12 relative. A bucket drops the lowest 16 of the 52
        // mantissa bits, about 1.5e-11 relative: wider than the tolerance, so a number equal to
        // n lies in n's bucket or in that of n nudged by the tolerance one way or the other.
        let own = Self.bucket(n)
        if holds(value, own) { return false }
        let below = Self.bucket(n * (1 - 2e-12)), above = Self.bucket(n * (1 + 2e-12))
        if below != own, holds(value, below) { return false }
        if above != own, holds(value, above) { return false }
        if numbers[own] == nil { numbers[own] = value } else { crowded[own, default: []].append(value) }
        return true
    }

    private func holds(_ value: Value, _ bucket: UInt64) -> Bool {
        guard let first = numbers[bucket] else { return false }
        return first == value || crowded[bucket]?.contains(value) == true
    }

    /// `+ 0` files -0 with 0.
    private static func bucket(_ n: Double) -> UInt64 { (n + 0).bitPattern & ~0xFFFF }
}

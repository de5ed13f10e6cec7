import KVOModel

/// The values seen so far, for `unique`: each found by hash, so a million values take a
/// million steps, not half a million million. Equality is the language's (`Value.==`): numbers
/// equal to 12 significant digits (0.1 + 0.2 is 0.3), 30% equal to 0.3, NaN equal to nothing.
struct ValueSet {
    private enum Key: Hashable {
        case null, bool(Bool), number(UInt64), string(String), date(Day), quarter(Quarter)
        /// Lists by length only: rare in `unique`, compared in full within their bucket.
        case list(Int)
    }

    private var buckets: [Key: [Value]] = [:]

    /// Adds the value; false when an equal one is already in the set.
    mutating func insert(_ value: Value) -> Bool {
        let keys = Self.keys(value)
        for key in keys where buckets[key]?.contains(value) == true { return false }
        buckets[keys[0], default: []].append(value)
        return true
    }

    /// The value's own key first, then those an equal value may be filed under.
    private static func keys(_ value: Value) -> [Key] {
        switch value {
        case .null: [.null]
        case .bool(let b): [.bool(b)]
        case .string(let s): [.string(s)]
        case .date(let d): [.date(d)]
        case .quarter(let q): [.quarter(q)]
        case .list(let items): [.list(items.count)]
        case .number(let n), .percent(let n):
            // Value.nearlyEqual allows 1e-12 relative. A bucket drops the lowest 16 of the 52
            // mantissa bits, about 1.5e-11 relative: wider than the tolerance, so a number equal
            // to n lies in n's bucket or in that of n nudged by the tolerance one way or the other.
            [.number(bucket(n)), .number(bucket(n * (1 - 2e-12))), .number(bucket(n * (1 + 2e-12)))]
        }
    }

    /// `+ 0` files -0 with 0.
    private static func bucket(_ n: Double) -> UInt64 { (n + 0).bitPattern & ~0xFFFF }
}

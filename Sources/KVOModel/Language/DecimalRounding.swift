/// Rounding for display: half up (away from zero) at the shown precision, on the number as
/// written in decimal. Binary floating point cannot hold 0.15 or 31.35 exactly, so rounding
/// `value * 10` would sometimes go down; this rounds the shortest decimal that reads back as the
/// value (Swift's `description`), which is the number the user thinks of. Decisions never use
/// the result: they compare the exact value (issue 10).
public enum DecimalRounding {
    /// `value` rounded half up to `decimals` places, as sign, integer digits and fraction digits
    /// (exactly `decimals` of them). nil for infinity and NaN.
    public static func round(_ value: Double, decimals: Int) -> (negative: Bool, integer: String, fraction: String)? {
        guard value.isFinite else { return nil }
        var (digits, point) = decimalDigits(abs(value))
        let keep = point + max(0, decimals)
        if keep < digits.count {
            let roundUp = keep >= 0 && digits[keep] >= 5
            digits = keep > 0 ? Array(digits[..<keep]) : []
            if keep < 0 { digits = []; point = -max(0, decimals) }
            if roundUp { carry(&digits, &point) }
        }
        let fractionCount = max(0, decimals)
        // Pad: leading zeros before the point, trailing zeros after it.
        while point <= 0 { digits.insert(0, at: 0); point += 1 }
        while digits.count < point + fractionCount { digits.append(0) }
        // Digits written as ASCII bytes, not a Character made of a String each (with the digits
        // read as bytes below: 40% fewer instructions in `round`; callgrind).
        let integer = String(decoding: digits[..<point].map { UInt8(48 + $0) }, as: UTF8.self)
        let fraction = String(decoding: digits[point..<(point + fractionCount)].map { UInt8(48 + $0) }, as: UTF8.self)
        let isZero = !digits.contains { $0 != 0 }
        return (value < 0 && !isZero, integer, fraction)
    }

    /// Adds one at the last digit, carrying; a carry out of the first digit moves the point.
    private static func carry(_ digits: inout [Int], _ point: inout Int) {
        var i = digits.count - 1
        while i >= 0 {
            if digits[i] < 9 { digits[i] += 1; return }
            digits[i] = 0
            i -= 1
        }
        digits.insert(1, at: 0)
        point += 1
    }

    /// The decimal digits of a finite, non-negative value and where the point goes among them
    /// (`point` digits before it): 31.35 is ([3,1,3,5], 2); 0.005 is ([5], -2); 1e20 is ([1], 21).
    static func decimalDigits(_ value: Double) -> (digits: [Int], point: Int) {
        let text = value.description // shortest round-trip form: "31.35", "5e-05", "1e+20"
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...].filter { $0 != "+" }) ?? 0
        }
        var digits: [Int] = []
        var point = 0
        var seenPoint = false
        for b in mantissa.utf8 {  // `description` is ASCII
            if b == UInt8(ascii: ".") { seenPoint = true; continue }
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { continue }
            digits.append(Int(b - UInt8(ascii: "0")))
            if !seenPoint { point += 1 }
        }
        // Drop leading zeros ("0.05" is [5] at -1).
        while digits.count > 1, digits[0] == 0 { digits.removeFirst(); point -= 1 }
        return (digits, point + exponent)
    }
}

/// Numbers as each language writes them: Dutch with a decimal comma ("25,8 %", "0,51"), English
/// with a point ("25.8%", "0.51"). Always rounded half up at the shown precision
/// (`DecimalRounding`); a decision is taken on the exact value, never on what is shown.
extension Language {
    public var decimalSeparator: String { self == .nl ? "," : "." }

    /// `value` with exactly `decimals` places: 0.514 is "0,51" / "0.51" at 2. "–" for infinity
    /// and NaN, which no dossier holds but arithmetic on one might produce.
    public func fixed(_ value: Double, decimals: Int) -> String {
        guard let r = DecimalRounding.round(value, decimals: decimals) else { return "–" }
        let sign = r.negative ? "-" : ""
        return r.fraction.isEmpty ? sign + r.integer : sign + r.integer + decimalSeparator + r.fraction
    }

    /// `value` with at most `decimals` places, trailing zeros dropped: 16.0 is "16", 2.5 is "2,5".
    public func number(_ value: Double, decimals: Int = 1) -> String {
        var text = fixed(value, decimals: decimals)
        // The separator is one ASCII byte: searching for it as a String went through the
        // generic _StringProcessing search (15 k instructions a call; callgrind).
        let separator = decimalSeparator.utf8.first!
        guard text.utf8.contains(separator) else { return text }
        while text.utf8.last == UInt8(ascii: "0") { text.removeLast() }
        if text.utf8.last == separator { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// A whole number with the language's thousands separator: "20.000" / "20,000".
    public func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += self == .nl ? "." : "," }
            out.append(ch)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// A share (0...1) in percent with `decimals` places: 0.258 is "25,8 %" / "25.8%".
    public func percent(_ share: Double, decimals: Int = 1) -> String {
        guard share.isFinite else { return "–" }
        return percentSign(fixed(share * 100, decimals: decimals))
    }

    /// `part` of `whole` in percent, rounded half up on the exact fraction: 16 of 51 is "31,4 %" /
    /// "31.4%", 2 of 3 is "66,7 %". "–" when the whole is zero.
    public func percent(_ part: Int, of whole: Int, decimals: Int = 1) -> String {
        guard whole != 0 else { return "–" }
        guard let scaled = Language.scaledRatio(part, whole, decimals: decimals + 2) else {
            return percent(Double(part) / Double(whole), decimals: decimals)
        }
        return percentSign(Language.placeDecimals(scaled, decimals: decimals, separator: decimalSeparator))
    }

    /// A number followed by the percent sign as the language sets it ("25,8 %", "25.8%"). The
    /// Dutch space is a no-break space, so a table never wraps "25,8" and "%" apart.
    public func percentSign(_ number: String) -> String { self == .nl ? number + "\u{00A0}%" : number + "%" }

    /// part/whole × 10^scale rounded half away from zero, in integers; nil when it would overflow.
    static func scaledRatio(_ part: Int, _ whole: Int, decimals scale: Int) -> Int? {
        var factor = 1
        for _ in 0..<scale {
            let (f, o) = factor.multipliedReportingOverflow(by: 10)
            if o { return nil }
            factor = f
        }
        let (numerator, o1) = part.magnitude.multipliedReportingOverflow(by: UInt(factor))
        let (twice, o2) = numerator.multipliedReportingOverflow(by: 2)
        let (sum, o3) = twice.addingReportingOverflow(whole.magnitude)
        guard !o1, !o2, !o3 else { return nil }
        let q = sum / (2 * whole.magnitude)
        guard q <= UInt(Int.max) else { return nil }
        return (part < 0) != (whole < 0) && q != 0 ? -Int(q) : Int(q)
    }

    /// An integer count of 10^-decimals as a decimal: 314 at 1 is "31,4".
    static func placeDecimals(_ value: Int, decimals: Int, separator: String) -> String {
        guard decimals > 0 else { return String(value) }
        var digits = String(value.magnitude)
        while digits.count <= decimals { digits = "0" + digits }
        let cut = digits.index(digits.endIndex, offsetBy: -decimals)
        return (value < 0 ? "-" : "") + digits[..<cut] + separator + digits[cut...]
    }
}

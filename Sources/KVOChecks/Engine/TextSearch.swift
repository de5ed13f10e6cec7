/// Substring search for the rules that look for words in free text (§4.2.4 cost notes, §3.2
/// publications, §7.2 certificate texts). `String.contains` from _StringProcessing compares
/// Characters through generic code and costs tens of thousands of instructions a call (issue 15:
/// 3.5 M per dossier in MeasureCosts alone). Every answer here is exactly that of
/// `String.contains`; bytes only decide where they cannot differ from Characters.
enum TextSearch {
    /// Whether `text`, lowercased, contains any of `needles`: exactly
    /// `needles.contains { text.lowercased().contains($0) }`, lowercasing at most once.
    static func lowercased(_ text: String, containsAny needles: [String]) -> Bool {
        if isASCII(text) { return needles.contains { lowercased(text, contains: $0) } }
        let lower = text.lowercased()
        return needles.contains { contains(lower, $0) }
    }

    /// Whether `text`, lowercased, contains `needle`: exactly `text.lowercased().contains(needle)`.
    static func lowercased(_ text: String, contains needle: String) -> Bool {
        if let answer = asciiSearch(text, needle, foldCase: true) { return answer }
        return contains(text.lowercased(), needle)
    }

    /// Whether `text` contains `needle`: exactly `text.contains(needle)`.
    static func contains(_ text: String, _ needle: String) -> Bool {
        if let answer = asciiSearch(text, needle, foldCase: false) { return answer }
        if bytesRuleOut(text, needle) { return false }
        return text.contains(needle)
    }

    /// In ASCII text every byte is one Character except CR LF, which is one Character of two bytes;
    /// a needle without CR or LF can only match whole Characters there. A non-ASCII needle matches
    /// no ASCII text, unless it holds KELVIN SIGN, GREEK QUESTION MARK or GREEK VARIA, canonically
    /// equal to K, ; and `. The byte search's answer, or nil when it may differ from the
    /// Character-wise one (non-ASCII text, a needle with CR, LF or those three, an empty needle).
    private static func asciiSearch(_ text: String, _ needle: String, foldCase: Bool) -> Bool? {
        guard isASCII(text) else { return nil }
        let original = needle
        var needle = needle
        return needle.withUTF8 { n -> Bool? in
            guard !n.isEmpty, !n.contains(where: { $0 == 0x0D || $0 == 0x0A }) else { return nil }
            if n.contains(where: { $0 >= 0x80 }) {
                return original.unicodeScalars.contains { $0.value == 0x212A || $0.value == 0x037E || $0.value == 0x1FEF } ? nil : false
            }
            return find(n, in: text, foldCase: foldCase)
        }
    }

    /// Whether an ASCII needle is surely absent from any text: a Character equal to an ASCII
    /// Character is that very byte (canonical equivalence maps no other text to one), except for
    /// K, ; and ` (KELVIN SIGN, GREEK QUESTION MARK and GREEK VARIA are canonically equal to them)
    /// and CR LF; so when the bytes do not occur, the Characters do not either.
    private static func bytesRuleOut(_ text: String, _ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { n in
            guard !n.isEmpty, !n.contains(where: { $0 >= 0x80 || $0 == 0x0D || $0 == 0x0A || $0 == 0x4B || $0 == 0x3B || $0 == 0x60 }) else { return false }
            return !find(n, in: text, foldCase: false)
        }
    }

    private static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { !$0.contains(where: { $0 >= 0x80 }) }
    }

    /// A plain byte search; `foldCase` lowercases A-Z of the text first.
    private static func find(_ n: UnsafeBufferPointer<UInt8>, in text: String, foldCase: Bool) -> Bool {
        var text = text
        return text.withUTF8 { t in
            guard n.count <= t.count else { return false }
            let first = n[0]
            var i = 0
            let last = t.count - n.count
            while i <= last {
                if fold(t[i], foldCase) == first {
                    var k = 1
                    while k < n.count, fold(t[i + k], foldCase) == n[k] { k += 1 }
                    if k == n.count { return true }
                }
                i += 1
            }
            return false
        }
    }

    @inline(__always)
    private static func fold(_ byte: UInt8, _ foldCase: Bool) -> UInt8 {
        foldCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
